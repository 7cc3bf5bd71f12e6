/**
 * Import throughput: a synthetic chronology read by the real parser and written by the real
 * commit (events, participants, links, FTS rows through the trigger), beside a raw
 * better-sqlite3 baseline that inserts the same rows into a fresh store of the same schema.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Statement } from 'better-sqlite3';
import { commitImport, dedupeKey, IMPORT_CACHE_KIB, participantsKey } from '../db/import/commit.ts';
import { parseDocument } from '../db/import/parse-document.ts';
import { openStore } from '../db/open-store.ts';
import { makeChronologyText } from './chronology-text.ts';

export interface ImportFigures {
  import_events: number;
  import_text_mb: number;
  parse_events_per_s: number;
  /** The least any reader does, on the same text: lines split and each tokenised into words. */
  raw_parse_events_per_s: number;
  parse_ratio: number;
  insert_events_per_s: number;
  import_events_per_s: number;
  raw_insert_events_per_s: number;
  raw_batched_insert_events_per_s: number;
  import_ratio: number;
  import_ratio_to_batched_raw: number;
  import_peak_rss_mb: number;
}

const EVENT_COLUMNS = 'date_start, date_end, precision, date_text, summary, type, category, location, source_id, source_line, warnings, dedupe_key, participants';
const COLUMN_COUNT = 13;
const RAW_BATCH = 500;
const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(7);
const rate = (n: number) => `${n.toLocaleString('en-US')} events/s`;

export async function benchImport(count: number): Promise<ImportFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-import-bench-'));
  try {
    const { textMb, parseMs, rawParseMs, insertMs, rows } = await timeImport(count, path.join(dir, 'import.sqlite'));
    const rawMs = await timeRawInsert(path.join(dir, 'raw.sqlite'), rows, 1);
    const batchedMs = await timeRawInsert(path.join(dir, 'raw-batched.sqlite'), rows, RAW_BATCH);
    const importMs = parseMs + insertMs;
    const figures: ImportFigures = {
      import_events: count,
      import_text_mb: Number(textMb.toFixed(1)),
      parse_events_per_s: perSecond(count, parseMs),
      raw_parse_events_per_s: perSecond(count, rawParseMs),
      parse_ratio: Number((rawParseMs / parseMs).toFixed(3)),
      insert_events_per_s: perSecond(count, insertMs),
      import_events_per_s: perSecond(count, importMs),
      raw_insert_events_per_s: perSecond(count, rawMs),
      raw_batched_insert_events_per_s: perSecond(count, batchedMs),
      import_ratio: Number((rawMs / importMs).toFixed(2)),
      import_ratio_to_batched_raw: Number((batchedMs / importMs).toFixed(2)),
      import_peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    };
    console.log(`import of ${count.toLocaleString('en-US')} chronology entries (${textMb.toFixed(0)} MB of text) into a fresh store`);
    console.log(`  parse (parseDocument):                  ${seconds(parseMs)}, ${rate(figures.parse_events_per_s)} (goal: ≥ 30,000)`);
    console.log(`  raw: lines split and tokenised:         ${seconds(rawParseMs)}, ${rate(figures.raw_parse_events_per_s)}; parse / raw ×${figures.parse_ratio.toFixed(2)}`);
    console.log(`  insert (commitImport: events, participants, links, FTS): ${seconds(insertMs).trim()}, ${rate(figures.insert_events_per_s)}`);
    console.log(`  whole import:                           ${seconds(importMs)}, ${rate(figures.import_events_per_s)} (goal: ≥ 100,000)`);
    console.log('  raw better-sqlite3: the same rows, schema, FTS trigger and page cache, one transaction');
    console.log(`    one prepared INSERT per row:          ${seconds(rawMs)}, ${rate(figures.raw_insert_events_per_s)}`);
    console.log(`    ${RAW_BATCH} rows per INSERT:                 ${seconds(batchedMs)}, ${rate(figures.raw_batched_insert_events_per_s)} (FTS5 writes out its pending terms at every statement savepoint)`);
    console.log(`  import / raw: ×${figures.import_ratio.toFixed(2)} of one INSERT per row (goal: ≥ 0.5), ×${figures.import_ratio_to_batched_raw.toFixed(2)} of batched INSERTs`);
    console.log(`  peak RSS ${figures.import_peak_rss_mb} MB (whole bench process)`);
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Parse and commit, timed apart. Returns the events as ready-made rows for the baseline, so
 * that neither the text nor the parsed entries outlive this function and inflate the peak.
 */
async function timeImport(count: number, file: string) {
  const text = makeChronologyText(count);
  let started = performance.now();
  const parsed = parseDocument(text, { title: 'Bench chronology' });
  const parseMs = performance.now() - started;
  if (parsed.entries.length !== count) throw new Error(`parsed ${parsed.entries.length} entries, expected ${count}`);
  const rawParseMs = timeRawParse(text);

  const store = await openStore(file);
  started = performance.now();
  const outcome = commitImport(store.db, parsed.source, parsed.entries);
  const insertMs = performance.now() - started;
  const indexed = store.db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'on'").pluck().get() as number;
  store.db.close();
  if (outcome.added !== count) throw new Error(`added ${outcome.added} of ${count} (${outcome.duplicates} duplicates)`);
  if (indexed !== count) throw new Error(`the FTS index holds ${indexed} of ${count} events`);

  const rows = parsed.entries.map((e) => [
    e.dateStart, e.dateEnd, e.precision, e.dateText, e.summary, e.type, e.category, e.location,
    outcome.sourceId, e.sourceLine, JSON.stringify(e.warnings), dedupeKey(e), participantsKey(e.countries.map((c) => c.code)),
  ]);
  return { textMb: text.length / 1e6, parseMs, rawParseMs, insertMs, rows };
}

/** The floor under any chronology reader: every line split off and cut into words. */
function timeRawParse(text: string): number {
  const started = performance.now();
  let words = 0;
  for (const line of text.split('\n')) words += line.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words === 0) throw new Error('the bench text has no words');
  return performance.now() - started;
}

/** Plain prepared INSERTs of `rowsPerInsert` rows each into a fresh store, in one transaction. */
async function timeRawInsert(file: string, rows: readonly unknown[][], rowsPerInsert: number): Promise<number> {
  const raw = await openStore(file);
  try {
    // The page cache commitImport works with, so the ratio measures the import, not the cache.
    raw.db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
    const sourceId = rows[0]?.[8] ?? 1;
    raw.db.prepare("INSERT INTO sources (id, title, content_hash) VALUES (?, 'raw', 'raw')").run(sourceId);
    const batches: readonly unknown[][] = rowsPerInsert === 1 ? rows : chunks(rows, rowsPerInsert);
    const bySize = new Map<number, Statement>();
    const row = `(${Array(COLUMN_COUNT).fill('?').join(', ')})`;
    for (const b of batches) {
      if (!bySize.has(b.length)) bySize.set(b.length, raw.db.prepare(`INSERT INTO events (${EVENT_COLUMNS}) VALUES ${Array(b.length / COLUMN_COUNT).fill(row).join(', ')}`));
    }
    const started = performance.now();
    raw.db.transaction(() => {
      for (const b of batches) bySize.get(b.length)!.run(b);
    }).immediate();
    return performance.now() - started;
  } finally {
    raw.db.close();
  }
}

function chunks(rows: readonly unknown[][], size: number): unknown[][] {
  const out: unknown[][] = [];
  for (let from = 0; from < rows.length; from += size) out.push(rows.slice(from, from + size).flat());
  return out;
}
