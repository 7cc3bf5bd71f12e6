import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { electronDistFor } from './dist.ts';
import { releaseCacheDir } from './launcher/electron-binary.ts';

test('npm run dist hands electron-builder the Electron already on the machine, in the order npm start looks', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-dist-'));
  const pkg = path.join(dir, 'electron');
  fs.mkdirSync(pkg);
  fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: '45.4.1' }));
  const zipBytes = Buffer.from('release zip stand-in');
  const sum = crypto.createHash('sha256').update(zipBytes).digest('hex');
  fs.writeFileSync(path.join(pkg, 'checksums.json'), JSON.stringify({ 'electron-v45.4.1-linux-x64.zip': sum }));
  const host = (env: NodeJS.ProcessEnv) => ({ env: { electron_config_cache: path.join(dir, 'cache'), ...env }, platform: 'linux' as const, arch: 'x64', home: dir });

  const none = electronDistFor(pkg, host({}));
  assert.equal(none.dist, null);
  assert.match(!none.dist ? none.why : '', /no unpacked Electron 45\.4\.1 and no electron-v45\.4\.1-linux-x64\.zip in /);

  const zip = path.join(releaseCacheDir('45.4.1', host({})), 'electron-v45.4.1-linux-x64.zip');
  fs.mkdirSync(path.dirname(zip), { recursive: true });
  fs.writeFileSync(zip, zipBytes);
  assert.deepEqual(electronDistFor(pkg, host({})), { dist: zip, from: 'the checked release zip in the cache' });

  fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
  fs.mkdirSync(path.join(pkg, 'dist'));
  fs.writeFileSync(path.join(pkg, 'dist', 'electron'), '', { mode: 0o755 });
  assert.deepEqual(electronDistFor(pkg, host({})), { dist: path.join(pkg, 'dist'), from: 'node_modules/electron/dist' });

  const unpacked = path.join(dir, 'electron-v45.4.1-linux-x64');
  fs.mkdirSync(unpacked);
  fs.writeFileSync(path.join(unpacked, 'electron'), '', { mode: 0o755 });
  assert.deepEqual(electronDistFor(pkg, host({ ELECTRON_OVERRIDE_DIST_PATH: unpacked })), { dist: unpacked, from: 'ELECTRON_OVERRIDE_DIST_PATH' });
});
