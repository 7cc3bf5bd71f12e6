/**
 * `npm start`, after the build: opens Briefing Book in Electron when an Electron binary can
 * be had without the network — already unpacked, named by ELECTRON_OVERRIDE_DIST_PATH, or
 * unpacked from a checked release zip in @electron/get's cache — after one quiet attempt at
 * Electron's own download. Otherwise it says why in two lines and opens the same app in
 * browser mode: a Chromium or Chrome window on this machine, served as app:// serves it and
 * bound to the same main-process service and store (electron/browser-mode/).
 *
 * Arguments after `npm start --` go to the app (`--db /path/to/store.sqlite`).
 * BRIEFING_CHROMIUM names the browser; BRIEFING_REMOTE_DEBUGGING_PORT opens the browser's
 * DevTools port on 127.0.0.1 (the launcher test drives the window through it);
 * BRIEFING_ELECTRON_DOWNLOAD=never skips the download attempt.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startBrowserShell, type BrowserShell } from '../electron/browser-mode/app-server.ts';
import { browserModePorts, downloadsFolder } from '../electron/browser-mode/browser-ports.ts';
import { resolveStorePath, userDataDir } from '../electron/store-path.ts';
import { findBrowser, hasDisplay } from './launcher/browser.ts';
import {
  findCachedZip,
  findElectronBinary,
  readElectronPackage,
  releaseCacheDir,
  releaseZipName,
  runElectronInstall,
  thisHost,
  type Host,
} from './launcher/electron-binary.ts';
import { browserModeLines, electronFailedLines, noBrowserLines, noDisplayLines, type NoElectron } from './launcher/messages.ts';

const root = path.resolve(import.meta.dirname, '..');
const appArgs = process.argv.slice(2);
const host = thisHost();
const say = (lines: readonly string[]) => console.error(lines.join('\n'));

if (!hasDisplay(host)) {
  say(noDisplayLines());
  process.exit(2);
}

const outcome = electronOrReason(host);
if ('binary' in outcome) runElectron(outcome.binary);
else await runBrowserMode(outcome.missing);

/** The Electron executable to run, or why there is none. */
function electronOrReason(h: Host): { binary: string } | { missing: NoElectron } {
  const pkg = readElectronPackage(path.join(root, 'node_modules', 'electron'));
  if (!pkg) {
    return { missing: { version: '(unknown)', reason: 'node_modules/electron is missing: run npm install', zipName: 'the Electron release zip', cacheDir: releaseCacheDir('0.0.0', h) } };
  }
  const missing = (reason: string): { missing: NoElectron } => ({
    missing: { version: pkg.version, reason, zipName: releaseZipName(pkg.version, h.platform, h.arch), cacheDir: releaseCacheDir(pkg.version, h) },
  });
  const found = findElectronBinary(pkg.dir, h);
  if (found) return { binary: found };
  const override = h.env.ELECTRON_OVERRIDE_DIST_PATH?.trim();
  if (override) return missing(`ELECTRON_OVERRIDE_DIST_PATH=${override} holds no Electron executable`);

  const cached = findCachedZip(pkg, h);
  if (cached?.status === 'checksum-mismatch') return missing(`${cached.zip} does not match the SHA-256 in node_modules/electron/checksums.json`);
  if (cached?.status === 'ok') {
    console.error(`Briefing Book: unpacking Electron ${pkg.version} from ${cached.zip} (SHA-256 checked).`);
  } else if (h.env.BRIEFING_ELECTRON_DOWNLOAD === 'never') {
    return missing('it is not installed, and BRIEFING_ELECTRON_DOWNLOAD=never');
  } else {
    console.error(`Briefing Book: Electron ${pkg.version} is not installed yet; trying its download once…`);
  }
  const installed = runElectronInstall(pkg, h, cached?.status === 'ok' ? cached : null);
  if (!installed.ok) return missing(cached ? `unpacking ${cached.zip} failed: ${installed.reason}` : `it is not installed and its download failed: ${installed.reason}`);
  const binary = findElectronBinary(pkg.dir, h);
  return binary ? { binary } : missing('install.js finished but left no executable');
}

function runElectron(binary: string): void {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, ['.', ...appArgs], { cwd: root, stdio: 'inherit', env, windowsHide: false });
  child.on('error', (e) => {
    say(electronFailedLines(binary, e.message));
    process.exit(1);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
}

async function runBrowserMode(missing: NoElectron): Promise<void> {
  const browser = findBrowser(host);
  if (!browser.found) {
    say(noBrowserLines(missing, browser.named, browser.searched));
    process.exit(1);
  }
  say(browserModeLines(missing, browser.path));

  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; productName: string };
  const userData = userDataDir(pkg.productName, host.platform, host.env, host.home);
  fs.mkdirSync(userData, { recursive: true });
  const storePath = resolveStorePath(appArgs, host.env, userData);
  const port = Number(host.env.BRIEFING_REMOTE_DEBUGGING_PORT ?? '');

  let shell: BrowserShell;
  try {
    shell = await startBrowserShell({
      storePath,
      workerFile: new URL('../db/worker.ts', import.meta.url),
      rendererRoot: path.join(root, 'dist', 'renderer'),
      assetsDir: path.join(root, 'assets'),
      executablePath: browser.path,
      identity: { name: pkg.productName, version: pkg.version, shell: 'browser' },
      window: {
        kind: 'app-window',
        profileDir: path.join(userData, 'browser-profile'),
        width: 1280,
        height: 820,
        ...(Number.isInteger(port) && port > 0 ? { remoteDebuggingPort: port } : {}),
      },
      ports: browserModePorts({ downloads: downloadsFolder(host), openExternal }),
      autoBackupCheckMs: 60 * 60 * 1000,
      log: (line) => console.error(line),
    });
  } catch (e) {
    const message = (e as Error).message;
    if (/profile is already in use|existing browser session/i.test(message)) {
      say([`Briefing Book is already open in browser mode: its browser profile (${path.join(userData, 'browser-profile')}) is in use.`, 'Use that window, or close it and run npm start again.']);
    } else {
      say([`Briefing Book could not open in browser mode: ${message.split('\n')[0]}`, `Store: ${storePath}. To use another file, add -- --db /path/to/file.sqlite or set BRIEFING_DB.`]);
    }
    process.exit(1);
  }
  console.error(`Briefing Book is open in browser mode (store: ${storePath}). Close its window or press Ctrl-C to quit.`);

  let quitting = false;
  const quit = async (code: number) => {
    if (quitting) return;
    quitting = true;
    try {
      await shell.close({ backupOnQuit: true });
      console.error('Briefing Book closed: the store is saved and closed.');
    } catch (e) {
      console.error(`Briefing Book closed, but closing the store failed: ${(e as Error).message}`);
      code = 1;
    } finally {
      process.exit(code);
    }
  };
  void shell.closed.then(() => quit(0));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void quit(0));
}

/** Web links from notes open in the system's browser, as Electron's shell.openExternal does. */
async function openExternal(url: string): Promise<void> {
  const [command, args] =
    host.platform === 'darwin' ? ['open', [url]] : host.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url.replace(/&/g, '^&')]] : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', (e) => console.error(`[browser mode] could not open ${url}: ${e.message}`));
  child.unref();
}
