/**
 * No file the analyst chooses to write can be the open store or one of its working files,
 * whatever path reaches it: a symlinked folder, a hard link, the -wal. Each case goes through
 * the real dispatcher, handlers and store worker, as a save dialog's answer would.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import type { Ports } from './handlers.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';
import { liveStoreFileOf } from '../db/store-identity.ts';
import { sha256, tempDir } from '../db/test/helpers.ts';

const onPosix = process.platform === 'win32' ? 'symlinks need privileges on Windows' : false;

interface Dialogs {
  file: string | null;
}

async function start(dialogs: Dialogs, extra: Partial<Ports> = {}): Promise<{ service: Service; dir: string; store: string }> {
  const dir = tempDir('overwrite');
  const store = path.join(dir, 'data', 'briefing-book.sqlite');
  const answer = async () => dialogs.file;
  const service = await startTestService('overwrite', { chooseBackupFile: answer, chooseExportFile: answer, chooseRestoreFile: answer, choosePdfFile: answer, ...extra }, store);
  return { service, dir, store };
}

const call = (service: Service, channel: string, payload?: unknown) => service.dispatch(channel, payload, fromApp);

async function addEvents(service: Service, n: number, label: string): Promise<void> {
  const events = Array.from({ length: n }, (_, i) => ({ dateStart: '2023-01-11', summary: `${label} ${i}` }));
  for (let at = 0; at < events.length; at += 1000) valueOf(await call(service, 'events:add', { events: events.slice(at, at + 1000) }));
}

function countIn(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  } finally {
    db.close();
  }
}

const listing = (folder: string) => fs.readdirSync(folder).sort();

test('Back Up Now to the store through a symlinked folder is refused, and every later write survives a restart', { skip: onPosix }, async () => {
  const dialogs: Dialogs = { file: null };
  const { service, dir, store } = await start(dialogs);
  try {
    await addEvents(service, 1, 'before');
    const link = path.join(dir, 'link');
    fs.symlinkSync(path.dirname(store), link);
    dialogs.file = path.join(link, 'briefing-book.sqlite');
    const before = listing(path.dirname(store));
    const error = errorOf(await call(service, 'backup:now'));
    assert.equal(error.code, 'BAD_REQUEST');
    assert.equal(
      error.message,
      `The backup was not saved: ${dialogs.file} is the store itself (${store}, open in Briefing Book), and writing there would replace it. Nothing was written; choose another file.`,
    );
    assert.deepEqual(listing(path.dirname(store)), before, 'no temp file, no backup, nothing beside the store');
    await addEvents(service, 3000, 'after');
  } finally {
    await service.close();
  }
  assert.equal(countIn(store), 3001, 'every row written after the refused backup is in the store after a restart');
});

test('Back Up Now onto a hard link of the store, or onto its -wal through a symlink, is refused', { skip: onPosix }, async () => {
  const dialogs: Dialogs = { file: null };
  const { service, dir, store } = await start(dialogs);
  try {
    await addEvents(service, 5, 'kept');
    const hardLink = path.join(dir, 'another name.sqlite');
    fs.linkSync(store, hardLink);
    dialogs.file = hardLink;
    assert.match(errorOf(await call(service, 'backup:now')).message, /another name\.sqlite is the store itself/);
    fs.symlinkSync(path.dirname(store), path.join(dir, 'link'));
    dialogs.file = path.join(dir, 'link', 'briefing-book.sqlite-wal');
    assert.match(errorOf(await call(service, 'backup:now')).message, /is one of the store's working files \(.*briefing-book\.sqlite-wal, beside the open store\)/);
    // The -journal does not exist in WAL mode; its name beside the store is refused all the same.
    dialogs.file = path.join(dir, 'link', 'briefing-book.sqlite-journal');
    assert.match(errorOf(await call(service, 'backup:now')).message, /working files/);
    assert.equal(fs.existsSync(`${store}-journal`), false);
    await addEvents(service, 5, 'after');
  } finally {
    await service.close();
  }
  assert.equal(countIn(store), 10);
});

test('exporting events as CSV onto the store, or as JSON onto its -wal, is refused and the store still opens', async () => {
  const dialogs: Dialogs = { file: null };
  const { service, store } = await start(dialogs);
  try {
    await addEvents(service, 20, 'event');
    const view = { filter: {}, sort: { column: 'date', direction: 'desc' } };
    for (const [format, file] of [
      ['csv', store],
      ['json', `${store}-wal`],
      ['csv', `${store}-shm`],
    ] as const) {
      dialogs.file = file;
      const error = errorOf(await call(service, 'events:export', { ...view, format }));
      assert.equal(error.code, 'BAD_REQUEST', file);
      assert.match(error.message, /^The export was not saved: .* Nothing was written; choose another file\.$/, file);
    }
    assert.deepEqual(listing(path.dirname(store)).filter((f) => f.includes('partial')), []);
    await addEvents(service, 1, 'after');
  } finally {
    await service.close();
  }
  assert.equal(countIn(store), 21);
});

test('exporting a briefing PDF onto the store (name typed with .sqlite) is refused before anything is printed', async () => {
  const dialogs: Dialogs = { file: null };
  let printed = 0;
  const renderSheetPdf = async () => {
    printed++;
    const doc = await PDFDocument.create();
    doc.addPage();
    return doc.save();
  };
  const { service, store } = await start(dialogs, { renderSheetPdf });
  try {
    const briefing = valueOf<{ id: number }>(await call(service, 'briefings:create', { briefing: { title: 'Quad', date: '2023-05-22' } }));
    await addEvents(service, 3, 'event');
    const beforeHash = sha256(store);
    for (const file of [store, `${store}-wal`]) {
      dialogs.file = file;
      const error = errorOf(await call(service, 'briefings:export-pdf', { id: briefing.id }));
      assert.match(error.message, /^The PDF was not saved: .* Nothing was written; choose another file\.$/, file);
    }
    assert.equal(printed, 0);
    assert.equal(sha256(store), beforeHash);
    // An ordinary name still exports.
    dialogs.file = path.join(path.dirname(store), 'quad.pdf');
    valueOf(await call(service, 'briefings:export-pdf', { id: briefing.id }));
    assert.equal(printed, 1);
  } finally {
    await service.close();
  }
  assert.equal(countIn(store), 3);
});

test('restoring from the store itself, reached through a symlinked folder, is refused', { skip: onPosix }, async () => {
  const dialogs: Dialogs = { file: null };
  const { service, dir, store } = await start(dialogs);
  try {
    await addEvents(service, 2, 'kept');
    fs.symlinkSync(path.dirname(store), path.join(dir, 'link'));
    dialogs.file = path.join(dir, 'link', 'briefing-book.sqlite');
    assert.match(errorOf(await call(service, 'backup:restore')).message, /is the store itself/);
    assert.equal(fs.existsSync(path.join(path.dirname(store), 'backups')), false, 'no safety backup for a refused restore');
  } finally {
    await service.close();
  }
  assert.equal(countIn(store), 2);
});

test('the identity check: same file by real path, by device and inode, by folder and name; other files are not', { skip: onPosix }, () => {
  const dir = tempDir('identity');
  const store = path.join(dir, 'data', 'Store.sqlite');
  fs.mkdirSync(path.dirname(store));
  fs.writeFileSync(store, 'x');
  fs.writeFileSync(`${store}-wal`, 'x');
  fs.symlinkSync(path.join(dir, 'data'), path.join(dir, 'link'));
  fs.linkSync(store, path.join(dir, 'hard.sqlite'));
  fs.symlinkSync(store, path.join(dir, 'file-link.sqlite'));
  fs.writeFileSync(path.join(dir, 'data', 'other.sqlite'), 'x');
  const cases: Array<[string, string | null]> = [
    [store, ''],
    [path.join(dir, 'data', '..', 'data', 'Store.sqlite'), ''],
    [path.join(dir, 'link', 'Store.sqlite'), ''],
    [path.join(dir, 'hard.sqlite'), ''],
    [path.join(dir, 'file-link.sqlite'), ''],
    [path.join(dir, 'link', 'Store.sqlite-wal'), '-wal'],
    [path.join(dir, 'link', 'Store.sqlite-shm'), '-shm'],
    [path.join(dir, 'link', 'Store.sqlite-journal'), '-journal'],
    [path.join(dir, 'data', 'other.sqlite'), null],
    [path.join(dir, 'link', 'Store.sqlite.csv'), null],
    [path.join(dir, 'elsewhere', 'Store.sqlite'), null],
  ];
  for (const [target, expected] of cases) assert.equal(liveStoreFileOf(target, store), expected, target);
});
