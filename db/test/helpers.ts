import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';

/** A fresh folder per call, removed when the test file finishes. */
export function tempDir(label = 'store'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `briefing-${label}-`));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export const workerFile = new URL('../worker.ts', import.meta.url);

export const sha256 = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
