/**
 * Budgets that keep note formatting from ever stalling the app. Pure, so the size rule is
 * testable in Node without a worker.
 */

/** Above this, formatting is not attempted: parse time grows faster than linearly on bad input. */
export const MAX_FORMAT_CHARS = 300_000;
/** A worker job running longer than this is killed and the note is shown as plain text. */
export const FORMAT_TIMEOUT_MS = 1500;
/** Re-formatting waits for a pause in typing this long. */
export const RETYPE_DEBOUNCE_MS = 150;
/** Plain text shown at most; laying out megabytes of text would itself freeze the page. */
export const MAX_PLAIN_CHARS = 100_000;

export const TOO_COMPLEX_REASON = 'This note is too complex to format quickly; shown as plain text.';

/** Why `text` must not be sent to the worker, or null if it may be. */
export function tooLargeToFormat(text: string): string | null {
  if (text.length <= MAX_FORMAT_CHARS) return null;
  return `This note is too long to format (${text.length.toLocaleString('en-US')} characters; the limit is ${MAX_FORMAT_CHARS.toLocaleString('en-US')}); shown as plain text.`;
}
