/**
 * The browser `npm start` falls back to, and whether there is a display to open it on.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Host } from './electron-binary.ts';

/** Program names looked up on PATH, in order (Linux and other Unix). */
export const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'microsoft-edge-stable'];

/** Where macOS and Windows install Chromium, Chrome and Edge. */
function installedPaths(host: Host): string[] {
  if (host.platform === 'darwin') {
    const apps = ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'];
    return apps.flatMap((a) => [path.join('/Applications', a), path.join(host.home, 'Applications', a)]);
  }
  if (host.platform === 'win32') {
    const roots = [host.env.LOCALAPPDATA, host.env.PROGRAMFILES, host.env['PROGRAMFILES(X86)']].filter((r): r is string => !!r);
    const apps = ['Chromium\\Application\\chrome.exe', 'Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'];
    return roots.flatMap((r) => apps.map((a) => path.win32.join(r, a)));
  }
  return [];
}

function runnable(file: string, host: Host): boolean {
  try {
    fs.accessSync(file, host.platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

export type BrowserChoice = { found: true; path: string } | { found: false; named: string | null; searched: string[] };

/**
 * BRIEFING_CHROMIUM names the browser (and then only it is tried); otherwise the first of
 * BROWSER_NAMES on PATH, then the usual install folders on macOS and Windows.
 */
export function findBrowser(host: Host): BrowserChoice {
  const named = host.env.BRIEFING_CHROMIUM?.trim();
  if (named) return runnable(named, host) ? { found: true, path: named } : { found: false, named, searched: [named] };
  const dirs = (host.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const searched: string[] = [];
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, host.platform === 'win32' ? `${name}.exe` : name);
      if (runnable(file, host)) return { found: true, path: file };
    }
    searched.push(name);
  }
  for (const file of installedPaths(host)) {
    if (runnable(file, host)) return { found: true, path: file };
    searched.push(file);
  }
  return { found: false, named: null, searched };
}

/** Linux and the BSDs draw windows through X11 or Wayland; macOS and Windows always have a screen. */
export function hasDisplay(host: Host): boolean {
  if (host.platform === 'darwin' || host.platform === 'win32') return true;
  return !!(host.env.DISPLAY?.trim() || host.env.WAYLAND_DISPLAY?.trim());
}
