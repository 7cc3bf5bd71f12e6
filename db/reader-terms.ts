/**
 * Names the analyst taught the reader from an import preview ('Xinhua' → CN): kept in the
 * store, read by every later import through the analyst's mention finder (people.ts).
 */
import type { Database } from 'better-sqlite3';
import type { OperationContext } from './operation-context.ts';

export interface ReaderTerm {
  term: string;
  country: string;
  kind: 'name' | 'institution';
  createdAt: string;
}

export class InvalidTerm extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidTerm';
  }
}

const MAX_TERM = 120;

export function listReaderTerms(db: Database): { terms: ReaderTerm[] } {
  const rows = db.prepare('SELECT term, country_code AS country, kind, created_at AS createdAt FROM reader_terms ORDER BY term').all() as ReaderTerm[];
  return { terms: rows };
}

/** Keeps `term` as standing for `country` in every later import; a term taught again is replaced. */
export function learnReaderTerm(db: Database, args: { term: string; country: string; kind: ReaderTerm['kind'] }, ctx: OperationContext): ReaderTerm {
  const term = args.term.replace(/\s+/g, ' ').trim();
  if (!term) throw new InvalidTerm('Write the name as the chronology writes it, e.g. "Xinhua".');
  if (term.length > MAX_TERM) throw new InvalidTerm(`A name is at most ${MAX_TERM} characters.`);
  if (!/\p{L}/u.test(term)) throw new InvalidTerm(`"${term}" has no letters; the reader matches words.`);
  const known = db.prepare("SELECT 1 FROM countries WHERE code = ? AND kind = 'state'").pluck().get(args.country);
  if (!known) throw new InvalidTerm(`Unknown state code "${args.country}".`);
  db.prepare(
    `INSERT INTO reader_terms (term, country_code, kind) VALUES (?, ?, ?)
     ON CONFLICT (term) DO UPDATE SET country_code = excluded.country_code, kind = excluded.kind`,
  ).run(term, args.country, args.kind);
  ctx.forgetMentionFinder();
  return db.prepare('SELECT term, country_code AS country, kind, created_at AS createdAt FROM reader_terms WHERE term = ?').get(term) as ReaderTerm;
}

export function forgetReaderTerm(db: Database, args: { term: string }, ctx: OperationContext): { forgotten: boolean } {
  const { changes } = db.prepare('DELETE FROM reader_terms WHERE term = ?').run(args.term);
  ctx.forgetMentionFinder();
  return { forgotten: changes > 0 };
}
