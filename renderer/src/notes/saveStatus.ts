import type { SaveState } from './useAutosave.ts';

const time = (iso: string) => new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** What the editor's status line says. */
export function saveStatusText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${time(state.at)}` : 'Nothing to save yet';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${state.message} Retrying; your text stays here.`;
  }
}

/** "22 Nov 2026, 14:05" in the analyst's local time; with seconds where versions come fast. */
export function formatStamp(iso: string, withSeconds = false): string {
  return new Date(iso).toLocaleString([], { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', ...(withSeconds ? { second: '2-digit' } : {}) });
}
