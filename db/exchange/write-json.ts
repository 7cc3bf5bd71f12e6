/**
 * Events to JSON in the exchange format, one event per line so that the file streams out
 * (and diffs) event by event. No formula guard: spreadsheets do not open JSON.
 */
import { COLUMNS, EXCHANGE_FORMAT, EXCHANGE_VERSION, type ExchangeRow } from './schema.ts';
import { writeChunksToFile, type WrittenFile } from './write-file.ts';

const EVENTS_PER_CHUNK = 1000;

export interface JsonWriteOptions {
  exportedAt?: Date;
}

/** Fields in the documented order, whatever order the row's keys are in. */
const ordered = (row: ExchangeRow) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]]));

export function* jsonChunks(rows: Iterable<ExchangeRow>, options: JsonWriteOptions = {}): Generator<string, void, undefined> {
  const head = { format: EXCHANGE_FORMAT, version: EXCHANGE_VERSION, exported_at: (options.exportedAt ?? new Date()).toISOString() };
  yield `${JSON.stringify(head).slice(0, -1)},"events":[`;
  let batch: string[] = [];
  let first = true;
  for (const row of rows) {
    batch.push(`${first ? '' : ','}\n${JSON.stringify(ordered(row))}`);
    first = false;
    if (batch.length === EVENTS_PER_CHUNK) {
      yield batch.join('');
      batch = [];
    }
  }
  yield `${batch.join('')}\n]}\n`;
}

/** The whole JSON document as one string; for large stores use `writeEventsJsonFile`. */
export function writeEventsJson(rows: Iterable<ExchangeRow>, options: JsonWriteOptions = {}): string {
  return [...jsonChunks(rows, options)].join('');
}

export function writeEventsJsonFile(file: string, rows: Iterable<ExchangeRow>, liveStore: string, options: JsonWriteOptions = {}): WrittenFile {
  return writeChunksToFile(file, jsonChunks(rows, options), liveStore);
}
