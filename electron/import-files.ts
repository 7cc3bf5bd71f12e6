/**
 * Files the main process reads for an import: one the analyst chose, or the bundled
 * sample. Read here, not in the page, so size limits and decoding are enforced in one
 * place and file paths never cross to the renderer.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { StoreError } from '../db/errors.ts';
import { decodeImportBytes, MAX_IMPORT_BYTES, tooLarge, UnreadableImport } from '../db/import/read-import.ts';

export const SAMPLE_FILES = ['us-japan-2023-jan-apr.md', 'other-pairs-2023.md'];

export async function readImportFile(file: string): Promise<{ text: string; name: string }> {
  const name = path.basename(file);
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new UnreadableImport(`${name} is not a file.`);
    if (stat.size > MAX_IMPORT_BYTES) throw tooLarge(name, stat.size);
    return { text: decodeImportBytes(await fs.readFile(file), name), name };
  } catch (e) {
    // Reported to the page as a bad request: the analyst can pick another file.
    const message = e instanceof UnreadableImport ? e.message : `${name} could not be read: ${(e as Error).message}`;
    throw new StoreError('INVALID_INPUT', message, { cause: e });
  }
}

export async function readSampleFiles(assetsDir: string): Promise<Array<{ text: string; name: string }>> {
  return Promise.all(SAMPLE_FILES.map((f) => readImportFile(path.join(assetsDir, 'sample', f))));
}
