/**
 * launchApp(): the one way e2e tests start Briefing Book. Tests are written once and
 * run under Electron where its binary exists, and under Debian's Chromium (with the
 * real main-process service) where it does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppCommand } from '../../contract/methods.ts';
import { launchChromiumShell } from './chromium-shell.ts';
import { launchElectronShell } from './electron-shell.ts';
import { findElectronBinary, selectMode, type Mode } from './mode.ts';
import { screensDir } from './paths.ts';

export interface LaunchOptions {
  /** Store file to open; defaults to a fresh file in a new temp folder. */
  storePath?: string;
  colorScheme?: 'light' | 'dark';
  /** The file the File → Import open dialog returns in this run; null = the analyst cancels. */
  importFile?: string | null;
  /** The folder the Export save dialog saves into in this run; unset = the analyst cancels. */
  exportDir?: string;
  /** What the Back up now save dialog returns; unset = the suggested file, null = the analyst cancels. */
  backupFile?: string | null;
  /** What the Restore from backup open dialog returns; unset or null = the analyst cancels. */
  restoreFile?: string | null;
  /** What the Export briefing PDF save dialog returns; unset or null = the analyst cancels. */
  pdfFile?: string | null;
}

/** Dialog answers a test can change while the app runs. */
export type DialogAnswers = Pick<LaunchOptions, 'backupFile' | 'restoreFile' | 'pdfFile'>;

export interface RunningApp {
  mode: Mode;
  page: Page;
  storePath: string;
  sendCommand(command: AppCommand): Promise<void>;
  /** Changes what the backup, restore and PDF dialogs return from now on. */
  answerDialogs(answers: DialogAnswers): Promise<void>;
  /** Saves a screenshot of the current screen as e2e-artifacts/screens/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
  /** Chromium mode only: requests the page made outside the app origin. */
  blockedRequests: string[];
  /** Chromium mode only: URLs the page asked the shell to open externally. */
  openedExternally: string[];
}

export function tempStorePath(label = 'store'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-e2e-'));
  return path.join(dir, `${label}.sqlite`);
}

export async function launchApp(options: LaunchOptions = {}): Promise<RunningApp> {
  const mode = selectMode();
  const storePath = options.storePath ?? tempStorePath();
  const colorScheme = options.colorScheme ?? 'light';
  const base = {
    mode,
    storePath,
    screenshot: async (name: string) => {
      fs.mkdirSync(screensDir, { recursive: true });
      const file = path.join(screensDir, `${name}.png`);
      await shell.page.screenshot({ path: file });
      return file;
    },
  };
  let shell: {
    page: Page;
    sendCommand(c: AppCommand): Promise<void>;
    close(): Promise<void>;
    answerDialogs(answers: DialogAnswers): Promise<void>;
    blockedRequests?: string[];
    openedExternally?: string[];
  };
  const answers: DialogAnswers = { backupFile: options.backupFile, restoreFile: options.restoreFile, pdfFile: options.pdfFile };
  if (mode === 'electron') {
    const executablePath = findElectronBinary();
    if (!executablePath) throw new Error('BRIEFING_E2E_MODE=electron, but the Electron binary is not installed.');
    shell = await launchElectronShell({
      executablePath,
      storePath,
      userDataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-userdata-')),
      colorScheme,
      importFile: options.importFile,
      exportDir: options.exportDir,
      dialogAnswers: answers,
    });
  } else {
    const importFile = options.importFile ?? null;
    const exportDir = options.exportDir;
    const chromium = await launchChromiumShell({
      storePath,
      colorScheme,
      chooseImportFile: async () => importFile,
      chooseExportFile: async (_format, name) => (exportDir ? path.join(exportDir, name) : null),
      chooseBackupFile: async (suggested) => (answers.backupFile === undefined ? suggested : answers.backupFile),
      chooseRestoreFile: async () => answers.restoreFile ?? null,
      choosePdfFile: async () => answers.pdfFile ?? null,
    });
    shell = { ...chromium, answerDialogs: async (changed) => void Object.assign(answers, changed) };
  }
  return {
    ...base,
    page: shell.page,
    sendCommand: (c) => shell.sendCommand(c),
    answerDialogs: (changed) => shell.answerDialogs(changed),
    close: () => shell.close(),
    blockedRequests: shell.blockedRequests ?? [],
    openedExternally: shell.openedExternally ?? [],
  };
}
