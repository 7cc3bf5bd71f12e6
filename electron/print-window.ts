/**
 * Electron's side of renderSheetPdf: a hidden window with the same locked-down settings and
 * preload as the main one (so the sheet reads the store through the same bridge) loads the
 * sheet, waits for it to say it is laid out, and prints it. The window is always destroyed.
 * main.ts passes Electron's BrowserWindow constructor in, so this file stays loadable outside Electron.
 */
import { READ_SHEET_STATUS, waitForSheetReady, withinTimeLimit, type SheetStatus } from './sheet-render.ts';
import { appWebPreferences } from './web-preferences.ts';

export type OpenWindow = (options: Electron.BrowserWindowConstructorOptions) => Electron.BrowserWindow;

export async function renderSheetPdfInWindow(
  openWindow: OpenWindow,
  origin: string,
  preload: string,
  args: { path: string; timeoutMs: number },
): Promise<Uint8Array> {
  const win = openWindow({
    show: false,
    // A screen-sized layout viewport; the printed page size comes from the sheet's @page rules.
    width: 1024,
    height: 1400,
    // Laid out and painted although never shown: a hidden window is otherwise throttled like a
    // background tab, and the sheet's measuring would wait on it until the time limit.
    paintWhenInitiallyHidden: true,
    // Spelling marks must not end up on paper.
    webPreferences: { ...appWebPreferences(preload), spellcheck: false, backgroundThrottling: false },
  });
  try {
    return await withinTimeLimit(args.timeoutMs, async (expired) => {
      await win.loadURL(`${origin}${args.path}`);
      // eslint-disable-next-line no-restricted-properties -- READ_SHEET_STATUS is a constant that only reads three attributes of the root element; no page data or input goes into it
      await waitForSheetReady(() => win.webContents.executeJavaScript(READ_SHEET_STATUS) as Promise<SheetStatus>, expired);
      const pdf = await win.webContents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}
