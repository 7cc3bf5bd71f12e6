/**
 * The Chromium stand-in for the Electron shell: the app as `npm start` runs it without
 * Electron (electron/browser-mode/app-server.ts), headless, with the dialogs answered by
 * the test instead of the analyst. Same files and headers as app://, same dispatcher,
 * handlers, store worker and SQLite file; only Electron's IPC transport is replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import type { AppCommand } from '../../contract/methods.ts';
import { APP_ORIGIN, startBrowserShell } from '../../electron/browser-mode/app-server.ts';
import type { Service } from '../../electron/service.ts';
import { CHROMIUM_PATH } from './mode.ts';
import { repoRoot, rendererRoot } from './paths.ts';

export const HARNESS_ORIGIN = APP_ORIGIN;

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
  if (!fs.existsSync(path.join(rendererRoot, 'index.html')) || !fs.existsSync(path.join(repoRoot, 'dist', 'main', 'worker.cjs'))) {
    throw new Error(`The app is not built (${rendererRoot}, dist/main/worker.cjs); run "npm run build" first.`);
  }
  const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version as string;
  const openedExternally: string[] = [];
  const shell = await startBrowserShell({
    storePath: options.storePath,
    // The bundled store worker, as the app runs it: a worker thread started from TypeScript
    // sources strips their types in WebAssembly, and many such threads in one process have
    // met a V8 abort in its JIT-page tracking (# Check failed: jit_page.has_value()).
    workerFile: path.join(repoRoot, 'dist', 'main', 'worker.cjs'),
    rendererRoot,
    assetsDir: path.join(repoRoot, 'assets'),
    executablePath: CHROMIUM_PATH,
    identity: { name: 'Briefing Book', version, shell: 'chromium-harness' },
    window: { kind: 'headless', colorScheme: options.colorScheme, viewport: { width: 1280, height: 820 } },
    ports: {
      openExternal: async (url) => void openedExternally.push(url),
      chooseImportFile: options.chooseImportFile ?? (async () => null),
      chooseExportFile: options.chooseExportFile ?? (async () => null),
      chooseBackupFile: options.chooseBackupFile ?? (async () => null),
      chooseRestoreFile: options.chooseRestoreFile ?? (async () => null),
      choosePdfFile: options.choosePdfFile ?? (async () => null),
    },
  });
  return {
    page: shell.page,
    context: shell.context,
    service: shell.service,
    blockedRequests: shell.blockedRequests,
    openedExternally,
    sendCommand: shell.sendCommand,
    close: () => shell.close(),
  };
}
