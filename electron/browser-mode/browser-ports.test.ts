import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { userDataDir } from '../store-path.ts';
import { browserModePorts, downloadsFolder, freeFileName } from './browser-ports.ts';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-ports-'));

test('saves go where a browser download goes: the Downloads folder, under a name not yet taken', async () => {
  const dir = tmp();
  const ports = browserModePorts({ downloads: path.join(dir, 'Downloads'), openExternal: async () => {} });
  const first = await ports.chooseExportFile('csv', 'briefing-book-events-2026-12-07.csv');
  assert.equal(first, path.join(dir, 'Downloads', 'briefing-book-events-2026-12-07.csv'));
  fs.writeFileSync(first!, 'x');
  assert.equal(await ports.chooseExportFile('csv', 'briefing-book-events-2026-12-07.csv'), path.join(dir, 'Downloads', 'briefing-book-events-2026-12-07 (1).csv'));
  fs.writeFileSync(path.join(dir, 'Downloads', 'Quad note.pdf'), 'x');
  fs.writeFileSync(path.join(dir, 'Downloads', 'Quad note (1).pdf'), 'x');
  assert.equal(await ports.choosePdfFile('Quad note.pdf'), path.join(dir, 'Downloads', 'Quad note (2).pdf'));
  assert.equal(freeFileName(dir, 'no-extension'), path.join(dir, 'no-extension'));
  // Back up now keeps the suggested file; the open dialogs are never shown (the page picks).
  assert.equal(await ports.chooseBackupFile('/store/backups/b.manual.sqlite'), '/store/backups/b.manual.sqlite');
  assert.equal(await ports.chooseImportFile(), null);
  assert.equal(await ports.chooseRestoreFile('/store/backups'), null);
});

test('the Downloads folder: XDG_DOWNLOAD_DIR, then user-dirs.dirs, then ~/Downloads', () => {
  const home = tmp();
  assert.equal(downloadsFolder({ env: {}, platform: 'linux', home }), path.join(home, 'Downloads'));
  fs.mkdirSync(path.join(home, '.config'));
  fs.writeFileSync(path.join(home, '.config', 'user-dirs.dirs'), 'XDG_DESKTOP_DIR="$HOME/Desktop"\nXDG_DOWNLOAD_DIR="$HOME/Téléchargements"\n');
  assert.equal(downloadsFolder({ env: {}, platform: 'linux', home }), path.join(home, 'Téléchargements'));
  assert.equal(downloadsFolder({ env: { XDG_DOWNLOAD_DIR: '/data/in' }, platform: 'linux', home }), '/data/in');
  assert.equal(downloadsFolder({ env: {}, platform: 'darwin', home: '/Users/a' }), '/Users/a/Downloads');
});

test('the user-data folder is the one Electron names for the app', () => {
  assert.equal(userDataDir('Briefing Book', 'linux', {}, '/home/a'), '/home/a/.config/Briefing Book');
  assert.equal(userDataDir('Briefing Book', 'linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/a'), '/cfg/Briefing Book');
  assert.equal(userDataDir('Briefing Book', 'darwin', {}, '/Users/a'), '/Users/a/Library/Application Support/Briefing Book');
  assert.equal(userDataDir('Briefing Book', 'win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a'), path.join('C:\\Users\\a\\AppData\\Roaming', 'Briefing Book'));
});
