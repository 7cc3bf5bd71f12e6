/**
 * The page's side of the markdown worker: one worker shared by every note on the page, fed
 * one job at a time so that a job's time budget measures its own work, not the queue ahead
 * of it. A job over budget costs the worker (terminate, and a fresh one for the next job).
 */
import type { Root } from 'hast';
import { FORMAT_TIMEOUT_MS, TOO_COMPLEX_REASON } from './limits.ts';
import type { FormatJob, FormatReply } from './markdown.worker.ts';

export type Formatted = { ok: true; tree: Root } | { ok: false; reason: string };

interface Pending {
  job: FormatJob;
  signal: AbortSignal;
  resolve: (outcome: Formatted | null) => void;
}

const UNAVAILABLE_REASON = 'Formatting is unavailable right now; shown as plain text.';

const queue: Pending[] = [];
let running: { pending: Pending; timer: ReturnType<typeof setTimeout> } | null = null;
let worker: Worker | null = null;
let nextId = 1;

/**
 * Recent outcomes by text, so reopening a note is instant and a note that timed out does
 * not burn another full budget every time it is shown.
 */
const recent = new Map<string, Formatted>();
const RECENT_LIMIT = 8;

/** Resolves with the outcome, or null once `signal` has aborted (a newer text superseded it). */
export function formatInWorker(text: string, signal: AbortSignal): Promise<Formatted | null> {
  const known = recent.get(text);
  if (known) return Promise.resolve(known);
  return new Promise((resolve) => {
    queue.push({ job: { id: nextId++, text }, signal, resolve });
    pump();
  });
}

/** Starts the worker now, so the first note formatted later does not wait for it to load. */
export function warmUpFormatter(): void {
  currentWorker();
}

function pump(): void {
  while (!running) {
    const next = queue.shift();
    if (!next) return;
    if (next.signal.aborted) {
      next.resolve(null);
      continue;
    }
    const w = currentWorker();
    if (!w) {
      next.resolve({ ok: false, reason: UNAVAILABLE_REASON });
      continue;
    }
    const { id } = next.job;
    running = { pending: next, timer: setTimeout(() => timedOut(id), FORMAT_TIMEOUT_MS) };
    w.postMessage(next.job);
  }
}

function currentWorker(): Worker | null {
  if (worker) return worker;
  let created: Worker;
  try {
    created = new Worker(new URL('./markdown.worker.ts', import.meta.url), { type: 'module', name: 'markdown' });
  } catch {
    return null;
  }
  created.onmessage = ({ data }: MessageEvent<FormatReply>) => {
    if (created !== worker) return;
    finish(data.id, data.ok ? { ok: true, tree: data.tree } : { ok: false, reason: `This note could not be formatted (${data.message}); shown as plain text.` }, true);
  };
  // A script that failed to load, or an error outside the job's try/catch: start over next time.
  created.onerror = (event) => {
    event.preventDefault();
    if (created !== worker) return;
    discardWorker();
    if (running) finish(running.pending.job.id, { ok: false, reason: UNAVAILABLE_REASON }, false);
  };
  worker = created;
  return created;
}

function discardWorker(): void {
  worker?.terminate();
  worker = null;
}

function timedOut(id: number): void {
  discardWorker();
  finish(id, { ok: false, reason: TOO_COMPLEX_REASON }, true);
}

function finish(id: number, outcome: Formatted, remember: boolean): void {
  if (running?.pending.job.id !== id) return;
  clearTimeout(running.timer);
  const { pending } = running;
  running = null;
  if (remember) {
    recent.delete(pending.job.text);
    recent.set(pending.job.text, outcome);
    if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  }
  pending.resolve(pending.signal.aborted ? null : outcome);
  pump();
}
