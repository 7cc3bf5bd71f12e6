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
