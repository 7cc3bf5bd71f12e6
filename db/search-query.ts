/**
 * From what an analyst types to an FTS5 MATCH expression that can never be a syntax error.
 *
 * Every word becomes a quoted FTS5 string, so `AND`, `NEAR(`, `body:x`, `^x` and `-` are
 * just text. Words are what the unicode61 tokenizer indexes: runs of letters, digits and
 * marks; so "2+2" is the phrase "2 2" and "don't" the phrase "don t", as they were indexed.
 * Text inside double quotes is one phrase; a trailing `*` on a word of three or more
 * characters asks for a prefix. Words combine with AND.
 */

export interface SearchQuery {
  /** The MATCH expression, or null when the text holds nothing searchable (only `"`, emoji …). */
  match: string | null;
  /** Lower-case words to highlight in results. */
  terms: string[];
  /** Only single words, no phrases or prefixes: cheap to test one row at a time. */
  simple: boolean;
}

/** More terms than this add nothing an analyst can use and only slow the query. */
export const MAX_TERMS = 24;

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** A quoted phrase, a bare run of non-space characters, or a lone quote. */
const PIECE = /"([^"]*)"|([^\s"]+)|"/g;

export function toSearchQuery(text: string): SearchQuery {
  const parts: string[] = [];
  const terms = new Set<string>();
  const seen = new Set<string>();
  let simple = true;
  for (const piece of text.replaceAll('\u0000', ' ').matchAll(PIECE)) {
    const quoted = piece[1] !== undefined;
    const raw = piece[1] ?? piece[2] ?? '';
    const words = raw.match(WORD)?.map((w) => w.toLowerCase()) ?? [];
    if (words.length === 0) continue;
    const prefix = !quoted && raw.endsWith('*') && words.at(-1)!.length >= 3;
    // A word like "multi-agent" is one phrase: its parts must be adjacent, as when indexed.
    const phrase = `"${words.join(' ')}"${prefix ? '*' : ''}`;
    if (seen.has(phrase)) continue;
    if (words.length > 1 || prefix) simple = false;
    seen.add(phrase);
    parts.push(phrase);
    for (const w of words) terms.add(w);
    if (parts.length === MAX_TERMS) break;
  }
  return { match: parts.length ? parts.join(' ') : null, terms: [...terms], simple };
}
