/**
 * How `npm start` finds Electron and a browser, and what it says when it finds neither or
 * has no display — with temp folders and environment variables, never the network.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { findBrowser, hasDisplay } from './browser.ts';
import { electronCacheRoot, findCachedZip, findElectronBinary, installFailureReason, readElectronPackage, releaseCacheDir, releaseZipName, type Host } from './electron-binary.ts';
import { browserModeLines, noBrowserLines, noDisplayLines } from './messages.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-launcher-'));
const linux = (env: NodeJS.ProcessEnv, home = '/home/analyst'): Host => ({ env, platform: 'linux', arch: 'x64', home });

function executable(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
  return file;
}

/** A stand-in node_modules/electron: package.json and checksums.json, nothing unpacked. */
function electronPackage(dir: string, checksums: Record<string, string> = {}): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
  fs.writeFileSync(path.join(dir, 'checksums.json'), JSON.stringify(checksums));
  return dir;
}

test('the binary is found where index.js would run it, and nothing is downloaded to look', () => {
  const dir = tmp();
  const pkg = electronPackage(path.join(dir, 'electron'));
  assert.equal(findElectronBinary(pkg, linux({})), null, 'no path.txt: never installed');
  fs.writeFileSync(path.join(pkg, 'path.txt'), 'electron');
  assert.equal(findElectronBinary(pkg, linux({})), null, 'path.txt but dist/ is empty');
  const bin = executable(path.join(pkg, 'dist', 'electron'));
  assert.equal(findElectronBinary(pkg, linux({})), bin);

  const unpacked = path.join(dir, 'electron-v45.4.1-linux-x64');
  assert.equal(findElectronBinary(pkg, linux({ ELECTRON_OVERRIDE_DIST_PATH: unpacked })), null, 'the override wins even when it is empty');
  const overridden = executable(path.join(unpacked, 'electron'));
  assert.equal(findElectronBinary(pkg, linux({ ELECTRON_OVERRIDE_DIST_PATH: unpacked })), overridden);
});

test('the cache folder and file name are the ones @electron/get reads, for the pinned version', () => {
  assert.equal(releaseZipName('45.4.1', 'linux', 'x64'), 'electron-v45.4.1-linux-x64.zip');
  assert.equal(releaseZipName('v45.4.1', 'darwin', 'arm64'), 'electron-v45.4.1-darwin-arm64.zip');
  assert.equal(electronCacheRoot(linux({})), '/home/analyst/.cache/electron');
  assert.equal(electronCacheRoot(linux({ XDG_CACHE_HOME: '/var/cache/a' })), '/var/cache/a/electron');
  assert.equal(electronCacheRoot(linux({ electron_config_cache: '/srv/electron' })), '/srv/electron');
  assert.equal(electronCacheRoot({ env: {}, platform: 'darwin', arch: 'arm64', home: '/Users/a' }), '/Users/a/Library/Caches/electron');
  const folder = crypto.createHash('sha256').update('https://github.com/electron/electron/releases/download/v45.4.1').digest('hex');
  assert.equal(folder, '63946acb59adc73ff164033f7dbb473beec0a930781be3b30181d4eb34ef3c3c');
  assert.equal(releaseCacheDir('45.4.1', linux({ electron_config_cache: '/srv/electron' })), `/srv/electron/${folder}`);
  // The real package ships the sum the README tells the analyst to compare against.
  const real = readElectronPackage(path.join(root, 'node_modules', 'electron'));
  assert.match(real?.checksums?.[releaseZipName(real.version, 'linux', 'x64')] ?? '', /^[0-9a-f]{64}$/);
});

test('a release zip in the cache is used only when its SHA-256 matches checksums.json', () => {
  const dir = tmp();
  const bytes = Buffer.from('not really a zip, but bytes with a known sum');
  const sum = crypto.createHash('sha256').update(bytes).digest('hex');
  const pkg = readElectronPackage(electronPackage(path.join(dir, 'electron'), { 'electron-v45.4.1-linux-x64.zip': sum }))!;
  const host = linux({ electron_config_cache: path.join(dir, 'cache') });
  assert.equal(findCachedZip(pkg, host), null);

  // At the top of the cache, where an administrator is likely to copy it …
  const top = path.join(dir, 'cache', 'electron-v45.4.1-linux-x64.zip');
  fs.mkdirSync(path.dirname(top), { recursive: true });
  fs.writeFileSync(top, bytes);
  assert.deepEqual(findCachedZip(pkg, host), { status: 'ok', zip: top, sha256: sum, expected: sum });
  // … or in the folder @electron/get itself reads, which wins.
  const inFolder = path.join(releaseCacheDir('45.4.1', host), 'electron-v45.4.1-linux-x64.zip');
  fs.mkdirSync(path.dirname(inFolder), { recursive: true });
  fs.writeFileSync(inFolder, Buffer.concat([bytes, Buffer.from('!')]));
  const bad = findCachedZip(pkg, host);
  assert.equal(bad?.status, 'checksum-mismatch');
  assert.equal(bad?.zip, inFolder);
});

test('the browser: BRIEFING_CHROMIUM when set (and only it), else the first known name on PATH', () => {
  const dir = tmp();
  const named = executable(path.join(dir, 'my-chrome'));
  assert.deepEqual(findBrowser(linux({ BRIEFING_CHROMIUM: named, PATH: '' })), { found: true, path: named });
  assert.deepEqual(findBrowser(linux({ BRIEFING_CHROMIUM: path.join(dir, 'gone'), PATH: '' })), { found: false, named: path.join(dir, 'gone'), searched: [path.join(dir, 'gone')] });
  const onPath = executable(path.join(dir, 'bin', 'google-chrome'));
  assert.deepEqual(findBrowser(linux({ PATH: path.join(dir, 'bin') })), { found: true, path: onPath });
  const none = findBrowser(linux({ PATH: path.join(dir, 'empty') }));
  assert.equal(none.found, false);
  assert.ok(!none.found && none.searched.includes('chromium'));
});

test('a display is needed on Linux (X11 or Wayland), never asked for on macOS or Windows', () => {
  assert.equal(hasDisplay(linux({})), false);
  assert.equal(hasDisplay(linux({ DISPLAY: ' ' })), false);
  assert.equal(hasDisplay(linux({ DISPLAY: ':0' })), true);
  assert.equal(hasDisplay(linux({ WAYLAND_DISPLAY: 'wayland-0' })), true);
  assert.equal(hasDisplay({ env: {}, platform: 'darwin', arch: 'arm64', home: '/' }), true);
});

test('the messages: why, and the two ways to fix it, in plain lines', () => {
  const missing = { version: '45.4.1', reason: 'it is not installed and its download failed: fetch failed', zipName: 'electron-v45.4.1-linux-x64.zip', cacheDir: '/c/63946acb' };
  assert.deepEqual(browserModeLines(missing, '/usr/bin/chromium'), [
    'Briefing Book: no Electron 45.4.1 binary on this machine (it is not installed and its download failed: fetch failed), so it opens in browser mode in /usr/bin/chromium.',
    'To run it in Electron: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45.4.1 folder, or put electron-v45.4.1-linux-x64.zip in /c/63946acb (README, "Air-gapped install").',
  ]);
  const lines = noBrowserLines(missing, null, ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome']);
  assert.match(lines[0], /^Briefing Book cannot start: .+no Chromium or Chrome to open it in instead \(looked for chromium, chromium-browser, google-chrome, google-chrome-stable …\)\.$/);
  assert.equal(lines[2], 'Or install Chromium or Chrome, or name one with BRIEFING_CHROMIUM=/path/to/chrome.');
  assert.equal(installFailureReason('TypeError: fetch failed\n    at node:internal/deps/undici'), 'fetch failed');
});

/** Runs the launcher itself (not npm start: no build needed for what it says before opening anything). */
function launch(env: NodeJS.ProcessEnv) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(DISPLAY|WAYLAND_DISPLAY|ELECTRON_|electron_|BRIEFING_)/.test(k)));
  return spawnSync(process.execPath, [path.join(root, 'scripts', 'start.ts')], { cwd: root, env: { ...clean, ...env }, encoding: 'utf8', timeout: 60_000 });
}

test('npm start with neither Electron nor a browser: three plain lines and exit code 1, no stack trace', { skip: process.platform === 'win32' }, () => {
  const dir = tmp();
  const r = launch({ DISPLAY: ':97', ELECTRON_OVERRIDE_DIST_PATH: path.join(dir, 'no-electron'), BRIEFING_CHROMIUM: path.join(dir, 'no-chrome') });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 3, r.stderr);
  assert.equal(
    lines[0],
    `Briefing Book cannot start: no Electron 45.4.1 binary on this machine (ELECTRON_OVERRIDE_DIST_PATH=${path.join(dir, 'no-electron')} holds no Electron executable), and no Chromium or Chrome to open it in instead (BRIEFING_CHROMIUM=${path.join(dir, 'no-chrome')} is not a program that can be run).`,
  );
  assert.match(lines[1]!, /^To run it in Electron: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45\.4\.1 folder, or put electron-v45\.4\.1-\w+-\w+\.zip in /);
  assert.doesNotMatch(r.stderr, /^\s+at /m);
});

test('npm start when Electron cannot be downloaded and there is no browser: the download failure is the reason', { skip: process.platform === 'win32' || !!findElectronBinary(path.join(root, 'node_modules', 'electron')) }, () => {
  const dir = tmp();
  const r = launch({ DISPLAY: ':97', electron_config_cache: path.join(dir, 'cache'), ELECTRON_MIRROR: 'http://127.0.0.1:9/', BRIEFING_CHROMIUM: path.join(dir, 'no-chrome') });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /^Briefing Book: Electron 45\.4\.1 is not installed yet; trying its download once…$/m);
  assert.match(r.stderr, /no Electron 45\.4\.1 binary on this machine \(it is not installed and its download failed: fetch failed\)/);
  // The folder for the mirror's URL, as @electron/get would look in with ELECTRON_MIRROR set.
  const folder = crypto.createHash('sha256').update('http://127.0.0.1:9/v45.4.1').digest('hex');
  assert.ok(r.stderr.includes(`electron-v45.4.1-${process.platform}-${process.arch}.zip in ${path.join(dir, 'cache', folder)} (`), 'names the cache folder to put the zip in');
  assert.doesNotMatch(r.stderr, /^\s+at /m);
});

test('npm start with no display says so and exits 2 instead of waiting', { skip: process.platform !== 'linux' }, () => {
  const r = launch({});
  assert.equal(r.status, 2);
  assert.deepEqual(r.stderr.trim().split('\n'), noDisplayLines());
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

test('a checked release zip in the cache is unpacked by Electron\'s own install.js without the network', { skip: process.platform !== 'linux' || !hasPython }, async () => {
  const { runElectronInstall } = await import('./electron-binary.ts');
  const dir = tmp();
  // A copy of node_modules/electron's install step beside the real @electron/get and unzipper.
  const modules = path.join(dir, 'node_modules');
  const pkgDir = path.join(modules, 'electron');
  fs.mkdirSync(pkgDir, { recursive: true });
  fs.copyFileSync(path.join(root, 'node_modules', 'electron', 'install.js'), path.join(pkgDir, 'install.js'));
  for (const scope of ['@electron', '@electron-internal']) fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules', scope)), path.join(modules, scope));
  // The "release": a zip holding an executable named electron and the version file.
  const zip = path.join(dir, `electron-v45.4.1-linux-${process.arch}.zip`);
  const py = `import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1],'w')\ni=zipfile.ZipInfo('electron');i.external_attr=0o100755<<16\nz.writestr(i,'#!/bin/sh\\necho stand-in\\n')\nz.writestr('version','v45.4.1')\nz.close()`;
  assert.equal(spawnSync('python3', ['-c', py, zip]).status, 0);
  const sum = crypto.createHash('sha256').update(fs.readFileSync(zip)).digest('hex');
  electronPackage(pkgDir, { [path.basename(zip)]: sum });
  const pkg = readElectronPackage(pkgDir)!;

  // Copied to the top of the cache, as the README's steps allow; no network: the mirror is a closed port.
  const cache = path.join(dir, 'cache');
  fs.mkdirSync(cache);
  fs.copyFileSync(zip, path.join(cache, path.basename(zip)));
  const host = { ...linux({ ...process.env, electron_config_cache: cache, ELECTRON_MIRROR: undefined, ELECTRON_OVERRIDE_DIST_PATH: undefined }), arch: process.arch };
  const cached = findCachedZip(pkg, host);
  assert.equal(cached?.status, 'ok');
  assert.deepEqual(runElectronInstall(pkg, host, cached), { ok: true });
  assert.equal(findElectronBinary(pkgDir, host), path.join(pkgDir, 'dist', 'electron'));
  assert.ok(fs.existsSync(path.join(releaseCacheDir('45.4.1', host), path.basename(zip))), 'placed where @electron/get reads it');
});

test('npm start with an Electron given runs it on the app with the arguments, and ends with its exit code', { skip: process.platform === 'win32' }, () => {
  const dir = tmp();
  const unpacked = path.join(dir, 'electron-v45.4.1');
  fs.mkdirSync(unpacked);
  // A stand-in for the binary: says how it was started.
  fs.writeFileSync(path.join(unpacked, 'electron'), '#!/bin/sh\necho "started in $(pwd) with: $*"\nexit 3\n', { mode: 0o755 });
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.ts'), '--db', '/tmp/x.sqlite'], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: dir, DISPLAY: ':97', ELECTRON_OVERRIDE_DIST_PATH: unpacked },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(r.status, 3, r.stderr);
  assert.equal(r.stdout.trim(), `started in ${root} with: . --db /tmp/x.sqlite`);
  assert.equal(r.stderr, '', 'nothing to say when Electron is there');
});
