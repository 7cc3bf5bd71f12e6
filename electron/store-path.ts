import path from 'node:path';

export const DEFAULT_STORE_FILE = 'briefing-book.sqlite';

/**
 * Which store file to open: `--db <path>` or `--db=<path>` on the command line wins,
 * then the BRIEFING_DB environment variable, then the user-data folder.
 */
export function resolveStorePath(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--db' && argv[i + 1]) return path.resolve(argv[i + 1]!);
    if (arg.startsWith('--db=') && arg.length > 5) return path.resolve(arg.slice(5));
  }
  if (env.BRIEFING_DB?.trim()) return path.resolve(env.BRIEFING_DB.trim());
  return path.join(userDataDir, DEFAULT_STORE_FILE);
}

/**
 * The folder Electron's app.getPath('userData') names for an app called `productName`
 * (appData + name), for shells that run without Electron (browser mode).
 */
export function userDataDir(productName: string, platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), productName);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), productName);
}
