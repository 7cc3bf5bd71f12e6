/**
 * `npm run dist` (and `dist:e2e`), after the build: electron-builder with the Electron that
 * is already on this machine, when there is one — so packaging needs no download of it:
 *
 *  - ELECTRON_OVERRIDE_DIST_PATH (an unpacked Electron folder), else
 *  - node_modules/electron/dist (unpacked by install.js or by `npm start`), else
 *  - the release zip in @electron/get's cache, checked against checksums.json —
 *
 * each passed as electron-builder's `electronDist`. With none, electron-builder downloads
 * Electron itself, as before. Arguments are passed through to electron-builder.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { findCachedZip, findElectronBinary, readElectronPackage, releaseCacheDir, releaseZipName, thisHost } from './launcher/electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..');
const host = thisHost();

export function electronDistFor(pkgDir: string, h = host): { dist: string; from: string } | { dist: null; why: string } {
  const pkg = readElectronPackage(pkgDir);
  if (!pkg) return { dist: null, why: 'node_modules/electron is missing' };
  const binary = findElectronBinary(pkgDir, h);
  const override = h.env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (binary) return { dist: override ? path.resolve(override) : path.join(pkgDir, 'dist'), from: override ? 'ELECTRON_OVERRIDE_DIST_PATH' : 'node_modules/electron/dist' };
  const cached = findCachedZip(pkg, h);
  if (cached?.status === 'ok') return { dist: cached.zip, from: 'the checked release zip in the cache' };
  if (cached?.status === 'checksum-mismatch') return { dist: null, why: `${cached.zip} does not match the SHA-256 in node_modules/electron/checksums.json` };
  return { dist: null, why: `no unpacked Electron ${pkg.version} and no ${releaseZipName(pkg.version, h.platform, h.arch)} in ${releaseCacheDir(pkg.version, h)}` };
}

if (import.meta.main) {
  const chosen = electronDistFor(path.join(root, 'node_modules', 'electron'));
  const args = process.argv.slice(2);
  if (chosen.dist !== null) {
    console.error(`npm run dist: using the Electron from ${chosen.from} (${chosen.dist}).`);
    args.push(`-c.electronDist=${chosen.dist}`);
  } else {
    console.error(`npm run dist: ${chosen.why}; electron-builder will download Electron (README, "Air-gapped install").`);
  }
  const bin = path.join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
  const child = spawn(bin, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('error', (e) => {
    console.error(`npm run dist: electron-builder could not be started: ${e.message}`);
    process.exit(1);
  });
  child.on('close', (code) => process.exit(code ?? 1));
}
