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
