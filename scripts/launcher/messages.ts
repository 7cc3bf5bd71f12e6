/**
 * What `npm start` says when it cannot open the app in Electron: plain lines, no stack trace.
 */
export interface NoElectron {
  version: string;
  /** Why there is no binary: "fetch failed", "the cached zip does not match its checksum" … */
  reason: string;
  /** electron-v45.4.1-linux-x64.zip */
  zipName: string;
  /** The folder @electron/get reads the zip from. */
  cacheDir: string;
}

/** The second line: the two ways to give `npm start` an Electron. */
export function fixLine(e: NoElectron): string {
  return `To run it in Electron: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${e.version} folder, or put ${e.zipName} in ${e.cacheDir} (README, "Air-gapped install").`;
}

/** No Electron, but a browser: why, and how to fix it; then the app opens in the browser. */
export function browserModeLines(e: NoElectron, browser: string): [string, string] {
  return [`Briefing Book: no Electron ${e.version} binary on this machine (${e.reason}), so it opens in browser mode in ${browser}.`, fixLine(e)];
}

/** Neither Electron nor a browser: nothing can be opened. */
export function noBrowserLines(e: NoElectron, named: string | null, searched: readonly string[]): [string, string, string] {
  const looked = named ? `BRIEFING_CHROMIUM=${named} is not a program that can be run` : `looked for ${searched.slice(0, 4).join(', ')}${searched.length > 4 ? ' …' : ''}`;
  return [
    `Briefing Book cannot start: no Electron ${e.version} binary on this machine (${e.reason}), and no Chromium or Chrome to open it in instead (${looked}).`,
    fixLine(e),
    'Or install Chromium or Chrome, or name one with BRIEFING_CHROMIUM=/path/to/chrome.',
  ];
}

/** Linux without X11 or Wayland: a window cannot open anywhere. */
export function noDisplayLines(): [string, string] {
  return [
    'Briefing Book cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).',
    'Run npm start in a desktop session, over ssh -X, or under a virtual display: xvfb-run -a npm start.',
  ];
}

export function electronFailedLines(binary: string, error: string): [string, string] {
  return [`Briefing Book: Electron could not be started (${binary}: ${error}).`, 'Check that the file is an Electron release for this system, or unset ELECTRON_OVERRIDE_DIST_PATH.'];
}
