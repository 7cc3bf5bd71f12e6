/**
 * Briefing Book in a plain Chromium: the built renderer served exactly as app:// serves it
 * (same files, same headers), and window.briefing bound to the real main-process service —
 * same dispatcher, handlers, store worker and SQLite file. Only Electron's IPC transport is
 * replaced, by a Playwright binding. Two callers: `npm start` where there is no Electron
 * binary (a headed app window, scripts/start.ts), and the end-to-end suite's Chromium mode
 * (headless, e2e/support/chromium-shell.ts).
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { build } from 'esbuild';
import path from 'node:path';
import type { AppCommand } from '../../contract/methods.ts';
import { readAppAsset } from '../app-assets.ts';
import type { AppIdentity, Ports } from '../handlers.ts';
import { startService, type Service } from '../service.ts';
import { READ_SHEET_STATUS, waitForSheetReady, withinTimeLimit, type SheetStatus } from '../sheet-render.ts';

/** The page's origin: a *.localhost name never leaves the machine, and every request to it is answered by a route. */
export const APP_ORIGIN = 'http://briefing.localhost';
export const APP_URL = `${APP_ORIGIN}/index.html`;

/** Flags that keep Chromium from reaching for the network on a closed machine. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

/** The ports the caller supplies; `emit` and `renderSheetPdf` are the browser's own. */
export type CallerPorts = Omit<Ports, 'emit' | 'renderSheetPdf'>;

export type BrowserWindowKind =
  /** The end-to-end suite: headless, a fixed viewport, a throwaway profile. */
  | { kind: 'headless'; colorScheme: 'light' | 'dark'; viewport: { width: number; height: number } }
  /** `npm start` without Electron: a real window (`--app`, no tabs or address bar), a kept profile. */
  | { kind: 'app-window'; profileDir: string; width: number; height: number; remoteDebuggingPort?: number };

export interface BrowserShellOptions {
  storePath: string;
  workerFile: string | URL;
  /** dist/renderer: the built page. */
  rendererRoot: string;
  assetsDir: string;
  executablePath: string;
  identity: AppIdentity;
  window: BrowserWindowKind;
  ports: CallerPorts;
  log?: (line: string) => void;
  autoBackupCheckMs?: number;
}

export interface BrowserShell {
  page: Page;
  context: BrowserContext;
  service: Service;
  /** URLs the page tried to reach outside the app origin (all refused). */
  blockedRequests: string[];
  /** Settles when the app's window is closed (by the analyst, or by close()). */
  closed: Promise<void>;
  sendCommand(command: AppCommand): Promise<void>;
  /**
   * Asks the page to save what autosave holds (if the window is still open), closes the
   * browser, then — with `backupOnQuit` — takes the quit backup as Electron's shell does,
   * and closes the store.
   */
  close(options?: { backupOnQuit?: boolean }): Promise<void>;
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  let page: Page | undefined;
  let printer: Promise<{ browser: Browser; context: BrowserContext }> | undefined;
  let appContext: BrowserContext | undefined;
  const service = await startService({
    storePath: options.storePath,
    workerFile: options.workerFile,
    ports: {
      ...options.ports,
      emit: (event, payload) => void (page && !page.isClosed() && emitToPage(page, event, payload).catch(() => {})),
      renderSheetPdf: async (args) => {
        if (options.window.kind === 'headless') {
          if (!appContext) throw new Error('the browser is not running');
          return renderSheetPdfInPage(appContext, args);
        }
        // Chromium prints to PDF only when headless: a second, headless browser serves the sheet.
        printer ??= launchPrinter(options.executablePath, service, options.rendererRoot);
        return renderSheetPdfInPage((await printer).context, args);
      },
    },
    assetsDir: options.assetsDir,
    identity: options.identity,
    trustedOrigin: APP_ORIGIN,
    log: options.log ?? (() => {}),
    autoBackupCheckMs: options.autoBackupCheckMs,
  });

  let browserClose: (() => Promise<void>) | undefined;
  try {
    const opened = await openWindow(options);
    browserClose = opened.close;
    appContext = opened.context;
    const { blockedRequests, settled } = await serveApp(opened.context, service, options.rendererRoot);
    const appPage = opened.page ?? (await opened.context.newPage());
    page = appPage;
    const closed = new Promise<void>((resolve) => {
      appPage.once('close', () => resolve());
      opened.context.once('close', () => resolve());
    });
    await appPage.goto(APP_URL);
    let closing: Promise<void> | undefined;
    return {
      page: appPage,
      context: opened.context,
      service,
      blockedRequests,
      closed,
      sendCommand: (command) => emitToPage(appPage, 'command', command),
      close: (closeOptions = {}) =>
        (closing ??= (async () => {
          // As the Electron window does on close: the page saves what autosave still holds.
          if (!appPage.isClosed()) await service.flushPage(3000);
          await opened.close().catch(() => {});
          // A window closed by the analyst sent its last saves as it went (pagehide): let them land.
          await withinTimeLimit(3000, () => settled()).catch(() => {});
          if (printer) await (await printer).browser.close().catch(() => {});
          if (closeOptions.backupOnQuit) await service.backupOnQuit(10_000);
          await service.close(closeOptions.backupOnQuit ? 5_000 : undefined);
        })()),
    };
  } catch (e) {
    await browserClose?.().catch(() => {});
    await service.close();
    throw e;
  }
}

async function openWindow(options: BrowserShellOptions): Promise<{ context: BrowserContext; page?: Page; close(): Promise<void> }> {
  const w = options.window;
  if (w.kind === 'headless') {
    const browser = await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ colorScheme: w.colorScheme, viewport: w.viewport });
      return { context, close: () => browser.close() };
    } catch (e) {
      await browser.close();
      throw e;
    }
  }
  const args = [...CHROMIUM_ARGS, '--app=about:blank', `--window-size=${w.width},${w.height}`];
  if (w.remoteDebuggingPort) args.push(`--remote-debugging-port=${w.remoteDebuggingPort}`, '--remote-debugging-address=127.0.0.1');
  const context = await chromium.launchPersistentContext(w.profileDir, {
    executablePath: options.executablePath,
    headless: false,
    args,
    // The window's own size and the system's light or dark theme, not an emulated one.
    viewport: null,
    colorScheme: null,
    // The launcher decides what Ctrl-C and a hang-up do (save, back up, close the store).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  // `--app` opens the window with a blank page; the app is loaded into it once it is served.
  return { context, page: context.pages()[0], close: () => context.close() };
}

/**
 * Serves the app's origin in `context` and binds window.briefing to `service`. Routes run
 * newest first: the app origin is served, anything else is refused and noted.
 */
export async function serveApp(context: BrowserContext, service: Service, rendererRoot: string): Promise<{ blockedRequests: string[]; settled(): Promise<void> }> {
  const blockedRequests: string[] = [];
  // Calls still running: a closing window's last saves arrive as it goes, and must land before the store closes.
  const inflight = new Set<Promise<unknown>>();
  await context.route('**/*', (route) => {
    blockedRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  await context.route(`${APP_ORIGIN}/**`, async (route) => {
    const asset = await readAppAsset(rendererRoot, route.request().url());
    await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
  });
  await context.exposeBinding('__briefingTransport', async (source, channel: unknown, payload: unknown) => {
    const frame = source.frame;
    const call = service.dispatch(channel, payload, { url: frame.url(), isMainFrame: frame === source.page.mainFrame(), readOnly: printPages.has(source.page) });
    inflight.add(call);
    const done = () => void inflight.delete(call);
    call.then(done, done);
    return call;
  });
  await context.addInitScript({ content: await pageBridgeScript() });
  return { blockedRequests, settled: async () => void (await Promise.allSettled([...inflight])) };
}

async function launchPrinter(executablePath: string, service: Service, rendererRoot: string): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext();
  await serveApp(context, service, rendererRoot);
  return { browser, context };
}

/** The pages that print briefings: as Electron's print window, they may only read. */
const printPages = new WeakSet<Page>();

/**
 * renderSheetPdf in a browser: a new page in a context that serves the app (so it has the
 * same bridge binding and origin) loads the sheet, waits for it to be laid out, and prints
 * it with the options the Electron shell uses. The page is always closed.
 */
export async function renderSheetPdfInPage(context: BrowserContext, args: { path: string; timeoutMs: number }): Promise<Uint8Array> {
  const sheet = await context.newPage();
  printPages.add(sheet);
  try {
    return await withinTimeLimit(args.timeoutMs, async (expired) => {
      await sheet.goto(`${APP_ORIGIN}${args.path}`);
      await waitForSheetReady(() => sheet.evaluate(READ_SHEET_STATUS) as Promise<SheetStatus>, expired);
      const pdf = await sheet.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
  } finally {
    await sheet.close().catch(() => {});
  }
}

/** The stand-in for webContents.send(IPC_EVENT, name, payload). */
export function emitToPage(page: Page, event: string, payload: unknown): Promise<void> {
  return page.evaluate(([e, p]) => (globalThis as unknown as { __briefingEmit(e: unknown, p: unknown): void }).__briefingEmit(e, p), [event, payload] as const);
}

/** ./page-bridge.ts, bundled once per process into a page init script. */
let bridgeScript: Promise<string> | undefined;
function pageBridgeScript(): Promise<string> {
  bridgeScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'page-bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeScript;
}
