/**
 * How the main process asks the renderer for a printable briefing sheet: it loads the app's
 * own page at `printSheetPath(id)` (in a hidden window, or a harness page), waits until the
 * root element's `data-sheet-state` says `ready` (or `error`, with `data-sheet-error`), then
 * prints it. The sheet sets the CSS page size itself (A4 or US Letter, from the briefing).
 */
export const SHEET_STATE_ATTRIBUTE = 'data-sheet-state';
export const SHEET_ERROR_ATTRIBUTE = 'data-sheet-error';
/** Set with the state: how many pages the sheet laid out. */
export const SHEET_PAGES_ATTRIBUTE = 'data-sheet-pages';

export type SheetState = 'loading' | 'ready' | 'error';

/** The page path (relative to the app origin) that renders only the sheet of briefing `id`. */
export function printSheetPath(id: number): string {
  return `/index.html#print/${id}`;
}

/** The briefing id in a print location hash, or null when the hash is not a print route. */
export function parsePrintHash(hash: string): number | null {
  const m = /^#print\/([1-9][0-9]{0,15})$/.exec(hash);
  return m ? Number(m[1]) : null;
}

/** How long the sheet may take to lay out and print before the export gives up with a message. */
export const PRINT_TIMEOUT_MS = 30_000;
