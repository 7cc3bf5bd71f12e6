/**
 * From a file's bytes or pasted text to a parsed import, whatever its format: chronology
 * text (.txt, .md, pasted), or the exchange formats (.csv, .json).
 */
import path from 'node:path';
import { readEventsCsv } from '../exchange/read-csv.ts';
import { readEventsJson } from '../exchange/read-json.ts';
import type { ExchangeRead, KnownIds } from '../exchange/schema.ts';
import { parseDocument, type MentionFinder } from './parse-document.ts';
import type { ParsedImport } from './previews.ts';

export type ImportFormat = 'chronology' | 'csv' | 'json';

/** Larger files are refused with this limit named, rather than freezing the app. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export class UnreadableImport extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableImport';
  }
}

export function formatFor(name: string): ImportFormat {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  return 'chronology';
}

/** Text from a file's bytes: UTF-8 only, BOM dropped, binary files refused with a reason. */
export function decodeImportBytes(bytes: Uint8Array, name: string): string {
  if (bytes.length === 0) throw new UnreadableImport(`${name} is empty: there is nothing to import.`);
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge(name, bytes.length);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new UnreadableImport(`${name} is not a text file (it holds a NUL byte at byte ${nul + 1}). Save it as plain text (UTF-8) and try again.`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (validUpToEnd(bytes)) {
      throw new UnreadableImport(`${name} ends part-way through a character (at byte ${at + 1} of ${bytes.length}), so the file looks cut short. Copy or save it again, then import it.`);
    }
    throw new UnreadableImport(`${name} is not UTF-8 text (invalid byte at byte ${at + 1}). Save it as UTF-8 and try again.`);
  }
}

/** Said before any byte is read: "200 MB; up to 200 MB" would not explain a file just over the limit. */
export function tooLarge(name: string, bytes: number): UnreadableImport {
  return new UnreadableImport(
    `${name} is ${bytes.toLocaleString('en')} bytes, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB (${MAX_IMPORT_BYTES.toLocaleString('en')} bytes) one import can read. Split it into parts and import them one after another.`,
  );
}

/** True when every character decodes and only the last one is incomplete: a file cut short. */
function validUpToEnd(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** 0-based offset of the byte where decoding fails: the shortest prefix that no longer decodes, ends there. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Streaming decode accepts a prefix that stops inside a character, so validity is monotone in length.
  const decodes = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  if (decodes(hi)) {
    // Only the last character is incomplete: point at its first byte.
    for (let k = hi - 1; k >= Math.max(0, hi - 3); k--) if (bytes[k]! >= 0xc0) return k;
    return hi - 1;
  }
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid;
  }
  // A byte that breaks a sequence begun just before: point at the sequence's first byte.
  for (let k = hi - 2; k >= Math.max(0, hi - 4); k--) {
    const b = bytes[k]!;
    if (b >= 0xc0) return k;
    if (b < 0x80) break;
  }
  return hi - 1;
}

export interface ReadOptions {
  name: string;
  format?: ImportFormat;
  findMentions?: MentionFinder;
  /** Ids the store knows (countries, people, groupings), for CSV and JSON rows. */
  known?: KnownIds;
  /** The year the analyst gave for chronology entries that nothing in the text places. */
  year?: number;
}

export function readImport(text: string, options: ReadOptions): ParsedImport {
  const format = options.format ?? formatFor(options.name);
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (clean.trim() === '') throw new UnreadableImport(`${options.name} is empty: there is nothing to import.`);
  switch (format) {
    case 'chronology': {
      const doc = parseDocument(clean, { title: options.name, findMentions: options.findMentions, ...(options.year !== undefined ? { year: options.year } : {}) });
      return { source: doc.source, entries: doc.entries, problems: doc.problems, skipped: doc.skipped, yearNeeded: doc.yearNeeded };
    }
    case 'csv':
    case 'json': {
      const read = format === 'csv' ? readEventsCsv : readEventsJson;
      return fromExchange(read(clean, { title: options.name, known: options.known }));
    }
  }
}

/** Notes (columns set aside, a missing version) are shown with the problems, at line 0 when they concern the whole file. */
function fromExchange(read: ExchangeRead): ParsedImport {
  const notes = read.notes.map((reason) => ({ line: 0, text: '', reason }));
  return { source: read.source, entries: read.entries, problems: [...read.problems, ...notes] };
}
