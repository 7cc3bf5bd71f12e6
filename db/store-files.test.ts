/**
 * Store files in bad shape: read-only, a journal without its -shm or from another store, a
 * disk that fills during an import, and a process killed while it migrates or backs up.
 * Each is refused with a message or survived, and nothing the analyst saved is lost.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database, { type Database as Db } from 'better-sqlite3';
import { untracked } from './backup-state.ts';
import { backupStore, checkRestoreCandidate, listBackups } from './backups.ts';
import { findMentions } from './gazetteer/match.ts';
import { commitPreview, previewImport } from './import/import-operations.ts';
import { PreviewStore } from './import/previews.ts';
import { migrations } from './migrations/index.ts';
import { openStore } from './open-store.ts';
import { sha256, tempDir } from './test/helpers.ts';

const LATEST = migrations.at(-1)!.version;
const child = path.join(import.meta.dirname, 'test', 'kill-child.ts');
const sample = fs.readFileSync(new URL('../assets/sample/us-japan-2023-jan-apr.md', import.meta.url), 'utf8');

const count = (db: Db) => db.prepare('SELECT count(*) FROM events').pluck().get() as number;

/** The checks a sound store passes: SQLite's own, the foreign keys and the search index. */
function assertSound(db: Db, label: string): void {
  assert.equal(db.pragma('quick_check', { simple: true }), 'ok', label);
  assert.deepEqual(db.pragma('foreign_key_check'), [], label);
  assert.doesNotThrow(() => db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')"), label);
}

async function storeWith(file: string, summaries: string[]): Promise<void> {
  const { db } = await openStore(file);
  const add = db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', ?)");
  db.transaction(() => summaries.forEach((s) => add.run(s)))();
  db.close();
}

test('a store in a read-only folder, or a read-only store file, is refused with the reason and left untouched', { skip: process.platform === 'win32' && 'POSIX permissions' }, async (t) => {
  // Root may write anywhere; the open then runs as an ordinary user.
  const asUser: { uid?: number; gid?: number } = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const opener = `import { openStore } from ${JSON.stringify(new URL('./open-store.ts', import.meta.url).href)};
    try { (await openStore(process.argv[1])).db.close(); console.log('opened'); } catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }`;
  for (const readOnly of ['folder', 'file', 'both'] as const) {
    const dir = tempDir('read-only');
    const file = path.join(dir, 'store.sqlite');
    await storeWith(file, ['Kept while read-only.']);
    if (asUser.uid !== undefined) {
      fs.chownSync(dir, asUser.uid, asUser.gid!);
      fs.chownSync(file, asUser.uid, asUser.gid!);
    }
    if (readOnly !== 'folder') fs.chmodSync(file, 0o444);
    if (readOnly !== 'file') fs.chmodSync(dir, 0o555);
    const before = sha256(file);
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', opener, file], { ...asUser, encoding: 'utf8' });
    fs.chmodSync(dir, 0o755);
    if (run.error && asUser.uid !== undefined) {
      // Running as root with Node or this checkout where the unprivileged user cannot reach them
      // (e.g. under /root): nothing here can be made read-only to root, so the case cannot be shown.
      t.skip(`as root, and the unprivileged user cannot start ${process.execPath} (${run.error.message})`);
      return;
    }
    assert.equal(run.stderr, '', readOnly);
    const outcome = JSON.parse(run.stdout) as { code: string; message: string };
    assert.equal(outcome.code, 'CANNOT_OPEN', readOnly);
    assert.equal(
      outcome.message,
      `${file} cannot be written: the file or its folder is read-only (Briefing Book writes the store and a journal file beside it). The file was left untouched; make the file and its folder writable, or choose another file.`,
    );
    assert.equal(sha256(file), before, readOnly);
    assert.deepEqual(fs.readdirSync(dir), ['store.sqlite'], `${readOnly}: no journal files left behind`);
    fs.chmodSync(file, 0o644);
    const { db } = await openStore(file);
    assert.deepEqual(db.prepare('SELECT summary FROM events').pluck().all(), ['Kept while read-only.']);
    db.close();
  }
});

/** A copy of the store and its -wal as a crash (or a hand copy) leaves them: committed, not yet checkpointed. */
async function walImage(dir: string, name: string, checkpointed: string[], inWal: string[]): Promise<string> {
  const file = path.join(dir, `${name}.sqlite`);
  await storeWith(file, checkpointed);
  const { db } = await openStore(file);
  db.pragma('wal_autocheckpoint = 0');
  const add = db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-02-01', ?)");
  for (const s of inWal) add.run(s);
  const copy = path.join(dir, 'copies', `${name}.sqlite`);
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.copyFileSync(file, copy);
  fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
  db.close();
  return copy;
}

test('a -wal without its -shm (the files copied by hand) is applied: every committed event is there', async () => {
  const dir = tempDir('lone-wal');
  const copy = await walImage(dir, 'store', ['Checkpointed.'], ['Only in the journal 1.', 'Only in the journal 2.']);
  assert.ok(!fs.existsSync(`${copy}-shm`));
  const { db } = await openStore(copy);
  assert.deepEqual(db.prepare('SELECT summary FROM events ORDER BY id').pluck().all(), ['Checkpointed.', 'Only in the journal 1.', 'Only in the journal 2.']);
  assertSound(db, 'lone -wal');
  db.close();
});

test('a -wal from another store is refused with what to do, and the store and the -wal are left as they were', async () => {
  const dir = tempDir('foreign-wal');
  const other = await walImage(dir, 'other', Array.from({ length: 3000 }, (_, i) => `Other store ${i}.`), ['Other store, journal.']);
  const mine = path.join(dir, 'mine.sqlite');
  await storeWith(mine, Array.from({ length: 50 }, (_, i) => `My event ${i}.`));
  fs.copyFileSync(`${other}-wal`, `${mine}-wal`);
  const before = [sha256(mine), sha256(`${mine}-wal`)];
  await assert.rejects(openStore(mine), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'STORE_DAMAGED');
    assert.match(e.message, /the journal file beside it \(mine\.sqlite-wal\) does not fit it/);
    assert.match(e.message, /Nothing was changed\. Move mine\.sqlite-wal out of that folder, then open the store again\.$/);
    return true;
  });
  assert.deepEqual([sha256(mine), sha256(`${mine}-wal`)], before);
  assert.ok(!fs.existsSync(`${mine}-shm`), 'no -shm left behind');
  // Doing what the message says gives the store back whole.
  fs.renameSync(`${mine}-wal`, path.join(dir, 'set-aside-wal'));
  const { db } = await openStore(mine);
  assert.equal(count(db), 50);
  assertSound(db, 'after the -wal is moved away');
  db.close();
});

test('a disk that fills during an import: a clear message, the store as before and whole, the preview kept for another try', async () => {
  const { db } = await openStore(path.join(tempDir('disk-full'), 'store.sqlite'));
  const ctx = {
    previews: new PreviewStore(),
    mentionFinder: () => findMentions,
    forgetMentionFinder: () => {},
    progress: () => {},
    isCancelled: () => false,
    clearCancel: () => {},
    backups: { storePath: '', folder: '', changes: untracked },
  };
  commitPreview(db, { previewId: previewImport(db, { text: sample, name: 'us-japan.md' }, ctx).previewId }, ctx);
  const triggers = () => db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
  const kishida = () => db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'kishida'").pluck().get() as number;
  const before = { events: count(db), triggers: triggers(), kishida: kishida() };
  // Two hundred years of the same chronology: far more than the room left.
  const big = Array.from({ length: 200 }, (_, i) => sample.replaceAll('2023', String(1850 + i))).join('\n');
  const preview = previewImport(db, { text: big, name: 'two-centuries.md' }, ctx);
  db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 20}`);
  assert.throws(
    () => commitPreview(db, { previewId: preview.previewId }, ctx),
    (e: Error & { code?: string }) => {
      assert.equal(e.code, 'QUERY_FAILED');
      assert.equal(
        e.message,
        'The disk that holds the store is full, so this could not be written. Nothing was imported and the store is as it was; the preview is still open, so you can import it again. Free some space on the disk and try again.',
      );
      return true;
    },
  );
  assert.equal(db.inTransaction, false);
  assert.deepEqual({ events: count(db), triggers: triggers(), kishida: kishida() }, before);
  assert.ok(before.kishida > 0);
  assertSound(db, 'after the failed import');
  // Room again: the same preview imports in full.
  db.pragma('max_page_count = 1073741823');
  const outcome = commitPreview(db, { previewId: preview.previewId }, ctx);
  assert.equal(outcome.added, preview.total - preview.duplicates);
  assert.equal(count(db), before.events + outcome.added);
  assertSound(db, 'after the retried import');
  db.close();
});

/**
 * Starts the child and kills it with SIGKILL `delayMs` after its first line, or as soon as it
 * prints `doneLine`; resolves with what it printed and how long after its first line it died.
 */
function killAfter(args: string[], delayMs: number, doneLine = '\u0000'): Promise<{ printed: string; ms: number }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let printed = '';
    let err = '';
    let firstAt = 0;
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (d: Buffer) => {
      printed += d.toString();
      if (!timer) {
        firstAt = performance.now();
        timer = setTimeout(() => proc.kill('SIGKILL'), delayMs);
      }
      if (printed.includes(doneLine)) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (d: Buffer) => void (err += d.toString()));
    proc.on('error', reject);
    proc.on('exit', () => {
      clearTimeout(timer);
      if (err) reject(new Error(err));
      else resolve({ printed, ms: performance.now() - firstAt });
    });
  });
}

/** Every backup the listing shows opens as a store and holds `events` events. */
function assertBackupsWhole(folder: string, events: number, label: string): number {
  const listed = listBackups(folder);
  for (const b of listed) {
    assert.doesNotThrow(() => checkRestoreCandidate(b.file), `${label}: ${path.basename(b.file)}`);
    const copy = new Database(b.file, { readonly: true });
    assert.equal(copy.pragma('quick_check', { simple: true }), 'ok', `${label}: ${path.basename(b.file)}`);
    assert.equal(count(copy), events, `${label}: ${path.basename(b.file)}`);
    copy.close();
  }
  return listed.length;
}

const EVENTS = 15_000;
const summaries = Array.from({ length: EVENTS }, (_, i) => `Round ${i} of the US-Japan economic dialogue opens in Tokyo; ministers hold a summit.`);

test('killed with SIGKILL at any moment while backing up and migrating an old store: it opens next time, migrated and whole', async () => {
  const dir = tempDir('kill-migration');
  const template = path.join(dir, 'v1.sqlite');
  const v1 = await openStore(template, { migrations: migrations.slice(0, 1) });
  const add = v1.db.prepare("INSERT INTO events (date_start, summary) VALUES ('2023-01-11', ?)");
  v1.db.transaction(() => summaries.forEach((s) => add.run(s)))();
  v1.db.close();

  const trial = (n: number) => {
    const trialDir = path.join(dir, `trial-${n}`);
    fs.mkdirSync(trialDir);
    const file = path.join(trialDir, 'store.sqlite');
    fs.copyFileSync(template, file);
    return { trialDir, file };
  };
  // One uninterrupted run times the kills.
  const timed = trial(0);
  const { ms: full, printed } = await killAfter(['open', timed.file], 60_000, 'opened');
  assert.match(printed, new RegExp(`opened ${LATEST}`));
  // The copy taken before migrating is quick: time it here to land kills inside it too.
  const copy = new Database(template, { readonly: true });
  const copyStarted = performance.now();
  await copy.backup(path.join(dir, 'timed-copy.sqlite'));
  const copying = performance.now() - copyStarted;
  copy.close();
  const delays = [
    ...[0.2, 0.4, 0.6, 0.8, 1].map((f) => Math.round(f * copying)),
    ...[0.15, 0.3, 0.45, 0.6, 0.75, 0.9].map((f) => Math.round(f * full)),
  ];
  let interrupted = 0;
  for (const [i, delay] of delays.entries()) {
    const { trialDir, file } = trial(i + 1);
    const { printed } = await killAfter(['open', file], delay);
    if (!printed.includes('opened')) interrupted++;
    const store = await openStore(file);
    assert.equal(store.schemaVersion, LATEST, `kill at ${delay} ms`);
    assert.equal(count(store.db), EVENTS, `kill at ${delay} ms`);
    assertSound(store.db, `kill at ${delay} ms`);
    assert.equal(store.db.prepare("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'summit'").pluck().get(), EVENTS);
    store.db.close();
    assertBackupsWhole(path.join(trialDir, 'backups'), EVENTS, `kill at ${delay} ms`);
  }
  assert.ok(interrupted >= 3, `at least three kills landed before the open finished (${interrupted}; an open takes ${Math.round(full)} ms)`);
});

test('killed with SIGKILL at any moment while taking backups: the store opens whole, and every backup listed is whole', async () => {
  const dir = tempDir('kill-backup');
  const file = path.join(dir, 'store.sqlite');
  await storeWith(file, summaries);
  const folder = path.join(dir, 'backups');
  // One backup, timed in this process, spaces the kills over a few backups.
  const { db: timing } = await openStore(file);
  const started = performance.now();
  await backupStore(timing, path.join(dir, 'timing'), 'manual', new Date());
  const one = performance.now() - started;
  timing.close();

  let listed = 0;
  const delays = [0.1, 0.35, 0.6, 0.85, 1.3, 1.7, 2.2].map((f) => Math.round(f * one));
  for (const delay of delays) {
    await killAfter(['backup', file, folder], delay);
    const { db } = await openStore(file);
    assert.equal(count(db), EVENTS, `kill at ${delay} ms`);
    assertSound(db, `kill at ${delay} ms`);
    db.close();
    listed = assertBackupsWhole(folder, EVENTS, `kill at ${delay} ms`);
  }
  const names = fs.readdirSync(folder);
  assert.ok(names.some((n) => n.includes('.partial')), `some kill landed mid-backup (left: ${names.join(', ')})`);
  assert.equal(listed, names.filter((n) => !n.includes('.partial')).length, 'a cut-short backup is never listed');
  // The next backup is not in the way of what a killed one left.
  const { db } = await openStore(file);
  const info = await backupStore(db, folder, 'manual', new Date(Date.UTC(2026, 5, 1)));
  db.close();
  assert.equal(assertBackupsWhole(folder, EVENTS, 'after'), listed + 1);
  assert.ok(fs.existsSync(info.file));
});
