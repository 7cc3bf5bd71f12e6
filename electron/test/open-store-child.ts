/**
 * A second Briefing Book process for the lock tests: starts the service on the store named
 * in argv[2] and prints one JSON line, `{"opened":true,"pid":…}` or the refusal's code and
 * message. With argv[3] = "hold" it keeps the store open until it is killed.
 */
import path from 'node:path';
import { startService } from '../service.ts';

const [storePath, mode] = process.argv.slice(2);
if (!storePath) throw new Error('usage: open-store-child.ts <store> [hold]');
try {
  const service = await startService({
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
      renderSheetPdf: () => Promise.reject(new Error('nothing is printed here')),
    },
    assetsDir: path.join(import.meta.dirname, '..', '..', 'assets'),
    identity: { name: 'Briefing Book', version: '0.0.0-test', shell: 'chromium-harness' },
    trustedOrigin: 'app://briefing',
    log: () => {},
  });
  console.log(JSON.stringify({ opened: true, pid: process.pid }));
  if (mode === 'hold') setInterval(() => {}, 60_000);
  else await service.close();
} catch (e) {
  console.log(JSON.stringify({ opened: false, code: (e as { code?: string }).code, message: (e as Error).message }));
}
