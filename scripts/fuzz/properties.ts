/**
 * The fuzzed properties of the readers, the search-query builder, the markdown formatter and
 * the date parser. Each is run by the unit suite (a few hundred cases) and by `npm run fuzz`
 * (a million in all). Every case is timed: one over CASE_LIMIT_MS of CPU time fails like an exception.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import fc from 'fast-check';
import { exportEvents } from '../../db/exchange/export-events.ts';
import { readEventsCsv } from '../../db/exchange/read-csv.ts';
import { readEventsJson } from '../../db/exchange/read-json.ts';
import { builtInKnownIds, type ExchangeRead, type ExchangeRow } from '../../db/exchange/schema.ts';
import { dateProblem } from '../../db/exchange/validate-event.ts';
import { writeEventsCsv } from '../../db/exchange/write-csv.ts';
import { writeEventsJson } from '../../db/exchange/write-json.ts';
import { CATEGORIES, EVENT_TYPES } from '../../db/import/classify.ts';
import { commitImport } from '../../db/import/commit.ts';
import { findDateStarts, parseLeadingDate } from '../../db/import/dates.ts';
import { parseDocument } from '../../db/import/parse-document.ts';
import { readImport, UnreadableImport } from '../../db/import/read-import.ts';
import { openStore } from '../../db/open-store.ts';
import { MAX_TERMS, toSearchQuery } from '../../db/search-query.ts';
import { MAX_BLOCK_DEPTH, markdownToHast } from '../../renderer/src/markdown/to-hast.ts';
import { anyText, chronologyText, csvText, dateLine, jsonText, markdownText, searchText } from './inputs.ts';

export const CASE_LIMIT_MS = 1000;

export interface Timing {
  cases: number;
  /** CPU time (user + system) of the slowest case: what the limit applies to. */
  slowestMs: number;
  slowestInput: string;
  /** Wall-clock time of the slowest case, which on a shared machine includes waiting for a core. */
  slowestWallMs: number;
}

/** A property ready to run, and what it holds open (stores) until closed. */
export interface Prepared {
  property: fc.IRawProperty<unknown[]>;
  timing: Timing;
  close(): void;
}

export interface FuzzProperty {
  name: string;
  /** This property's share of the cases in the long run (the shares add up to 1); fast ones get more. */
  share: number;
  /** Cases in the unit suite's short run. */
  shortRuns: number;
  prepare(): Promise<Prepared>;
}

/**
 * Runs `check` on one case, timing it; a case over the limit fails the property. The limit is
 * on the CPU time the case used, not the wall clock: on a shared machine a case can wait a
 * second for a core without doing any more work, and what the limit is for is input that makes
 * a reader work too hard (a regular expression that backtracks, a quadratic loop).
 */
function timed<T>(timing: Timing, check: (input: T) => void): (input: T) => void {
  return (input) => {
    const wallStart = performance.now();
    const cpuStart = process.cpuUsage();
    check(input);
    const cpu = process.cpuUsage(cpuStart);
    const ms = (cpu.user + cpu.system) / 1000;
    timing.cases++;
    timing.slowestWallMs = Math.max(timing.slowestWallMs, performance.now() - wallStart);
    if (ms > timing.slowestMs) {
      timing.slowestMs = ms;
      timing.slowestInput = JSON.stringify(input).slice(0, 300);
    }
    if (ms > CASE_LIMIT_MS) throw new Error(`one case took ${Math.round(ms)} ms of CPU time (limit ${CASE_LIMIT_MS} ms)`);
  };
}

/** The runner needs no case type: each property checks its own. */
const erase = <T extends unknown[]>(p: fc.IRawProperty<T>) => p as unknown as fc.IRawProperty<unknown[]>;

function simple<T>(arbitrary: fc.Arbitrary<T>, check: (input: T) => void): () => Promise<Prepared> {
  return async () => {
    const timing: Timing = { cases: 0, slowestMs: 0, slowestInput: '', slowestWallMs: 0 };
    return { property: erase(fc.property(arbitrary, timed(timing, check))), timing, close: () => {} };
  };
}

const isDate = (s: string) => dateProblem(s) === null;

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function checkEntries(entries: ReadonlyArray<{ dateStart: string; dateEnd: string | null; summary: string }>, what: string) {
  for (const e of entries) {
    assert(isDate(e.dateStart), `${what}: entry with date_start ${JSON.stringify(e.dateStart)}`);
    assert(e.dateEnd === null || (isDate(e.dateEnd) && e.dateEnd >= e.dateStart), `${what}: entry ${e.dateStart} ending ${JSON.stringify(e.dateEnd)}`);
    assert(e.summary.trim() !== '', `${what}: an entry with an empty summary`);
  }
}

/** Reading never throws anything but the reader's own "unreadable" error; what it keeps is valid. */
const chronologyReader: FuzzProperty = {
  name: 'chronology reader (parseDocument, readImport)',
  share: 0.15,
  shortRuns: 200,
  prepare: simple(fc.tuple(chronologyText, fc.option(fc.integer({ min: 1500, max: 2500 }), { nil: undefined })), ([text, year]) => {
    const doc = parseDocument(text, { title: 'fuzz.md', ...(year !== undefined ? { year } : {}) });
    checkEntries(doc.entries, 'parseDocument');
    for (const p of doc.problems) assert(Number.isInteger(p.line) && p.line >= 0 && typeof p.reason === 'string' && p.reason !== '', `a problem without a line or reason: ${JSON.stringify(p)}`);
    try {
      checkEntries(readImport(text, { name: 'fuzz.md' }).entries, 'readImport');
    } catch (e) {
      if (!(e instanceof UnreadableImport)) throw e;
    }
  }),
};

const known = builtInKnownIds();

function checkExchangeRead(read: ExchangeRead, what: string) {
  checkEntries(read.entries, what);
  for (const e of read.entries) {
    for (const c of e.countries) assert(known.countries.has(c.code), `${what}: unknown country ${c.code} kept`);
    for (const l of e.links) assert(l.url === null || /^https?:/.test(l.url), `${what}: a link to ${l.url} kept`);
  }
  for (const p of read.problems) assert(Number.isInteger(p.line) && p.reason !== '', `${what}: a problem without a line or reason`);
}

const csvReader: FuzzProperty = {
  name: 'CSV reader (readEventsCsv)',
  share: 0.08,
  shortRuns: 200,
  prepare: simple(fc.oneof(csvText, anyText(300)), (text) => {
    checkExchangeRead(readEventsCsv(text, { title: 'fuzz.csv', known }), 'readEventsCsv');
    try {
      readImport(text, { name: 'fuzz.csv', known });
    } catch (e) {
      if (!(e instanceof UnreadableImport)) throw e;
    }
  }),
};

const jsonReader: FuzzProperty = {
  name: 'JSON reader (readEventsJson)',
  share: 0.08,
  shortRuns: 200,
  prepare: simple(fc.oneof(jsonText, anyText(300)), (text) => {
    checkExchangeRead(readEventsJson(text, { title: 'fuzz.json', known }), 'readEventsJson');
  }),
};

/** Any text typed in the search box gives a MATCH expression FTS5 accepts, or none at all. */
const searchQuery: FuzzProperty = {
  name: 'search-query builder (toSearchQuery against FTS5)',
  share: 0.3,
  shortRuns: 500,
  prepare: async () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
    db.prepare('INSERT INTO t (rowid, body) VALUES (1, ?)').run("Ministers hold a 2+2 on multi-agent AI; they don't agree. שלום مرحبا");
    const hits = db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck();
    const timing: Timing = { cases: 0, slowestMs: 0, slowestInput: '', slowestWallMs: 0 };
    const property = fc.property(
      searchText,
      timed(timing, (text: string) => {
        const q = toSearchQuery(text);
        assert(q.terms.length <= MAX_TERMS, `${q.terms.length} terms`);
        if (q.match !== null) hits.all(q.match);
        else assert(q.terms.length === 0, 'terms without a match expression');
      }),
    );
    return { property: erase(property), timing, close: () => db.close() };
  },
};

function depthOf(node: { children?: unknown[] }): number {
  let deepest = 0;
  for (const child of node.children ?? []) deepest = Math.max(deepest, depthOf(child as { children?: unknown[] }));
  return deepest + 1;
}

/** Any note formats to an inert tree of bounded depth: no element from raw HTML, no script link. */
const markdown: FuzzProperty = {
  name: 'markdown formatter (markdownToHast)',
  share: 0.07,
  shortRuns: 200,
  prepare: simple(markdownText, (text) => {
    const tree = markdownToHast(text);
    const walk = (node: { type: string; tagName?: string; properties?: Record<string, unknown>; children?: unknown[] }) => {
      assert(node.type !== 'raw', 'raw HTML reached the tree');
      assert(!['script', 'img', 'iframe', 'style', 'svg'].includes(node.tagName ?? ''), `a <${node.tagName}> element`);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(tree);
    // Block nesting is capped at MAX_BLOCK_DEPTH and elements at 120; the tree's depth stays well inside.
    assert(depthOf(tree) <= 2 * MAX_BLOCK_DEPTH + 130, `a tree ${depthOf(tree)} deep`);
  }),
};

/** A date read from the start of a line is a real calendar date (or range) the store accepts. */
const dates: FuzzProperty = {
  name: 'date parser (parseLeadingDate, findDateStarts)',
  share: 0.3,
  shortRuns: 500,
  prepare: simple(fc.tuple(dateLine, anyText(200)), ([[line, context], text]) => {
    const d = parseLeadingDate(line, context);
    if (d && !d.yearless) {
      assert(isDate(d.dateStart), `dateStart ${d.dateStart} from ${JSON.stringify(line)}`);
      assert(d.dateEnd === null || (isDate(d.dateEnd) && d.dateEnd >= d.dateStart), `dateEnd ${d.dateEnd} before ${d.dateStart}`);
      assert(['day', 'month', 'year'].includes(d.precision), `precision ${d.precision}`);
      assert(line.includes(d.dateText), `dateText ${JSON.stringify(d.dateText)} is not in the line`);
    }
    let previous = -1;
    for (const at of findDateStarts(text + '\n' + line)) {
      assert(at > previous && at <= text.length + 1 + line.length, `date start at ${at}`);
      previous = at;
    }
  }),
};

const KNOWN_COUNTRIES = [...known.countries].slice(0, 40);
const KNOWN_PEOPLE = [...known.people].slice(0, 20);
const KNOWN_GROUPINGS = [...known.groupings];
const URLS = ['https://example.org/', 'http://example.org/a|b?q=%D8%A8', 'https://例え.jp/パス', 'https://x.test/a b', 'HTTPS://EXAMPLE.ORG/Upper', 'https://example.org/"quoted"'];

const dayString = fc.date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const text = (max: number) => fc.oneof(anyText(max), fc.string({ maxLength: max }), fc.constantFrom('=1+2', "'=x", '+1', '@SUM(A1)', '\t x', '\r x', 'a";=1', 'line\nbreak', 'x\r\ny'));

/** An event as an analyst's file might hold it; the reader decides what of it the store accepts. */
const exchangeRow: fc.Arbitrary<ExchangeRow> = fc
  .record({
    date_start: dayString,
    days: fc.option(fc.integer({ min: 0, max: 400 })),
    date_text: fc.option(text(20)),
    summary: fc.oneof(text(80), fc.tuple(text(40), fc.constantFrom('Ministers meet', 'x', '東京')).map(([t, w]) => `${w}${t}`)),
    type: fc.constantFrom(...EVENT_TYPES),
    category: fc.constantFrom(...CATEGORIES),
    location: fc.option(text(20)),
    countries: fc.subarray(KNOWN_COUNTRIES, { maxLength: 4 }),
    people: fc.subarray(KNOWN_PEOPLE, { maxLength: 3 }),
    groupings: fc.subarray(KNOWN_GROUPINGS, { maxLength: 2 }),
    links: fc.array(fc.record({ label: text(20), url: fc.option(fc.constantFrom(...URLS)), kind: fc.constantFrom('source' as const, 'document' as const) }), { maxLength: 3 }),
    source_line: fc.option(fc.integer({ min: 1, max: 1_000_000 })),
    warnings: fc.array(text(20), { maxLength: 3 }),
  })
  .map(({ days, ...r }) => {
    const end = days === null ? null : new Date(Date.parse(r.date_start) + days * 86_400_000).toISOString().slice(0, 10);
    return { ...r, id: null, precision: 'day' as const, date_end: end !== null && end <= '2100-12-31' ? end : null, source: null };
  });

function emptyStore(db: Db) {
  db.exec('DELETE FROM events; DELETE FROM sources;');
}

function importText(db: Db, read: ExchangeRead) {
  emptyStore(db);
  commitImport(db, read.source, read.entries);
}

/**
 * Export → import → export gives the same bytes, in CSV and in JSON: events are first read
 * from a generated file into store A (whatever the reader accepts), exported, that export read
 * into store B, and B exported again.
 */
const roundTrip: FuzzProperty = {
  name: 'export → import → export (CSV and JSON, through real stores)',
  share: 0.005,
  shortRuns: 50,
  prepare: async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-fuzz-'));
    const a = (await openStore(path.join(dir, 'a.sqlite'))).db;
    const b = (await openStore(path.join(dir, 'b.sqlite'))).db;
    const exportedAt = new Date('2026-01-01T00:00:00Z');
    const timing: Timing = { cases: 0, slowestMs: 0, slowestInput: '', slowestWallMs: 0 };
    const formats = [
      { name: 'CSV', write: (db: Db) => writeEventsCsv(exportEvents(db)), read: (t: string) => readEventsCsv(t, { title: 'export.csv', known }) },
      { name: 'JSON', write: (db: Db) => writeEventsJson(exportEvents(db), { exportedAt }), read: (t: string) => readEventsJson(t, { title: 'export.json', known }) },
    ];
    const property = fc.property(
      // In date order, so that store A numbers its events in the order it exports them, as store B
      // will (an import gives events the importing store's own ids); the ids then match byte for byte.
      fc.array(exchangeRow, { minLength: 1, maxLength: 4 }).map((rows) => rows.sort((x, y) => x.date_start.localeCompare(y.date_start))),
      timed(timing, (rows: ExchangeRow[]) => {
        for (const f of formats) {
          importText(a, f.read(f === formats[0] ? writeEventsCsv(rows) : writeEventsJson(rows, { exportedAt })));
          // Nothing accepted (every row refused): an export of no events is refused on reading, by design.
          if (a.prepare('SELECT count(*) FROM events').pluck().get() === 0) continue;
          const first = f.write(a);
          const again = f.read(first);
          assert(again.problems.length === 0, `${f.name}: the export reads back with problems: ${JSON.stringify(again.problems).slice(0, 300)}`);
          importText(b, again);
          const second = f.write(b);
          assert(second === first, `${f.name}: the second export differs from the first:\n${first.slice(0, 600)}\n---\n${second.slice(0, 600)}`);
        }
      }),
    );
    return {
      property: erase(property),
      timing,
      close: () => {
        a.close();
        b.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export const PROPERTIES: readonly FuzzProperty[] = [chronologyReader, csvReader, jsonReader, searchQuery, markdown, dates, roundTrip];
