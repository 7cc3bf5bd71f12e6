/**
 * Reading text files for the import command-line tools, with the app's own rules (UTF-8
 * only, binary files refused with the offset of the first bad byte), so that what the tools
 * accept is what File → Import accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decodeImportBytes, UnreadableImport } from '../db/import/read-import.ts';

/** A problem with what the user asked for: printed as is, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** `npm run` starts scripts in the package folder; paths the user typed are relative to where they typed them. */
function userPath(file: string): string {
  const base = process.env['npm_lifecycle_event'] && process.env['INIT_CWD'] ? process.env['INIT_CWD'] : process.cwd();
  return path.resolve(base, file);
}

export function readText(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = fs.readFileSync(userPath(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  try {
    const text = decodeImportBytes(bytes, path.basename(file));
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof UnreadableImport) throw new UsageError(`cannot read ${file}: ${e.message}`);
    throw e;
  }
}

const CHRONOLOGY_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.text']);

/** Chronology text only: the exchange formats (.csv, .json) have their own readers. */
export function checkChronologyName(file: string): void {
  const ext = path.extname(file).toLowerCase();
  if (!CHRONOLOGY_EXTENSIONS.has(ext)) {
    throw new UsageError(`${file}: expected chronology text (.txt or .md), not ${ext ? `a ${ext} file` : 'a file without an extension'}`);
  }
}

/** Runs a tool's main, turning a UsageError into its message and exit code 2. */
export function runCli(main: () => void): void {
  // Piped into `head`: the reader has seen enough, which is no error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  try {
    main();
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
