/** Text with the search's words marked, built as React nodes (never as HTML). */
import { Fragment, useMemo } from 'react';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  const parts = useMemo(() => {
    if (terms.length === 0) return [text];
    // Words as the index sees them: a term matches at the start of a word, in any case.
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escape).join('|')})`, 'giu');
    return text.split(pattern);
  }, [text, terms]);
  return (
    <>
      {parts.map((part, i) => (i % 2 === 1 ? <mark key={i}>{part}</mark> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
