/**
 * What the native dialogs do, in browser mode. There is no native dialog outside Electron,
 * so each port does what a browser does on its own:
 *
 *  - open a chronology: the page uses its own file input (renderer/src/import/useImport.ts)
 *    and never calls this port, which answers "cancelled";
 *  - save an export or a briefing's PDF: the file goes to the Downloads folder under the
 *    suggested name, "name (1).csv" if that is taken — as a browser download does;
 *  - back up now: the suggested file in the backups folder (the save dialog's default);
 *  - restore: the page picks one of the listed backups, so this port is not asked.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CallerPorts } from './app-server.ts';

export interface DownloadsHost {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
}

/** XDG_DOWNLOAD_DIR (from the environment or ~/.config/user-dirs.dirs) on Linux, else ~/Downloads. */
export function downloadsFolder(host: DownloadsHost): string {
  const fromEnv = host.env.XDG_DOWNLOAD_DIR?.trim();
  if (fromEnv) return path.resolve(fromEnv.replace(/^\$HOME(?=\/|$)/, host.home));
  if (host.platform !== 'darwin' && host.platform !== 'win32') {
    const dirs = path.join(host.env.XDG_CONFIG_HOME || path.join(host.home, '.config'), 'user-dirs.dirs');
    try {
      const line = /^XDG_DOWNLOAD_DIR="([^"]+)"/m.exec(fs.readFileSync(dirs, 'utf8'))?.[1];
      if (line) return path.resolve(line.replace(/^\$HOME(?=\/|$)/, host.home));
    } catch {
      // No user-dirs.dirs: the usual folder.
    }
  }
  return path.join(host.home, 'Downloads');
}

/** `name.ext` in `dir`, or `name (1).ext`, `name (2).ext` … — the first that does not exist. */
export function freeFileName(dir: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 0; ; i++) {
    const file = path.join(dir, i === 0 ? name : `${stem} (${i})${ext}`);
    if (!fs.existsSync(file)) return file;
  }
}

export function browserModePorts(options: { downloads: string; openExternal(url: string): Promise<void> }): CallerPorts {
  const download = async (name: string) => {
    fs.mkdirSync(options.downloads, { recursive: true });
    return freeFileName(options.downloads, name);
  };
  return {
    openExternal: options.openExternal,
    chooseImportFile: async () => null,
    chooseExportFile: (_format, suggestedName) => download(suggestedName),
    choosePdfFile: (suggestedName) => download(suggestedName),
    chooseBackupFile: async (suggestedPath) => suggestedPath,
    chooseRestoreFile: async () => null,
  };
}
