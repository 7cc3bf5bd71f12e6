/**
 * Splits a chronology document into dated entries, the way a desk officer reads one:
 * headings and period lines set the context, a leading date starts an entry, wrapped
 * lines continue it, and anything that cannot be placed is reported with its line.
 */
import { numericDateOrder } from './date-forms.ts';
import { findDateStarts, MAX_YEAR, MIN_YEAR, parseLeadingDate, type DateContext, type Precision, type YearlessParts } from './dates.ts';
import { parseHeading, parsePeriod, parseYearLine, splitInlineHeading, stripRunningHeaders, type Heading, type Period } from './headings.ts';
import { moveTrailingDates } from './trailing-dates.ts';
import { tableHeader, tableRow, type TableHeader } from './table-rows.ts';
import { extractLinks, type EntryLink } from './links.ts';
import { placeYears, titleYear, type YearSource } from './years.ts';

export interface RawEntry {
  /** 1-based line where the entry's date stands. */
  line: number;
  dateText: string;
  dateStart: string;
  dateEnd: string | null;
  precision: Precision;
  yearInferred: boolean;
  /** Where a year the entry does not write came from; null when it writes its own. */
  yearFrom: YearSource | null;
  /** Still without a year after reading the whole document (see placeYears). */
  yearless?: YearlessParts;
  /** The entry text with link markup removed and whitespace collapsed. */
  text: string;
  /** A row of a table of trips: whoever the title names made the trip. */
  trip?: boolean;
  /** The linked verb (`[meet](…)` → "meet"), the strongest hint of the event type. */
  keyVerb: string | null;
  links: EntryLink[];
}

export interface Problem {
  line: number;
  text: string;
  reason: string;
}

export interface ChronologyDocument {
  heading: Heading | null;
  /** The period of the whole document: from the first period line's start to the last one's end. */
  period: Period | null;
  /** A year the title or the text before the chronology gives ('… ties in 2010'). */
  titleYear: number | null;
  /** The title as written: the chronology heading, else the first line before the first entry. */
  title: string | null;
  entries: RawEntry[];
  /** Lines that could not be read as part of any entry. */
  problems: Problem[];
  /** Lines deliberately left out, with why (text before the chronology, page headers). */
  skipped: Array<{ from: number; to: number; reason: string }>;
}

/** A clock time and nothing else: '3:46 p.m. ET', '10:31 AM', '20:34 IST'. */
const TIMESTAMP = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,5})?\.?$/i;

/** A title that makes a table one of trips: 'Visits by Foreign Leaders of Australia', 'Travels of the President'. */
const TRIP_TITLE = /\b(visits?|travels?|trips?|journeys?)\b/i;

/** Lines this long that hold several dated entries are text flattened from a PDF. */
const FLATTENED_LINE = 400;
/**
 * Starts like an entry (a month name, even misspelt, or numbers, then a separator or the end
 * of the line) but did not parse as one. The separator matters: a wrapped line that opens with a date inside a sentence
 * ('March 6 plan to…', 'Nov. 15, 2023, on…') continues its entry.
 */
const LOOKS_DATED =
  /^(?:[-*•–]\s*)?(?:\*\*|__)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:\s*[-–—]\s*\d{1,2})?(?:,?\s+\d{1,4})?|\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?)\s*(?:\*\*|__)?\s*(?::|--|[-–—](?:\s|$)|$)/i;

interface Open {
  line: number;
  date: NonNullable<ReturnType<typeof parseLeadingDate>>;
  parts: string[];
  /** A row of a table of trips (its header names the destination column, or its title says so). */
  trip?: boolean;
}

export interface SplitOptions {
  /** The year the analyst gave for entries nothing in the document places. */
  year?: number;
  /** The document's name, read for a year when its text gives none. */
  title?: string;
}

export function splitChronology(input: string, options: SplitOptions = {}): ChronologyDocument {
  const doc: ChronologyDocument = { heading: null, period: null, titleYear: null, title: null, entries: [], problems: [], skipped: [] };
  const lines = moveTrailingDates(normalise(input).split('\n'));
  let open: Open | null = null;
  let started = false;
  let preambleFrom = 0;
  let blankSinceEntry = false;
  /** The latest period or year heading: it places the entries under it. */
  let active: Period | null = null;
  /** The column names of the table being read, if it gave them. */
  let header: TableHeader | null = null;
  /** A year alone on the line before: it dates the next line if that line has no date of its own. */
  let yearLine: { line: number; period: Period } | null = null;
  const preamble: string[] = [];

  const numericOrder = numericDateOrder(lines);
  const headlineYears = lines.filter((l, k) => yearHeadline(l.trim()) && (lines[k + 1] ?? '').trim()).length >= 2;
  const context = (): DateContext => ({
    ...(active ? { periodStart: active.start, periodEnd: active.end } : {}),
    ...(numericOrder ? { numericOrder } : {}),
    allowYearless: true,
  });
  const setPeriod = (period: Period) => {
    active = period;
    doc.period = doc.period
      ? { ...doc.period, start: min(doc.period.start, period.start), end: max(doc.period.end, period.end), text: doc.period.text }
      : period;
  };
  const close = () => {
    const entry = open && finishEntry(open);
    // A date with nothing after it is no event: stored, it could not be exported and read back.
    if (entry && entry.text.trim() === '') doc.problems.push({ line: entry.line, text: entry.dateText, reason: 'a date with no text after it: there is no event to record' });
    else if (entry) doc.entries.push(entry);
    open = null;
  };
  const skipPreamble = (upTo: number) => {
    if (!started && preambleFrom && upTo >= preambleFrom) doc.skipped.push({ from: preambleFrom, to: upTo, reason: 'text before the chronology' });
    started = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!.trim();
    if (!line) {
      blankSinceEntry = true;
      continue;
    }
    const stripped = stripRunningHeaders(line);
    if (stripped.removed.length) {
      line = stripped.text.trim();
      doc.skipped.push({ from: lineNo, to: lineNo, reason: `page header or footer: ${stripped.removed.map((r) => r.text).join(' | ')}` });
      if (!line) continue;
    }

    // Heading and period lines set the context; they may also lead the first entry.
    const inline = splitInlineHeading(line);
    if (inline.heading || inline.period) {
      if (inline.heading) doc.heading ??= inline.heading;
      if (inline.period) setPeriod(inline.period);
      skipPreamble(lineNo - 1);
      close();
      line = inline.rest.trim();
      if (!line) continue;
    } else {
      const heading = parseHeading(line);
      const period = heading ? null : parsePeriod(line);
      if (heading || period) {
        if (heading) doc.heading ??= heading;
        if (period) setPeriod(period);
        skipPreamble(lineNo - 1);
        close();
        yearLine = period && parseYearLine(line) ? { line: lineNo, period } : null;
        continue;
      }
    }
    const afterYear = yearLine;
    yearLine = null;

    // A long line holding several dated entries: split it where each entry starts.
    const segments = line.length >= FLATTENED_LINE ? splitFlattened(line) : [line];
    for (const segment of segments) {
      const inTable = segment.includes('\t');
      const date = inTable ? tableRow(segment, context(), header) : parseLeadingDate(segment, context());
      if (inTable && !date) {
        const names = tableHeader(segment);
        if (names) {
          header = names;
          if (!started && !preambleFrom) preambleFrom = lineNo;
          if (!started) preamble.push(segment);
          continue;
        }
      }
      if (date && TIMESTAMP.test(date.rest)) {
        // 'May 22, 2000: 3:46 p.m. ET': when the page was written, not an entry.
        doc.skipped.push({ from: lineNo, to: lineNo, reason: 'a time stamp of the page' });
        continue;
      }
      if (date) {
        skipPreamble(lineNo - 1);
        close();
        const trip = inTable && (header?.destination != null || TRIP_TITLE.test(doc.heading?.text ?? preamble[0] ?? ''));
        open = { line: lineNo, date, parts: date.rest ? [date.rest] : [], ...(trip ? { trip: true } : {}) };
        blankSinceEntry = false;
        continue;
      }
      const headline = headlineYears ? yearHeadline(segment) : null;
      if (headline) {
        // '1962 Sino-Indian War' over the paragraphs that tell it: the year dates the entry.
        skipPreamble(lineNo - 1);
        close();
        open = { line: lineNo, date: headline, parts: [`${headline.rest}.`] };
        blankSinceEntry = false;
        continue;
      }
      if (afterYear && !open) {
        // '1842' on its own line, then what happened: the year is the entry's date.
        const p = afterYear.period;
        const whole: Open['date'] = { dateText: p.text, dateStart: p.start, dateEnd: p.end, precision: 'year', yearInferred: false, rest: segment, separator: 'newline' };
        open = { line: afterYear.line, date: whole, parts: [segment] };
        blankSinceEntry = false;
        continue;
      }
      if (!started) {
        if (LOOKS_DATED.test(segment)) {
          doc.problems.push({ line: lineNo, text: segment.slice(0, 300), reason: undatedReason(segment) });
          started = true;
        } else {
          if (!preambleFrom) preambleFrom = lineNo;
          preamble.push(segment);
        }
        continue;
      }
      if (LOOKS_DATED.test(segment)) {
        close();
        doc.problems.push({ line: lineNo, text: segment.slice(0, 300), reason: undatedReason(segment) });
        continue;
      }
      const current: Open | null = open;
      if (current && (!blankSinceEntry || current.parts.length === 0 || continues(current.parts.at(-1)!, segment))) {
        current.parts.push(segment);
        blankSinceEntry = false;
        continue;
      }
      doc.problems.push({ line: lineNo, text: segment.slice(0, 300), reason: 'text outside any dated entry' });
    }
  }
  close();
  if (!started && preambleFrom) doc.skipped.push({ from: preambleFrom, to: lines.length, reason: 'no dated entries found' });
  doc.titleYear = titleYear(doc.heading?.text ?? null, preamble, options.title ?? null);
  doc.title = doc.heading?.text ?? preamble[0] ?? null;
  placeYears(doc.entries, doc.titleYear, options.year ?? null);
  return doc;
}

/** A year, then a short capitalised headline without a full stop: '1962 Sino-Indian War'. */
const YEAR_HEADLINE = /^(\d{4})\s+(\p{Lu}[^.!?:]{2,60})$/u;

function yearHeadline(line: string): NonNullable<ReturnType<typeof parseLeadingDate>> | null {
  const m = YEAR_HEADLINE.exec(line);
  if (!m) return null;
  const year = +m[1]!;
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { dateText: m[1]!, dateStart: `${m[1]}-01-01`, dateEnd: `${m[1]}-12-31`, precision: 'year', yearInferred: false, rest: m[2]!.trim(), separator: '' };
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

function normalise(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replaceAll('\u0000', '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ');
}

function splitFlattened(line: string): string[] {
  const starts = findDateStarts(line);
  if (starts.length < 2) return [line];
  const cuts = starts[0] === 0 ? starts : [0, ...starts];
  return cuts.map((from, k) => line.slice(from, cuts[k + 1] ?? line.length).trim()).filter(Boolean);
}

/** After a blank line, a paragraph still belongs to the entry if the entry's sentence had not ended. */
function continues(previous: string, next: string): boolean {
  return !/[.!?)"”’]$/.test(previous.trimEnd()) || /^[a-z(]/.test(next);
}

function finishEntry(open: Open): RawEntry {
  const { text, links, keyVerb } = extractLinks(open.parts.join(' '));
  const d = open.date;
  return {
    line: open.line,
    dateText: d.dateText,
    dateStart: d.dateStart,
    dateEnd: d.dateEnd,
    precision: d.precision,
    yearInferred: d.yearInferred,
    yearFrom: d.yearInferred ? 'period' : null,
    ...(d.yearless ? { yearless: d.yearless } : {}),
    text,
    keyVerb,
    links,
    ...(open.trip ? { trip: true } : {}),
  };
}

/** A year the importer does not accept is named, so the analyst knows what to correct. */
function undatedReason(segment: string): string {
  const year = /\b\d{4}\b/.exec(segment.slice(0, 40))?.[0];
  if (year !== undefined && (Number(year) < MIN_YEAR || Number(year) > MAX_YEAR)) {
    return `looks like an entry but its year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  }
  const numeric = /^(?:[-*•–]\s+)?(\d{1,2})\/(\d{1,2})\//.exec(segment);
  if (numeric && +numeric[1]! <= 12 && +numeric[2]! <= 12) {
    return `its date ${numeric[1]}/${numeric[2]} could put the month or the day first, and no other date in the document says which`;
  }
  return 'looks like an entry but has no readable date';
}
