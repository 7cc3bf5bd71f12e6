/**
 * From a file's bytes or pasted text to a parsed import, whatever its format: chronology
 * text (.txt, .md, pasted), or the exchange formats (.csv, .json).
 */
import path from 'node:path';
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
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new UnreadableImport(`${name} is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported. Split it into parts.`);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new UnreadableImport(`${name} is not a text file (it holds a NUL byte at byte ${nul + 1}). Save it as plain text (UTF-8) and try again.`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    throw new UnreadableImport(`${name} is not UTF-8 text (invalid byte at byte ${at + 1}). Save it as UTF-8 and try again.`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  // The longest valid prefix, found by halving; a cut inside a character is invalid too, so allow 3 bytes of slack.
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export interface ReadOptions {
  name: string;
  format?: ImportFormat;
  findMentions?: MentionFinder;
}

export function readImport(text: string, options: ReadOptions): ParsedImport {
  const format = options.format ?? formatFor(options.name);
  const clean = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (clean.trim() === '') throw new UnreadableImport(`${options.name} is empty: there is nothing to import.`);
  switch (format) {
    case 'chronology': {
      const doc = parseDocument(clean, { title: options.name, findMentions: options.findMentions });
      return { source: doc.source, entries: doc.entries, problems: doc.problems, skipped: doc.skipped };
    }
    case 'csv':
    case 'json':
      throw new UnreadableImport(`${format.toUpperCase()} import is not available yet.`);
  }
}
