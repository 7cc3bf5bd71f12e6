/** The real app under Electron, for machines where the Electron binary is installed. */
import { _electron, type ElectronApplication, type Page } from '@playwright/test';
import type { AppCommand } from '../../contract/methods.ts';
import { mainBundle } from './paths.ts';

export interface ElectronShell {
  page: Page;
  app: ElectronApplication;
  sendCommand(command: AppCommand): Promise<void>;
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
}): Promise<ElectronShell> {
  const env = { ...process.env } as Record<string, string>;
  delete env.BRIEFING_DB;
  const app = await _electron.launch({
    executablePath: options.executablePath,
    args: [mainBundle, '--db', options.storePath, `--user-data-dir=${options.userDataDir}`],
    env,
  });
  if (options.importFile !== undefined) {
    await app.evaluate(({ dialog }, file) => {
      dialog.showOpenDialog = (async () => ({ canceled: file === null, filePaths: file ? [file] : [] })) as typeof dialog.showOpenDialog;
    }, options.importFile);
  }
  if (options.exportDir !== undefined) {
    await app.evaluate(({ dialog }, dir) => {
      dialog.showSaveDialog = (async (...args: unknown[]) => {
        const opts = args.at(-1) as { defaultPath?: string };
        const name = (opts.defaultPath ?? 'export').split(/[\\/]/).pop();
        return { canceled: false, filePath: `${dir}/${name}` };
      }) as typeof dialog.showSaveDialog;
    }, options.exportDir);
  }
  const page = await app.firstWindow();
  await page.emulateMedia({ colorScheme: options.colorScheme });
  return {
    page,
    app,
    sendCommand: (command) =>
      app.evaluate(({ BrowserWindow }, c) => BrowserWindow.getAllWindows()[0]?.webContents.send('briefing:event', 'command', c), command),
    close: () => app.close(),
  };
}
