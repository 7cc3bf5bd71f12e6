/**
 * Where the Electron binary is, found the way node_modules/electron finds it — but without
 * ever requiring that package, whose entry point downloads the binary when it is missing.
 *
 *  - ELECTRON_OVERRIDE_DIST_PATH: an unpacked Electron folder (Electron's own variable;
 *    index.js then runs `<folder>/<path.txt or "electron">`).
 *  - node_modules/electron/dist/<path.txt>: where install.js unpacks the release zip.
 *  - The release zip in the cache @electron/get reads (electron_config_cache, else the
 *    user cache folder), checked against the SHA-256 sums shipped in checksums.json. From
 *    there install.js unpacks it without the network.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where @electron/get downloads releases from unless a mirror is set. */
export const RELEASES_URL = 'https://github.com/electron/electron/releases/download/';

export interface Host {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  arch: string;
  home: string;
}

export const thisHost = (): Host => ({ env: process.env, platform: process.platform, arch: process.arch, home: os.homedir() });

export interface ElectronPackage {
  dir: string;
  version: string;
  /** file name → SHA-256, as shipped in the package (null when the file is absent). */
  checksums: Record<string, string> | null;
}

export function readElectronPackage(dir: string): ElectronPackage | null {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
    let checksums: Record<string, string> | null = null;
    try {
      checksums = JSON.parse(fs.readFileSync(path.join(dir, 'checksums.json'), 'utf8')) as Record<string, string>;
    } catch {
      // Older packages ship no sums; then a cached zip cannot be checked here.
    }
    return { dir, version, checksums };
  } catch {
    return null;
  }
}

/** The executable inside an unpacked release (install.js's getPlatformPath). */
export function executableInRelease(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

function isExecutable(file: string, platform: NodeJS.Platform): boolean {
  try {
    fs.accessSync(file, platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Electron executable index.js would run, if it is there; never downloads. */
export function findElectronBinary(pkgDir: string, host: Host = thisHost()): string | null {
  let recorded = '';
  try {
    recorded = fs.readFileSync(path.join(pkgDir, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: install.js never unpacked a release here.
  }
  const override = host.env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) {
    const candidate = path.join(override, recorded || executableInRelease(host.platform));
    return isExecutable(candidate, host.platform) ? candidate : null;
  }
  if (!recorded) return null;
  const candidate = path.join(pkgDir, 'dist', recorded);
  return isExecutable(candidate, host.platform) ? candidate : null;
}

/** electron-v45.4.1-linux-x64.zip */
export function releaseZipName(version: string, platform: NodeJS.Platform, arch: string): string {
  return `electron-v${version.replace(/^v/, '')}-${platform}-${arch}.zip`;
}

/** The cache root @electron/get uses (env-paths('electron').cache, or electron_config_cache). */
export function electronCacheRoot(host: Host): string {
  const configured = host.env.electron_config_cache?.trim();
  if (configured) return path.resolve(configured);
  if (host.platform === 'darwin') return path.join(host.home, 'Library', 'Caches', 'electron');
  if (host.platform === 'win32') return path.join(host.env.LOCALAPPDATA || path.join(host.home, 'AppData', 'Local'), 'electron', 'Cache');
  return path.join(host.env.XDG_CACHE_HOME || path.join(host.home, '.cache'), 'electron');
}

/**
 * The folder inside the cache that @electron/get looks in for a release: the SHA-256 of the
 * download URL's folder (`https://github.com/electron/electron/releases/download/v45.4.1`,
 * or the same under ELECTRON_MIRROR).
 */
export function releaseCacheDir(version: string, host: Host): string {
  const base = host.env.ELECTRON_MIRROR?.trim() || RELEASES_URL;
  const folder = `${base}v${version.replace(/^v/, '')}`;
  return path.join(electronCacheRoot(host), crypto.createHash('sha256').update(folder).digest('hex'));
}

export type CachedZip =
  | { status: 'ok'; zip: string; sha256: string; expected: string }
  | { status: 'checksum-mismatch'; zip: string; sha256: string; expected: string }
  | { status: 'no-checksum'; zip: string; sha256: string };

export function sha256File(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    for (let n = fs.readSync(fd, buffer); n > 0; n = fs.readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * The release zip for this platform in the cache — in the folder @electron/get reads, or
 * at the top of the cache (where people tend to put it) — with its checksum checked.
 */
export function findCachedZip(pkg: ElectronPackage, host: Host = thisHost()): CachedZip | null {
  const name = releaseZipName(pkg.version, host.platform, host.arch);
  const candidates = [path.join(releaseCacheDir(pkg.version, host), name), path.join(electronCacheRoot(host), name)];
  const zip = candidates.find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!zip) return null;
  const sha256 = sha256File(zip);
  const expected = pkg.checksums?.[name];
  if (!expected) return { status: 'no-checksum', zip, sha256 };
  return { status: sha256 === expected ? 'ok' : 'checksum-mismatch', zip, sha256, expected };
}

/**
 * Runs node_modules/electron/install.js, which takes the release from the cache when it is
 * there (checking it against checksums.json again) and otherwise downloads it. A checked zip
 * lying at the top of the cache is first copied to the folder install.js reads. Output is
 * captured: a failure is reported by the caller in its own words, not as a stack trace.
 */
export function runElectronInstall(pkg: ElectronPackage, host: Host, cached: CachedZip | null): { ok: true } | { ok: false; reason: string } {
  if (cached?.status === 'ok') {
    const dir = releaseCacheDir(pkg.version, host);
    const target = path.join(dir, path.basename(cached.zip));
    if (path.resolve(cached.zip) !== path.resolve(target)) {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(cached.zip, target);
    }
  }
  const r = spawnSync(process.execPath, [path.join(pkg.dir, 'install.js')], { env: host.env, encoding: 'utf8', timeout: 15 * 60_000 });
  if (r.status === 0) return { ok: true };
  return { ok: false, reason: installFailureReason(`${r.stderr ?? ''}\n${r.stdout ?? ''}`, r.error) };
}

/** One short phrase from install.js's stack trace: "fetch failed", "ENOTFOUND github.com" … */
export function installFailureReason(output: string, error?: Error): string {
  if (error) return (error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? 'the download did not finish in 15 minutes' : error.message;
  const code = /\b(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|CERT_[A-Z_]+|UNABLE_TO_[A-Z_]+)\b(?:\s+([\w.-]+))?/.exec(output);
  const first = /^(?:\w*Error: )?(.+)$/m.exec(output.trim())?.[1]?.trim();
  if (first && code && !first.includes(code[1]!)) return `${first}: ${code[1]}${code[2] ? ` ${code[2]}` : ''}`;
  return first || 'install.js failed';
}
