/**
 * Marks the search's words in cell text. The pattern is compiled once per search, not per
 * cell, and the result is React nodes: text from the store never becomes HTML.
 */
import { Fragment, type ReactNode } from 'react';

export type Highlighter = (text: string) => ReactNode;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plain: Highlighter = (text) => text;

export function makeHighlighter(terms: readonly string[]): Highlighter {
  // Longest first, so "japanese" wins over "japan" where both start at the same letter.
  const words = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return plain;
  // A term matches where a word starts, in any case, as the full-text index matches prefixes.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})`, 'giu');
  return (text) => {
    const parts: ReactNode[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      if (match.index > last) parts.push(<Fragment key={last}>{text.slice(last, match.index)}</Fragment>);
      parts.push(<mark key={match.index}>{match[0]}</mark>);
      last = match.index + match[0].length;
    }
    if (last === 0) return text;
    if (last < text.length) parts.push(<Fragment key={last}>{text.slice(last)}</Fragment>);
    return parts;
  };
}
