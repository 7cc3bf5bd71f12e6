/**
 * One process per store: a second process (another profile, another user, the store reached
 * through another path) is refused and told who holds it; a lock left by a killed process is
 * recovered; a restore never runs once the lock is no longer this process's.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { test } from 'node:test';
import { acquireStoreLock, lockFileOf, thisHost } from '../db/store-lock.ts';
import { sha256, tempDir } from '../db/test/helpers.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

const child = path.join(import.meta.dirname, 'test', 'open-store-child.ts');

function openInAnotherProcess(storePath: string): { opened: boolean; code?: string; message?: string } {
  const run = spawnSync(process.execPath, [child, storePath], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

test('a second process on the same store, through a symlinked folder, is refused with who holds it, and nothing changes', { skip: process.platform === 'win32' && 'symlinks' }, async () => {
  const dir = tempDir('lock-second');
  const store = path.join(dir, 'data', 'briefing-book.sqlite');
  const service = await startTestService('lock-second', {}, store);
  try {
    valueOf(await service.dispatch('events:add', { events: [{ dateStart: '2023-01-11', summary: 'kept' }] }, fromApp));
    fs.symlinkSync(path.join(dir, 'data'), path.join(dir, 'other-profile'));
    const before = sha256(store);
    const outcome = openInAnotherProcess(path.join(dir, 'other-profile', 'briefing-book.sqlite'));
    assert.equal(outcome.opened, false, 'the second process must not open the store');
    assert.equal(outcome.code, 'STORE_IN_USE');
    assert.match(outcome.message!, new RegExp(`is already open in another Briefing Book \\(process ${process.pid} of .* on ${os.hostname().replace(/[.]/g, '\\.')}, since `));
    assert.match(outcome.message!, /Nothing was changed\. Close it there first, or start this one with --db and another store\.$/);
    assert.equal(sha256(store), before);
    // In this process too: one service per store.
    await assert.rejects(startTestService('lock-second', {}, store), (e: Error & { code?: string }) => e.code === 'STORE_IN_USE');
  } finally {
    await service.close();
  }
  assert.equal(fs.existsSync(lockFileOf(store)), false, 'closing removes the lock');
  assert.equal(openInAnotherProcess(store).opened, true, 'once it is closed, another process may open it');
});

test('the lock of a killed process is recovered at the next start', async () => {
  const dir = tempDir('lock-stale');
  const store = path.join(dir, 'briefing-book.sqlite');
  const holder = spawn(process.execPath, [child, store, 'hold'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [line] = (await once(holder.stdout, 'data')) as [Buffer];
  assert.equal(JSON.parse(line.toString()).opened, true);
  const lockText = fs.readFileSync(lockFileOf(store), 'utf8');
  assert.equal(JSON.parse(lockText).pid, holder.pid);
  holder.kill('SIGKILL');
  await once(holder, 'exit');
  assert.equal(fs.readFileSync(lockFileOf(store), 'utf8'), lockText, 'a killed process leaves its lock behind');

  const service = await startTestService('lock-stale', {}, store);
  try {
    assert.equal(JSON.parse(fs.readFileSync(lockFileOf(store), 'utf8')).pid, process.pid);
    assert.deepEqual(
      fs.readdirSync(dir).filter((f) => f.includes('.lock')),
      ['briefing-book.sqlite.lock'],
      'no set-aside lock file is left',
    );
  } finally {
    await service.close();
  }
});

test('a lock from another computer is not taken over: the message names it and how to remove it', async () => {
  const dir = tempDir('lock-remote');
  const store = path.join(dir, 'briefing-book.sqlite');
  const lock = lockFileOf(store);
  const remote = { app: 'Briefing Book', pid: 4242, host: 'analyst-laptop-7', user: 'kim', since: '2026-12-07T09:00:00.000Z', token: 'abc' };
  fs.writeFileSync(lock, JSON.stringify(remote));
  await assert.rejects(startTestService('lock-remote', {}, store), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'STORE_IN_USE');
    assert.equal(
      e.message,
      `${store} is already open in Briefing Book on another computer (process 4242 of kim on analyst-laptop-7, since 2026-12-07T09:00:00.000Z), as its lock file ${lock} says. Nothing was changed. Close it there first; if that computer is off or crashed, delete ${lock} and start again.`,
    );
    return true;
  });
  assert.deepEqual(JSON.parse(fs.readFileSync(lock, 'utf8')), remote);
  assert.equal(fs.existsSync(store), false, 'the store was not even created');
});

test('an unreadable lock is left alone while it may be being written, and recovered once it is old', () => {
  const dir = tempDir('lock-unreadable');
  const store = path.join(dir, 'briefing-book.sqlite');
  fs.writeFileSync(lockFileOf(store), '');
  const host = thisHost();
  assert.throws(() => acquireStoreLock(store, host), /is being opened by another Briefing Book right now/);
  const later = { ...host, now: () => new Date(Date.now() + 60_000) };
  const lock = acquireStoreLock(store, later);
  assert.equal(lock.stillHeld(), true);
  lock.release();
  assert.equal(fs.existsSync(lockFileOf(store)), false);
});

test('a restore is refused once the lock no longer names this process, and the store is untouched', async () => {
  const dir = tempDir('lock-restore');
  const store = path.join(dir, 'briefing-book.sqlite');
  const backup = path.join(dir, 'copy.sqlite');
  let restoreFile: string | null = null;
  const service = await startTestService('lock-restore', { chooseBackupFile: async () => backup, chooseRestoreFile: async () => restoreFile }, store);
  const sleeper = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60000)'], { stdio: 'ignore' });
  try {
    valueOf(await service.dispatch('events:add', { events: [{ dateStart: '2023-01-11', summary: 'one' }] }, fromApp));
    valueOf(await service.dispatch('backup:now', undefined, fromApp));
    valueOf(await service.dispatch('events:add', { events: [{ dateStart: '2023-01-12', summary: 'two' }] }, fromApp));
    // Another process took the store over (its lock was deleted by hand, and a second app started).
    fs.writeFileSync(lockFileOf(store), JSON.stringify({ app: 'Briefing Book', pid: sleeper.pid, host: os.hostname(), user: 'x', since: new Date().toISOString(), token: 'theirs' }));
    restoreFile = backup;
    const error = errorOf(await service.dispatch('backup:restore', undefined, fromApp));
    assert.equal(error.code, 'STORE_UNAVAILABLE');
    assert.match(error.message, /^Nothing was restored: the store's lock file .* no longer names this Briefing Book/);
    const total = valueOf<{ total: number }>(await service.dispatch('events:list', { offset: 0, limit: 10 }, fromApp)).total;
    assert.equal(total, 2);
    assert.equal(fs.existsSync(`${store}.restoring`), false);
  } finally {
    await service.close();
    sleeper.kill();
  }
  assert.equal(JSON.parse(fs.readFileSync(lockFileOf(store), 'utf8')).token, 'theirs', "closing never removes another process's lock");
});
