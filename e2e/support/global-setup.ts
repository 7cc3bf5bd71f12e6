import { findElectronBinary, selectMode, CHROMIUM_PATH } from './mode.ts';

export default function globalSetup(): void {
  const mode = selectMode();
  const detail = mode === 'electron' ? `Electron binary ${findElectronBinary()}` : `Chromium ${CHROMIUM_PATH} with the real main-process service (no Electron binary installed)`;
  console.log(`\n[e2e] mode: ${mode} — ${detail}\n`);
}
