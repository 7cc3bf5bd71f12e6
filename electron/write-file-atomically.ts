/**
 * Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which
 * is then renamed over the destination. A failure at any step removes the temporary file, so
 * the destination is either the complete new file or what was there before.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { refuseLiveStoreTarget } from '../db/store-identity.ts';

/** `liveStore` is the open store: a target that is it or one of its working files is refused (store-identity.ts). */
export async function writeFileAtomically(target: string, bytes: Uint8Array, liveStore: string, refusal = 'The file was not saved'): Promise<void> {
  refuseLiveStoreTarget(target, liveStore, refusal);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.part`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(bytes);
    // On disk before the rename, so a crash cannot leave a renamed but empty file.
    await handle.sync();
    await handle.close();
    handle = undefined;
    refuseLiveStoreTarget(target, liveStore, refusal);
    await fs.rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw e;
  }
}
