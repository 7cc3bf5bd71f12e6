/**
 * A process the store-file tests kill with SIGKILL part-way through opening (backing up and
 * migrating) a store, or through taking backups of it. It says on stdout when the risky part
 * starts, so the parent can time its kill within it.
 *
 *   node db/test/kill-child.ts open STORE        — opens and migrates, then stays alive
 *   node db/test/kill-child.ts backup STORE DIR  — takes backups into DIR until killed
 */
import { backupStore } from '../backups.ts';
import { openStore } from '../open-store.ts';

const [action, storePath, folder] = process.argv.slice(2);
if (!storePath || (action !== 'open' && action !== 'backup')) throw new Error('usage: kill-child.ts open|backup STORE [DIR]');

if (action === 'open') {
  // Writes to a pipe are synchronous on POSIX: the parent has this line before the open starts.
  process.stdout.write('opening\n');
  const store = await openStore(storePath);
  process.stdout.write(`opened ${store.schemaVersion}\n`);
} else {
  const store = await openStore(storePath);
  process.stdout.write('backing up\n');
  for (let i = 0; ; i++) {
    await backupStore(store.db, folder!, 'manual', new Date(Date.UTC(2026, 0, 1, 0, 0, i)));
    process.stdout.write(`backup ${i}\n`);
  }
}
setInterval(() => {}, 60_000);
