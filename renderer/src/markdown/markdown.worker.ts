/**
 * Module worker that formats notes off the main thread. The page kills it (terminate) when a
 * job runs too long, so a pathological note costs a worker, never the window.
 */
import type { Root } from 'hast';
import { markdownToHast } from './to-hast.ts';

export interface FormatJob {
  id: number;
  text: string;
}

export type FormatReply = { id: number; ok: true; tree: Root } | { id: number; ok: false; message: string };

/** The renderer's lib is DOM, where `self` is a Window; in a worker it is this. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<FormatJob>) => void) | null;
  postMessage(message: FormatReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, text } }) => {
  let reply: FormatReply;
  try {
    reply = { id, ok: true, tree: markdownToHast(text) };
  } catch (error) {
    // Including a RangeError from a stack overflow: the page falls back to plain text.
    reply = { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(reply);
};
