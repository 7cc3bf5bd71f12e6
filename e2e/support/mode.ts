/**
 * Which shell the suite drives. Electron wherever its binary is installed; Chromium
 * (Debian's) elsewhere. Never requires the `electron` package, whose entry point tries
 * to download the binary when it is missing.
 */
import path from 'node:path';
import { findElectronBinary as findBinary } from '../../scripts/launcher/electron-binary.ts';
import { repoRoot } from './paths.ts';

export type Mode = 'electron' | 'chromium';

export const CHROMIUM_PATH = process.env.BRIEFING_CHROMIUM ?? '/usr/bin/chromium';

/** Where the Electron binary is, found as `npm start` finds it (never downloads). */
export function findElectronBinary(): string | null {
  return findBinary(path.join(repoRoot, 'node_modules', 'electron'));
}

export function selectMode(): Mode {
  const forced = process.env.BRIEFING_E2E_MODE;
  if (forced === 'electron' || forced === 'chromium') return forced;
  if (forced) throw new Error(`BRIEFING_E2E_MODE must be "electron" or "chromium", not "${forced}"`);
  return findElectronBinary() ? 'electron' : 'chromium';
}
