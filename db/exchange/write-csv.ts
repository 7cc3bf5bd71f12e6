/**
 * Events to CSV in the exchange format: UTF-8 with a BOM (without one Excel reads UTF-8 as
 * the local code page), CRLF line ends, every non-empty cell quoted, and formula-looking
 * cells neutralised.
 *
 * Quoting every cell is part of the injection defence: a spreadsheet set to split on ";"
 * or tabs cannot cut a cell such as `x;=1+2` in two, so no cell can start a formula
 * except at the start of a field we wrote and checked.
 */
import { stringify } from 'csv-stringify/sync';
import { encodeLinks, encodeList, encodeWarnings } from './csv-cells.ts';
import { neutraliseFormula } from './formula.ts';
import { COLUMNS, type ExchangeRow } from './schema.ts';
import { writeChunksToFile, type WrittenFile } from './write-file.ts';

export const BOM = '\uFEFF';
const ROWS_PER_CHUNK = 1000;
const OPTIONS = { record_delimiter: 'windows', quoted: true } as const;

function cells(row: ExchangeRow): string[] {
  const values: Record<(typeof COLUMNS)[number], string> = {
    id: row.id === null ? '' : String(row.id),
    date_start: row.date_start,
    date_end: row.date_end ?? '',
    precision: row.precision,
    date_text: row.date_text ?? '',
    summary: row.summary,
    type: row.type,
    category: row.category,
    location: row.location ?? '',
    countries: encodeList(row.countries),
    people: encodeList(row.people),
    groupings: encodeList(row.groupings),
    links: encodeLinks(row.links),
    source: row.source ?? '',
    source_line: row.source_line === null ? '' : String(row.source_line),
    warnings: encodeWarnings(row.warnings),
  };
  return COLUMNS.map((c) => neutraliseFormula(values[c]));
}

/** The CSV text in pieces of up to 1,000 rows: the BOM and header first. */
export function* csvChunks(rows: Iterable<ExchangeRow>): Generator<string, void, undefined> {
  yield BOM + stringify([[...COLUMNS]], OPTIONS);
  let batch: string[][] = [];
  for (const row of rows) {
    batch.push(cells(row));
    if (batch.length === ROWS_PER_CHUNK) {
      yield stringify(batch, OPTIONS);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, OPTIONS);
}

/** The whole CSV as one string; for large stores use `writeEventsCsvFile`. */
export function writeEventsCsv(rows: Iterable<ExchangeRow>): string {
  return [...csvChunks(rows)].join('');
}

export function writeEventsCsvFile(file: string, rows: Iterable<ExchangeRow>, liveStore: string): WrittenFile {
  return writeChunksToFile(file, csvChunks(rows), liveStore);
}
