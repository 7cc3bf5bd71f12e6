/**
 * The Chromium stand-in for the Electron shell. The built renderer is served exactly
 * as app:// serves it (same files, same headers), and window.briefing is bound to the
 * real main-process service — same dispatcher, same handlers, same store worker, same
 * SQLite file. Only Electron's IPC transport is replaced, by a Playwright binding.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { AppCommand } from '../../contract/methods.ts';
import { readAppAsset } from '../../electron/app-assets.ts';
import { startService, type Service } from '../../electron/service.ts';
import { READ_SHEET_STATUS, waitForSheetReady, withinTimeLimit, type SheetStatus } from '../../electron/sheet-render.ts';
import { CHROMIUM_PATH } from './mode.ts';
import { repoRoot, rendererRoot } from './paths.ts';

export const HARNESS_ORIGIN = 'http://briefing.localhost';

/** Flags that keep Chromium from reaching for the network on a closed machine. */
const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export interface ChromiumShell {
  page: Page;
  context: BrowserContext;
  service: Service;
  /** URLs the page tried to reach outside the app origin (all refused). */
  blockedRequests: string[];
  /** URLs handed to the openExternal port. */
  openedExternally: string[];
  sendCommand(command: AppCommand): Promise<void>;
  close(): Promise<void>;
}

export interface ChromiumShellOptions {
  storePath: string;
  colorScheme: 'light' | 'dark';
  /** What the native open dialog would return: a file path, or null for Cancel. */
  chooseImportFile?: () => Promise<string | null>;
  /** What the native save dialog would return for an export. */
  chooseExportFile?: (format: 'csv' | 'json', suggestedName: string) => Promise<string | null>;
  /** What the save dialog of File → Back up now would return. */
  chooseBackupFile?: (suggestedPath: string) => Promise<string | null>;
  /** What the open dialog of File → Restore from backup would return. */
  chooseRestoreFile?: (folder: string) => Promise<string | null>;
  /** What the save dialog of File → Export Briefing PDF would return. */
  choosePdfFile?: (suggestedName: string) => Promise<string | null>;
}

export async function launchChromiumShell(options: ChromiumShellOptions): Promise<ChromiumShell> {
  if (!fs.existsSync(path.join(rendererRoot, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererRoot}); run "npm run build" first.`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
  const openedExternally: string[] = [];
  let page: Page | undefined;
  let context: BrowserContext | undefined;
  const service = await startService({
    storePath: options.storePath,
    workerFile: new URL('../../db/worker.ts', import.meta.url),
    ports: {
      openExternal: async (url) => void openedExternally.push(url),
      emit: (event, payload) => void (page && emitToPage(page, event, payload).catch(() => {})),
      chooseImportFile: options.chooseImportFile ?? (async () => null),
      chooseExportFile: options.chooseExportFile ?? (async () => null),
      chooseBackupFile: options.chooseBackupFile ?? (async () => null),
      chooseRestoreFile: options.chooseRestoreFile ?? (async () => null),
      choosePdfFile: options.choosePdfFile ?? (async () => null),
      renderSheetPdf: (args) => {
        if (!context) return Promise.reject(new Error('the browser is not running'));
        return renderSheetPdfInPage(context, args);
      },
    },
    assetsDir: path.join(repoRoot, 'assets'),
    identity: { name: 'Briefing Book', version, shell: 'chromium-harness' },
    trustedOrigin: HARNESS_ORIGIN,
    log: () => {},
  });

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ colorScheme: options.colorScheme, viewport: { width: 1280, height: 820 } });
    const blockedRequests: string[] = [];

    // Routes run newest first: the app origin is served, anything else is refused and noted.
    await context.route('**/*', (route) => {
      blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await context.route(`${HARNESS_ORIGIN}/**`, async (route) => {
      const asset = await readAppAsset(rendererRoot, route.request().url());
      await route.fulfill({ status: asset.status, headers: asset.headers, body: asset.body });
    });

    await context.exposeBinding('__briefingTransport', async (source, channel: unknown, payload: unknown) => {
      const frame = source.frame;
      return service.dispatch(channel, payload, { url: frame.url(), isMainFrame: frame === source.page.mainFrame() });
    });
    await context.addInitScript({ content: await harnessPreload() });

    page = await context.newPage();
    await page.goto(`${HARNESS_ORIGIN}/index.html`);
    const opened = page;
    const launched = browser;
    return {
      page: opened,
      context,
      service,
      blockedRequests,
      openedExternally,
      sendCommand: (command) => emitToPage(opened, 'command', command),
      close: async () => {
        // As the Electron window does on close: the page saves what autosave still holds.
        await service.flushPage(3000);
        await launched.close();
        await service.close();
      },
    };
  } catch (e) {
    await browser?.close();
    await service.close();
    throw e;
  }
}

/**
 * The harness's renderSheetPdf: a new page in the same context (so it has the same bridge
 * binding and origin) loads the sheet, waits for it to be laid out, and prints it with the
 * options the Electron shell uses. The page is always closed.
 */
async function renderSheetPdfInPage(context: BrowserContext, args: { path: string; timeoutMs: number }): Promise<Uint8Array> {
  const sheet = await context.newPage();
  try {
    return await withinTimeLimit(args.timeoutMs, async (expired) => {
      await sheet.goto(`${HARNESS_ORIGIN}${args.path}`);
      await waitForSheetReady(() => sheet.evaluate(READ_SHEET_STATUS) as Promise<SheetStatus>, expired);
      const pdf = await sheet.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    });
  } finally {
    await sheet.close().catch(() => {});
  }
}

/** The harness's stand-in for webContents.send(IPC_EVENT, name, payload). */
function emitToPage(page: Page, event: string, payload: unknown): Promise<void> {
  return page.evaluate(([e, p]) => (globalThis as unknown as { __briefingEmit(e: unknown, p: unknown): void }).__briefingEmit(e, p), [event, payload] as const);
}

/** The harness preload, bundled once per run into a page init script. */
let preloadScript: Promise<string> | undefined;
function harnessPreload(): Promise<string> {
  preloadScript ??= build({
    entryPoints: [path.join(import.meta.dirname, 'harness-preload.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
  }).then((r) => r.outputFiles[0]!.text);
  return preloadScript;
}
