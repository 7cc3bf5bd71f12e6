import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';
import { parseExternalUrl } from './external-url.ts';
import { loadSettings, saveSettings } from './settings.ts';
import { DEFAULT_STORE_FILE, resolveStorePath } from './store-path.ts';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state.ts';

test('the store path: --db wins, then BRIEFING_DB, then the user-data folder', () => {
  const userData = '/home/analyst/.config/Briefing Book';
  assert.equal(resolveStorePath(['electron', '.'], {}, userData), path.join(userData, DEFAULT_STORE_FILE));
  assert.equal(resolveStorePath(['electron', '.'], { BRIEFING_DB: '/data/a.sqlite' }, userData), '/data/a.sqlite');
  assert.equal(resolveStorePath(['electron', '.', '--db', '/data/b.sqlite'], { BRIEFING_DB: '/data/a.sqlite' }, userData), '/data/b.sqlite');
  assert.equal(resolveStorePath(['electron', '--db=/data/c.sqlite'], {}, userData), '/data/c.sqlite');
  assert.equal(resolveStorePath(['electron', '--db'], { BRIEFING_DB: '  ' }, userData), path.join(userData, DEFAULT_STORE_FILE));
  assert.equal(resolveStorePath(['x', '--db', 'rel/d.sqlite'], {}, userData), path.resolve('rel/d.sqlite'));
});

test('only http(s) links without credentials go to the system browser', () => {
  assert.equal(parseExternalUrl(' https://www.state.gov/ '), 'https://www.state.gov/');
  assert.equal(parseExternalUrl('http://example.org/a b'), 'http://example.org/a%20b');
  for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'app://briefing/', 'https://a@b.example/', 'http://', '', '//example.org']) {
    assert.equal(parseExternalUrl(bad), null, bad);
  }
});

test('window bounds are restored only onto a display that still exists', () => {
  const file = path.join(tempDir('window'), 'window-state.json');
  assert.equal(loadWindowState(file), null);
  saveWindowState(file, { x: 100, y: 80, width: 1200, height: 800, maximized: false });
  const saved = loadWindowState(file);
  assert.deepEqual(saved, { x: 100, y: 80, width: 1200, height: 800, maximized: false });
  assert.deepEqual(visibleBounds(saved, [{ x: 0, y: 0, width: 1920, height: 1080 }]), { x: 100, y: 80, width: 1200, height: 800 });
  assert.equal(visibleBounds({ ...saved!, x: 3000 }, [{ x: 0, y: 0, width: 1920, height: 1080 }]), null, 'the second monitor is gone');
  fs.writeFileSync(file, '{"x": "left"}');
  assert.equal(loadWindowState(file), null, 'a damaged file is ignored');
});

test('settings survive a round trip and a damaged file falls back to defaults', () => {
  const file = path.join(tempDir('settings'), 'settings.json');
  assert.deepEqual(loadSettings(file), { theme: 'system' });
  saveSettings(file, { theme: 'dark' });
  assert.deepEqual(loadSettings(file), { theme: 'dark' });
  fs.writeFileSync(file, 'not json');
  assert.deepEqual(loadSettings(file), { theme: 'system' });
});
