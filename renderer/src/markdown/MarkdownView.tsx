/**
 * A note's markdown, formatted off the main thread (see useMarkdown) and rendered as React
 * elements from an inert hast tree: no HTML string ever reaches the DOM.
 */
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { useMemo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { formatCount } from '../format.ts';
import { MAX_PLAIN_CHARS } from './limits.ts';
import { SafeLink } from './SafeLink.tsx';
import { useMarkdown } from './useMarkdown.ts';
import './markdown.css';

const components = { a: SafeLink };

export function MarkdownView({ text, className }: { text: string; className?: string }) {
  const { state, tree, reason } = useMarkdown(text);
  const content = useMemo(() => (tree ? toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true }) : null), [tree]);
  const classes = className ? `md ${className}` : 'md';

  if (content) {
    return (
      <div className={classes} data-md-state={state} aria-busy={state === 'rendering'}>
        {content}
      </div>
    );
  }
  return (
    <div className={classes} data-md-state={state} aria-busy={state === 'rendering'}>
      <PlainNote text={text} dimmed={state === 'rendering' && !reason} />
      {reason && <p className="md-note">{reason}</p>}
    </div>
  );
}

function PlainNote({ text, dimmed }: { text: string; dimmed: boolean }) {
  let end = Math.min(text.length, MAX_PLAIN_CHARS);
  // Do not split a surrogate pair (an emoji, a rare CJK character) at the cut.
  if (end < text.length && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end--;
  const more = text.length - end;
  return (
    <>
      <div className={dimmed ? 'md-plain md-plain-pending' : 'md-plain'} dir="auto">
        {text.slice(0, end)}
      </div>
      {more > 0 && <p className="md-note">… {formatCount(more)} more characters; the editor holds the full note.</p>}
    </>
  );
}
