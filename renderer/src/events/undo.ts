/**
 * The Undo of the status line for changes to events: each returns the sentence that says what
 * was put back. Undoing a correction leaves an event corrected again since as it is, and says so.
 */
import { call } from '../api.ts';
import { formatCount } from '../format.ts';

const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

export async function undoChange(batch: number): Promise<string> {
  const { undone, changedSince } = await call((api) => api.undoEventChange({ batch }));
  const since = changedSince > 0 ? ` ${events(changedSince)} changed again since ${changedSince === 1 ? 'was' : 'were'} left as ${changedSince === 1 ? 'it is' : 'they are'}.` : '';
  return `Undone: ${events(undone)} as before the change.${since}`;
}

export async function restoreFromTrash(ids: readonly number[]): Promise<string> {
  const { restored } = await call((api) => api.untrashEvents({ ids: [...ids] }));
  return `Restored ${events(restored)} from the trash.`;
}
