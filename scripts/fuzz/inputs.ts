/**
 * Generators of hostile input for the readers: text that looks like what analysts paste
 * (dated lines, headings, tables, CSV rows, exchange JSON) mixed with text that does not
 * (any Unicode, control characters, lone surrogates, operators, deep nesting).
 */
import fc from 'fast-check';
import { COLUMNS } from '../../db/exchange/schema.ts';

const MONTHS = ['January', 'Feb.', 'March', 'Apr', 'May', 'June', 'Jul.', 'August', 'Sept.', 'October', 'Nov', 'DECEMBER', 'Smarch'];
const SEPARATORS = [':', ' –', ' -', ' --', ' —', '', '\n'];

/** Any text at all: every code point, lone surrogates included. */
export const anyText = (maxLength = 200) => fc.string({ unit: 'binary', maxLength });

/** Text made of the characters that mean something to a parser, with a few letters. */
export const syntaxText = (alphabet: string, maxLength = 200) => fc.string({ unit: fc.constantFrom(...alphabet), maxLength });

const words = fc.array(fc.oneof(fc.constantFrom('Japan', 'Tokyo', 'the', 'United States', 'Kishida', 'Blinken', 'meets', 'ROK', 'Quad', 'G7', 'visit', '2+2', 'Seoul', 'Beijing'), fc.string({ maxLength: 8 })), { maxLength: 12 }).map((w) => w.join(' '));

const dateText = fc
  .tuple(fc.constantFrom(...MONTHS), fc.integer({ min: -1, max: 33 }), fc.option(fc.integer({ min: 1700, max: 2200 })), fc.boolean(), fc.option(fc.integer({ min: 0, max: 40 })))
  .map(([month, day, year, dayFirst, endDay]) => {
    const d = day < 0 ? '' : String(day);
    const range = endDay === null ? '' : `-${endDay}`;
    const y = year === null ? '' : `, ${year}`;
    return dayFirst ? `${d}${range} ${month}${y}` : `${month} ${d}${range}${y}`;
  });

/** A line an analyst might paste into a chronology, or something only like one. */
const chronologyLine = fc.oneof(
  fc.tuple(fc.constantFrom('', '- ', '* ', '**', '1. '), dateText, fc.constantFrom(...SEPARATORS), words).map(([bullet, date, sep, text]) => `${bullet}${date}${sep} ${text}`),
  fc.tuple(fc.constantFrom('# ', '## ', ''), fc.constantFrom('JANUARY—APRIL 2023', 'US-Japan Relations Chronology', 'Japan-Korea', '2022', 'Q4 2022', 'Travels of President Lyndon B. Johnson')).map(([h, t]) => h + t),
  fc.array(fc.oneof(dateText, words), { minLength: 1, maxLength: 4 }).map((cells) => `| ${cells.join(' | ')} |`),
  fc.constantFrom('| --- | --- |', '', '   ', '\t', '[link](https://example.org/x)', '<https://example.org>'),
  words,
  anyText(60),
);

/** A chronology-like document: up to 40 lines joined by LF, CRLF or CR, sometimes behind a BOM. */
export const chronologyText = fc
  .tuple(fc.array(chronologyLine, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, eol, bom]) => (bom ? '\uFEFF' : '') + lines.join(eol));

/** One CSV cell: plain, quoted (well or badly), or holding the format's own delimiters. */
const csvCell = fc.oneof(
  words,
  dateText,
  fc.constantFrom('2023-01-11', '2023-02-30', '1799-12-31', 'day', 'month', 'year', 'meeting', 'JP; US', 'JP;US;XX', '=1+2', "'=x", '"', '""', '"a"b', '\r\n', 'https://example.org/ [label]', '9007199254740993', '-1', '1.5'),
  anyText(30),
).map((cell) => (cell.includes(',') || cell.includes('\n') || cell.includes('"') ? `"${cell.replaceAll('"', '""')}"` : cell));

/** A CSV file: a header of exchange columns (some missing, some twice, some unknown) and rows of any width. */
export const csvText = fc
  .tuple(
    fc.subarray([...COLUMNS], { minLength: 0 }),
    fc.array(fc.constantFrom('extra', 'summary', 'date_start', ''), { maxLength: 2 }),
    fc.array(fc.array(csvCell, { maxLength: 18 }), { maxLength: 12 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.boolean(),
  )
  .map(([columns, odd, rows, eol, bom]) => (bom ? '\uFEFF' : '') + [[...columns, ...odd].join(','), ...rows.map((r) => r.join(','))].join(eol));

/** A value in an exchange JSON event: right type, wrong type, or hostile text. */
const jsonField = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom('2023-01-11', '2023-13-01', 'day', 'meeting', 'diplomacy', ['JP', 'US'], ['XX'], [{ label: 'x', url: 'https://example.org/', kind: 'source' }], [{ label: '', url: 'javascript:alert(1)' }], Number('9007199254740993'), 1e308, -0),
  anyText(30),
);

const jsonEvent = fc.dictionary(fc.oneof(fc.constantFrom(...COLUMNS), fc.string({ maxLength: 6 })), jsonField, { maxKeys: 18 });

/** An exchange JSON document, a bare array, something else entirely, or one of those cut short. */
export const jsonText = fc
  .tuple(
    fc.oneof(
      fc.record({ format: fc.constantFrom('briefing-book/events', 'other'), version: fc.constantFrom(1, 2, '1'), events: fc.array(jsonEvent, { maxLength: 8 }) }, { requiredKeys: [] }),
      fc.array(jsonEvent, { maxLength: 8 }),
      fc.jsonValue({ maxDepth: 4 }),
    ),
    fc.option(fc.nat()),
  )
  .map(([doc, cut]) => {
    const text = JSON.stringify(doc, null, 1) ?? 'null';
    return cut === null ? text : text.slice(0, cut % (text.length + 1));
  });

/** What an analyst might type into the search box: words, FTS5 operators, quotes, any Unicode. */
export const searchText = fc.oneof(
  syntaxText('abcXYZ019 "*()-+^:.,\'NEARORANDNOT{}[]\\\t\u0000é\u05e9\u0645\u0651', 120),
  words,
  anyText(120),
);

/** Markdown-ish text: container markers, emphasis, links, code fences, tables, raw HTML. */
export const markdownText = fc.oneof(
  syntaxText('>-*+_`#|[]()!<>\\/:\n \t1.xa=~h', 400),
  fc.array(fc.oneof(fc.constantFrom('> ', '- ', '* ', '1. ', '```', '\n', '**', '_', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '| a | b |\n|---|---|', '![i](file:///etc/passwd)', '~~', '    '), words), { maxLength: 80 }).map((p) => p.join('')),
  anyText(300),
);

/** A line that may start with a date, and the context a reader may give it. */
export const dateLine = fc.tuple(
  fc.oneof(
    fc.tuple(fc.constantFrom('', '- ', '**', '*'), dateText, fc.constantFrom(...SEPARATORS), words).map(([b, d, s, w]) => `${b}${d}${s} ${w}`),
    anyText(80),
  ),
  fc.option(
    fc.record(
      {
        periodStart: fc.constantFrom('2023-01-01', '2022-10-01', '1799-01-01', '2101-12-01', 'garbage'),
        periodEnd: fc.constantFrom('2023-04-30', '2022-12-31', '2022-01-01', '0000-00-00'),
        fallbackYear: fc.integer({ min: -10, max: 3000 }),
        allowYearless: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
    { nil: undefined },
  ),
);
