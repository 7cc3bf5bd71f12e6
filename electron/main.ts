/**
 * The Electron shell: window, menu, protocol, security policy and lifecycle. All real
 * work happens in the service layer (./service.ts), which this file only wires to IPC.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell, type WebContents } from 'electron';
import { IPC_EVENT, IPC_INVOKE, type AppCommand } from '../contract/methods.ts';
import { readAppAsset } from './app-assets.ts';
import { buildMenu } from './menu.ts';
import { devToolsAllowed } from './menu-template.ts';
import { renderSheetPdfInWindow } from './print-window.ts';
import { secondLaunchLine, secondLaunchNotice, type SecondLaunchData } from './second-launch.ts';
import { startService, type Service } from './service.ts';
import { loadSettings, saveSettings } from './settings.ts';
import { resolveStorePath } from './store-path.ts';
import { permissionDecision, refusedWindowMessage, shouldAllowNavigation, shouldAllowRedirect, shouldAllowWebview, windowOpenDecision } from './web-policy.ts';
import { appWebPreferences } from './web-preferences.ts';
import { DEFAULT_SIZE, loadWindowState, saveWindowState, visibleBounds } from './window-state.ts';

const SCHEME = 'app';
const HOST = 'briefing';
const ORIGIN = `${SCHEME}://${HOST}`;
const rendererRoot = path.join(__dirname, '..', 'renderer');
const preloadFile = path.join(__dirname, 'preload.cjs');
const devTools = devToolsAllowed({ isPackaged: app.isPackaged });

protocol.registerSchemesAsPrivileged([{ scheme: SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
/** The hidden windows that print briefings: their calls are limited to reading. */
const printWindows = new WeakSet<WebContents>();
let service: Service | null = null;

// The store this launch asks for; a second launch hands it to the running app.
const requestedStore = resolveStorePath(process.argv, process.env, app.getPath('userData'));

if (!app.requestSingleInstanceLock({ storePath: requestedStore } satisfies SecondLaunchData)) {
  console.error(secondLaunchLine(requestedStore));
  app.quit();
} else {
  app.on('second-instance', (_event, _argv, _cwd, additionalData) => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    const notice = service ? secondLaunchNotice(service.store.path, additionalData) : null;
    if (notice) void dialog.showMessageBox(mainWindow, { type: 'info', title: 'Briefing Book', ...notice });
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents));
  app.whenReady().then(start).catch(fail);
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!service) return;
    event.preventDefault();
    const closing = service;
    service = null;
    // The quit backup (only if the store changed) and the close each have a time limit:
    // a backups folder on a drive that stopped answering must not keep the app from quitting.
    closing
      .backupOnQuit(10_000)
      .then(() => closing.close(5_000))
      .finally(() => app.quit());
  });
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const settingsFile = path.join(userData, 'settings.json');
  const settings = loadSettings(settingsFile);
  nativeTheme.themeSource = settings.theme;

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));

  protocol.handle(SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== HOST) return new Response('Not found', { status: 404 });
    const asset = await readAppAsset(rendererRoot, request.url);
    return new Response(new Uint8Array(asset.body), { status: asset.status, headers: asset.headers });
  });

  const storePath = requestedStore;
  try {
    service = await startService({
      storePath,
      workerFile: path.join(__dirname, 'worker.cjs'),
      ports: {
        openExternal: (url) => shell.openExternal(url),
        emit: (event, payload) => mainWindow?.webContents.send(IPC_EVENT, event, payload),
        chooseImportFile: async () => {
          const options: Electron.OpenDialogOptions = {
            title: 'Import chronology',
            properties: ['openFile'],
            filters: [
              { name: 'Chronologies', extensions: ['txt', 'md', 'csv', 'json'] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        chooseExportFile: async (format, suggestedName) => {
          const options: Electron.SaveDialogOptions = {
            title: 'Export events',
            defaultPath: path.join(app.getPath('documents'), suggestedName),
            filters: [format === 'csv' ? { name: 'CSV', extensions: ['csv'] } : { name: 'JSON', extensions: ['json'] }],
            properties: ['showOverwriteConfirmation', 'createDirectory'],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        chooseBackupFile: async (suggestedPath) => {
          const options: Electron.SaveDialogOptions = {
            title: 'Back up the store',
            defaultPath: suggestedPath,
            filters: [{ name: 'Briefing Book store', extensions: ['sqlite'] }],
            properties: ['showOverwriteConfirmation', 'createDirectory'],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        chooseRestoreFile: async (folder) => {
          const options: Electron.OpenDialogOptions = {
            title: 'Restore from backup',
            defaultPath: folder,
            properties: ['openFile'],
            filters: [
              { name: 'Briefing Book stores and backups', extensions: ['sqlite'] },
              { name: 'All files', extensions: ['*'] },
            ],
          };
          const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
          return result.canceled ? null : (result.filePaths[0] ?? null);
        },
        choosePdfFile: async (suggestedName) => {
          const options: Electron.SaveDialogOptions = {
            title: 'Export briefing PDF',
            defaultPath: path.join(app.getPath('documents'), suggestedName),
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
            properties: ['showOverwriteConfirmation', 'createDirectory'],
          };
          const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
          return result.canceled || !result.filePath ? null : result.filePath;
        },
        renderSheetPdf: (args) =>
          renderSheetPdfInWindow(
            (options) => {
              const win = new BrowserWindow(options);
              printWindows.add(win.webContents);
              return win;
            },
            ORIGIN,
            preloadFile,
            args,
          ),
      },
      // The daily automatic backup is due at most once a day; checking hourly catches it
      // in a session left open for days.
      autoBackupCheckMs: 60 * 60 * 1000,
      assetsDir: path.join(app.getAppPath(), 'assets'),
      identity: { name: app.getName(), version: app.getVersion(), shell: 'electron' },
      trustedOrigin: ORIGIN,
    });
  } catch (e) {
    await showStoreError(storePath, e as Error);
    app.exit(1);
    return;
  }

  const dispatch = service.dispatch;
  ipcMain.handle(IPC_INVOKE, (event, channel: unknown, payload: unknown) => {
    const frame = event.senderFrame;
    // A frame that navigated away or was destroyed reports null: treat it as untrusted.
    return dispatch(channel, payload, { url: frame?.url ?? null, isMainFrame: frame != null && frame.parent === null, readOnly: printWindows.has(event.sender) });
  });

  Menu.setApplicationMenu(
    buildMenu({
      command: (command: AppCommand) => mainWindow?.webContents.send(IPC_EVENT, 'command', command),
      openDataFolder: () => void shell.openPath(path.dirname(storePath)),
      toggleDarkMode: () => {
        const theme = nativeTheme.shouldUseDarkColors ? 'light' : 'dark';
        nativeTheme.themeSource = theme;
        saveSettings(settingsFile, { ...settings, theme });
      },
      about: () =>
        void dialog.showMessageBox({
          type: 'info',
          title: 'About Briefing Book',
          message: `Briefing Book ${app.getVersion()}`,
          detail: `Electron ${process.versions.electron} · Node ${process.versions.node}\nStore: ${storePath}`,
        }),
    }, { platform: process.platform, devTools }),
  );

  createWindow(path.join(userData, 'window-state.json'));
}

function createWindow(stateFile: string): void {
  const saved = loadWindowState(stateFile);
  const bounds = visibleBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Briefing Book',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16181d' : '#fbfaf7',
    webPreferences: appWebPreferences(preloadFile, { devTools }),
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  // Autosave may still hold the last keystrokes: ask the page to save them, then close.
  let flushed = false;
  win.on('close', (event) => {
    if (!flushed && service) {
      event.preventDefault();
      void service.flushPage().finally(() => {
        flushed = true;
        if (!win.isDestroyed()) win.close();
      });
      return;
    }
    const b = win.getNormalBounds();
    try {
      saveWindowState(stateFile, { ...b, maximized: win.isMaximized() });
    } catch (e) {
      console.error(`[window] could not remember the window position: ${(e as Error).message}`);
    }
  });
  win.on('closed', () => (mainWindow = null));
  void win.loadURL(`${ORIGIN}/index.html`);
  mainWindow = win;
}

/** Electron's security checklist for every web contents the app creates; the decisions are in ./web-policy.ts. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(contents.getURL(), url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowRedirect(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    if (!shouldAllowWebview()) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(refusedWindowMessage(url));
    return windowOpenDecision(url);
  });
}

async function showStoreError(storePath: string, error: Error): Promise<void> {
  const choice = await dialog.showMessageBox({
    type: 'error',
    title: 'Briefing Book cannot open its store',
    message: 'Briefing Book cannot open its store.',
    detail: `${error.message}\n\nStore: ${storePath}\nTo use another file, start Briefing Book with --db /path/to/file.sqlite or set BRIEFING_DB.`,
    buttons: ['Quit', 'Show File'],
    defaultId: 0,
  });
  if (choice.response === 1) shell.showItemInFolder(storePath);
}

function fail(e: unknown): void {
  console.error(e);
  app.exit(1);
}
