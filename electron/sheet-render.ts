/**
 * What both shells share when printing a briefing sheet: how they wait for the sheet to be
 * laid out, the time limit, and the errors the export handler turns into messages.
 * Electron-free (the Chromium harness uses it too).
 */
import { SHEET_ERROR_ATTRIBUTE, SHEET_PAGES_ATTRIBUTE, SHEET_STATE_ATTRIBUTE } from '../contract/print-sheet.ts';

export class SheetRenderError extends Error {
  /** 'timeout': the sheet or the printer did not finish in time; 'sheet': the sheet reported an error. */
  readonly kind: 'timeout' | 'sheet';
  constructor(kind: 'timeout' | 'sheet', message: string) {
    super(message);
    this.name = 'SheetRenderError';
    this.kind = kind;
  }
}

export interface SheetStatus {
  state: string | null;
  error: string | null;
  pages: string | null;
}

/** Evaluated in the sheet page (by executeJavaScript or page.evaluate): reads the root element's state attributes. */
export const READ_SHEET_STATUS = `(() => { const e = document.documentElement; return { state: e.getAttribute(${JSON.stringify(SHEET_STATE_ATTRIBUTE)}), error: e.getAttribute(${JSON.stringify(SHEET_ERROR_ATTRIBUTE)}), pages: e.getAttribute(${JSON.stringify(SHEET_PAGES_ATTRIBUTE)}) }; })()`;

/**
 * Polls the sheet until it says ready (returns) or error (throws with its message). Polling
 * rather than an event, because the page may still be loading, or reloading, when we ask;
 * the caller's time limit ends it.
 */
export async function waitForSheetReady(read: () => Promise<SheetStatus>, stopped: () => boolean, intervalMs = 15): Promise<SheetStatus> {
  while (!stopped()) {
    const status = await read();
    if (status.state === 'ready') return status;
    if (status.state === 'error') throw new SheetRenderError('sheet', status.error?.trim() || 'the sheet could not be laid out');
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new SheetRenderError('timeout', 'stopped waiting for the sheet');
}

/**
 * Runs `work` with a time limit; `work` receives a check that turns true when the time is up
 * (so its loops stop). printToPDF is known to hang now and then: the caller's `finally`
 * closes the page or window, which also ends the hung call.
 */
export async function withinTimeLimit<T>(timeoutMs: number, work: (expired: () => boolean) => Promise<T>): Promise<T> {
  let expired = false;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      expired = true;
      reject(new SheetRenderError('timeout', `the sheet was not printed within ${(timeoutMs / 1000).toLocaleString('en-US')} s`));
    }, timeoutMs);
  });
  try {
    return await Promise.race([work(() => expired), late]);
  } finally {
    clearTimeout(timer);
  }
}
