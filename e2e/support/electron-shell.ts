/** The real app under Electron, for machines where the Electron binary is installed. */
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { AppCommand } from '../../contract/methods.ts';
import type { DialogAnswers } from './launch-app.ts';
import { mainBundle } from './paths.ts';

export interface ElectronShell {
  page: Page;
  app: ElectronApplication;
  sendCommand(command: AppCommand): Promise<void>;
  answerDialogs(answers: DialogAnswers): Promise<void>;
  close(): Promise<void>;
}

export async function launchElectronShell(options: {
  executablePath: string;
  storePath: string;
  userDataDir: string;
  colorScheme: 'light' | 'dark';
  /** What the native open dialog returns in this run (the dialog itself cannot be driven). */
  importFile?: string | null;
  /** Where the native save dialog "saves" an export in this run. */
  exportDir?: string;
  /** What the backup and restore dialogs return (see launchApp). */
  dialogAnswers?: DialogAnswers;
}): Promise<ElectronShell> {
  const env = { ...process.env } as Record<string, string>;
  delete env.BRIEFING_DB;
  const app = await _electron.launch({
    executablePath: options.executablePath,
    args: [mainBundle, '--db', options.storePath, `--user-data-dir=${options.userDataDir}`],
    env,
  });
  // The native dialogs cannot be driven: each is replaced by one that returns this run's
  // answer, told apart by its title. A dialog without an answer stays the real one.
  const answers = { importFile: options.importFile, exportDir: options.exportDir, ...options.dialogAnswers };
  await app.evaluate(({ dialog }, initial) => {
    const state = globalThis as unknown as { __e2eDialogs: typeof initial };
    state.__e2eDialogs = initial;
    const realOpen = dialog.showOpenDialog.bind(dialog);
    const realSave = dialog.showSaveDialog.bind(dialog);
    dialog.showOpenDialog = (async (...args: unknown[]) => {
      const opts = args.at(-1) as { title?: string };
      const a = state.__e2eDialogs;
      const file = opts.title === 'Restore from backup' ? (a.restoreFile ?? null) : a.importFile;
      if (file === undefined) return (realOpen as (...x: unknown[]) => unknown)(...args);
      return { canceled: file === null, filePaths: file ? [file] : [] };
    }) as typeof dialog.showOpenDialog;
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const opts = args.at(-1) as { title?: string; defaultPath?: string };
      const a = state.__e2eDialogs;
      if (opts.title === 'Export briefing PDF') {
        const file = a.pdfFile ?? null;
        return { canceled: !file, filePath: file ?? '' };
      }
      if (opts.title === 'Back up the store') {
        const file = a.backupFile === undefined ? opts.defaultPath : a.backupFile;
        return { canceled: !file, filePath: file ?? '' };
      }
      if (a.exportDir === undefined) return (realSave as (...x: unknown[]) => unknown)(...args);
      const name = (opts.defaultPath ?? 'export').split(/[\\/]/).pop();
      return { canceled: false, filePath: `${a.exportDir}/${name}` };
    }) as typeof dialog.showSaveDialog;
  }, answers);
  const page = await app.firstWindow();
  await page.emulateMedia({ colorScheme: options.colorScheme });
  return {
    page,
    app,
    sendCommand: (command) =>
      // Not a hidden window printing a briefing sheet.
      app.evaluate(
        ({ BrowserWindow }, c) => BrowserWindow.getAllWindows().find((w) => !w.webContents.getURL().includes('#print/'))?.webContents.send('briefing:event', 'command', c),
        command,
      ),
    answerDialogs: (changed) =>
      app.evaluate((_electron, c) => {
        const state = globalThis as unknown as { __e2eDialogs: Record<string, unknown> };
        Object.assign(state.__e2eDialogs, c);
      }, changed),
    close: () => app.close(),
  };
}
