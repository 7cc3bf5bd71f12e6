/**
 * The note crash trial: a process types a note and is killed with SIGKILL (with its browser
 * and store thread) a set time after the last keystroke; the store is then read as the app
 * would read it on the next launch. Shows that autosave has written the note by then.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../db/open-store.ts';
import { addEvents } from '../../db/events.ts';

const child = path.join(import.meta.dirname, 'note-crash-child.ts');

/** A store with a few events to write notes on. */
export async function prepareCrashStore(file: string): Promise<void> {
  const { db } = await openStore(file);
  addEvents(db, {
    events: [
      { dateStart: '2023-01-11', summary: 'US and Japanese foreign and defence ministers meet in Washington (2+2).' },
      { dateStart: '2023-01-13', summary: 'President Biden receives Prime Minister Kishida at the White House.' },
    ],
  });
  db.close();
}

export interface CrashTrial {
  /** The note text found after relaunch, or null if there was none. */
  found: string | null;
  /** Milliseconds between the last keystroke and the kill, as measured. */
  killedAfterMs: number;
  quickCheck: string;
}

export async function runNoteCrashTrial(storePath: string, text: string, killAfterMs = 1000): Promise<CrashTrial> {
  const proc = spawn(process.execPath, [child, storePath, text], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
  const typedAt = await new Promise<number>((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /TYPED (\d+)/.exec(out);
      if (m) resolve(Date.now());
    });
    proc.on('exit', (code) => reject(new Error(`the typing process ended (${code}) before it finished typing:\n${stderr.slice(-2000)}`)));
  });
  await new Promise((r) => setTimeout(r, killAfterMs));
  const killedAfterMs = Date.now() - typedAt;
  // The whole group: the node process, its store thread and the browser it started.
  process.kill(-proc.pid!, 'SIGKILL');
  await new Promise<void>((resolve) => (proc.exitCode !== null || proc.signalCode !== null ? resolve() : proc.once('exit', () => resolve())));

  // Read the store the way the next launch would: open it (WAL recovery) and look.
  const db = new Database(storePath);
  try {
    const quickCheck = String(db.pragma('quick_check', { simple: true }));
    const found = (db.prepare('SELECT body FROM notes WHERE deleted_at IS NULL ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
    db.prepare('DELETE FROM notes').run();
    return { found, killedAfterMs, quickCheck };
  } finally {
    db.close();
  }
}
