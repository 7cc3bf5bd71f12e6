/**
 * The rule that splits the labelled corpus into a development part (the reader is tuned on it)
 * and a test part (never tuned on; its figures are the ones reported). Written down before any
 * tuning and decided by the document's id alone, never by its content or its scores:
 *
 *   Documents are grouped by publisher family — the id up to its first '-' ('cc', 'wiki',
 *   'reuters', …). Within a family they are ordered by the SHA-256 of their id (hex, ascending);
 *   the 1st, 4th, 7th … are test, the others dev.
 *
 * So every family has at least one document in test, and test holds at least a third of each.
 */
import { createHash } from 'node:crypto';

export type Split = 'dev' | 'test';

export const familyOf = (id: string): string => id.split('-')[0]!;

const rank = (id: string): string => createHash('sha256').update(id).digest('hex');

/** The split of every id in `ids`, by the rule above. */
export function splitCorpus(ids: readonly string[]): Map<string, Split> {
  const families = new Map<string, string[]>();
  for (const id of ids) {
    const f = familyOf(id);
    families.set(f, [...(families.get(f) ?? []), id]);
  }
  const out = new Map<string, Split>();
  for (const members of families.values()) {
    members.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0));
    members.forEach((id, i) => out.set(id, i % 3 === 0 ? 'test' : 'dev'));
  }
  return out;
}
