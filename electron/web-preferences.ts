/** The locked-down settings of every window that shows the app's page (Electron's security checklist). */
export function appWebPreferences(preload: string, options: { devTools?: boolean } = {}): Electron.WebPreferences {
  return {
    preload,
    // Off in packaged builds (see devToolsAllowed): no shortcut or call can open them.
    devTools: options.devTools ?? false,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
  };
}
