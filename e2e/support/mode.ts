/**
 * Which shell the suite drives. Electron wherever its binary is installed; Chromium
 * (Debian's) elsewhere. Never requires the `electron` package, whose entry point tries
 * to download the binary when it is missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from './paths.ts';

export type Mode = 'electron' | 'chromium';

export const CHROMIUM_PATH = process.env.BRIEFING_CHROMIUM ?? '/usr/bin/chromium';

export function findElectronBinary(): string | null {
  const pkg = path.join(repoRoot, 'node_modules', 'electron');
  let platformPath = '';
  try {
    platformPath = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    // No path.txt: the binary was never installed.
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? path.join(override, platformPath || 'electron') : platformPath ? path.join(pkg, 'dist', platformPath) : null;
  if (!candidate) return null;
  try {
    fs.accessSync(candidate, fs.constants.X_OK);
    return candidate;
  } catch {
    return null;
  }
}

export function selectMode(): Mode {
  const forced = process.env.BRIEFING_E2E_MODE;
  if (forced === 'electron' || forced === 'chromium') return forced;
  if (forced) throw new Error(`BRIEFING_E2E_MODE must be "electron" or "chromium", not "${forced}"`);
  return findElectronBinary() ? 'electron' : 'chromium';
}
