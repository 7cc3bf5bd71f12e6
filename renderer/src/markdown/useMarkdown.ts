/**
 * Formats a note's markdown in the shared worker, within a time budget, and falls back to
 * plain text whenever formatting would be too slow or too big. Never blocks the page.
 */
import type { Root } from 'hast';
import { useEffect, useRef, useState } from 'react';
import { formatInWorker, type Formatted } from './format-in-worker.ts';
import { RETYPE_DEBOUNCE_MS, tooLargeToFormat } from './limits.ts';

export type MarkdownState = 'rendering' | 'ready' | 'plain';

/**
 * 'rendering' may carry the previous text's tree or reason, so a note being edited keeps its
 * last look until the new one is ready instead of flickering.
 */
export interface MarkdownResult {
  state: MarkdownState;
  tree?: Root;
  reason?: string;
}

export function useMarkdown(text: string): MarkdownResult {
  const [settled, setSettled] = useState<{ text: string; outcome: Formatted } | null>(null);
  // A ref, not state: the first result arriving must not re-run the effect for the same text.
  const hasSettled = useRef(false);
  const tooLarge = tooLargeToFormat(text);

  useEffect(() => {
    if (tooLarge) return;
    const superseded = new AbortController();
    const timer = setTimeout(
      () => {
        void formatInWorker(text, superseded.signal).then((outcome) => {
          if (!outcome || superseded.signal.aborted) return;
          hasSettled.current = true;
          setSettled({ text, outcome });
        });
      },
      hasSettled.current ? RETYPE_DEBOUNCE_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      superseded.abort();
    };
  }, [text, tooLarge]);

  if (tooLarge) return { state: 'plain', reason: tooLarge };
  if (!settled) return { state: 'rendering' };
  const { outcome } = settled;
  if (settled.text !== text) return outcome.ok ? { state: 'rendering', tree: outcome.tree } : { state: 'rendering', reason: outcome.reason };
  return outcome.ok ? { state: 'ready', tree: outcome.tree } : { state: 'plain', reason: outcome.reason };
}
