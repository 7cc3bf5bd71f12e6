/**
 * The application menu as data. menu.ts hands it to Electron; keeping it here, without
 * Electron, lets a plain-Node test check what a packaged build offers.
 */
import type { AppCommand } from '../contract/methods.ts';

export interface MenuActions {
  command(command: AppCommand): void;
  openDataFolder(): void;
  toggleDarkMode(): void;
  about(): void;
}

export interface MenuPlace {
  platform: NodeJS.Platform;
  /** Whether to offer the developer tools; see devToolsAllowed. */
  devTools: boolean;
}

/**
 * Developer tools only in unpackaged builds (`npm start` from a checkout): in an installed
 * app they would let anyone at the keyboard call the store directly. Decided by
 * `app.isPackaged` alone, never by an environment variable a user or script can set.
 */
export function devToolsAllowed({ isPackaged }: { isPackaged: boolean }): boolean {
  return !isPackaged;
}

export function menuTemplate(actions: MenuActions, place: MenuPlace): Electron.MenuItemConstructorOptions[] {
  const isMac = place.platform === 'darwin';
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { id: 'import-chronology', label: 'Import Chronology…', accelerator: 'CmdOrCtrl+O', click: () => actions.command('import-chronology') },
        // Always enabled: the page exports the open briefing, or says how to open one.
        { id: 'export-briefing-pdf', label: 'Export Briefing PDF…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.command('export-briefing-pdf') },
        { id: 'print-briefing', label: 'Print Briefing…', accelerator: 'CmdOrCtrl+P', click: () => actions.command('print-briefing') },
        { id: 'save-view', label: 'Save View…', accelerator: 'CmdOrCtrl+S', click: () => actions.command('save-view') },
        { type: 'separator' },
        { id: 'backup-now', label: 'Back Up Now…', click: () => actions.command('backup-now') },
        { id: 'restore-backup', label: 'Restore from Backup…', click: () => actions.command('restore-backup') },
        { id: 'open-settings', label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: () => actions.command('open-settings') },
        { type: 'separator' },
        { label: 'Open Data Folder', click: () => actions.openDataFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { role: 'editMenu', label: '&Edit' },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toggle Dark Mode', accelerator: 'CmdOrCtrl+Shift+D', click: () => actions.toggleDarkMode() },
        { role: 'togglefullscreen' },
        ...(place.devTools ? [{ role: 'toggleDevTools' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: '&Help',
      submenu: [{ label: 'About Briefing Book', click: () => actions.about() }],
    },
  ];
}
