/**
 * The main-process service as the channel tests start it: the real dispatcher, handlers and
 * store worker on a temp SQLite file, with the shell's ports answering as an analyst who
 * cancels every dialog (a test overrides the ports it cares about).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Result } from '../../contract/result.ts';
import { tempDir } from '../../db/test/helpers.ts';
import type { Ports } from '../handlers.ts';
import { startService, type Service } from '../service.ts';

export const TEST_ORIGIN = 'app://briefing';
/** The sender of a call from the app's own window. */
export const fromApp = { url: `${TEST_ORIGIN}/index.html`, isMainFrame: true };

export function startTestService(label: string, ports: Partial<Ports> = {}, storePath = path.join(tempDir(label), 'store.sqlite')): Promise<Service> {
  return startService({
    storePath,
    workerFile: new URL('../../db/worker.ts', import.meta.url),
    ports: {
      openExternal: async () => {},
      emit: () => {},
      chooseImportFile: async () => null,
      chooseExportFile: async () => null,
      chooseBackupFile: async () => null,
      chooseRestoreFile: async () => null,
      choosePdfFile: async () => null,
      renderSheetPdf: () => Promise.reject(new Error('nothing is printed in this test')),
      ...ports,
    },
    assetsDir: path.join(import.meta.dirname, '..', '..', 'assets'),
    identity: { name: 'Briefing Book', version: '0.0.0-test', shell: 'chromium-harness' },
    trustedOrigin: TEST_ORIGIN,
    log: () => {},
  });
}

export function valueOf<T>(r: Result<unknown>): T {
  assert.equal(r.ok, true, `expected a value, got ${JSON.stringify(r).slice(0, 500)}`);
  return (r as { value: T }).value;
}

export function errorOf(r: Result<unknown>): Extract<Result<unknown>, { ok: false }>['error'] {
  assert.equal(r.ok, false, `expected an error, got ${JSON.stringify(r).slice(0, 500)}`);
  return (r as Extract<Result<unknown>, { ok: false }>).error;
}
