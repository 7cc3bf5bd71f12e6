import assert from 'node:assert/strict';
import { test } from 'node:test';
import { devToolsAllowed, menuTemplate, type MenuActions } from './menu-template.ts';
import { appWebPreferences } from './web-preferences.ts';

const actions: MenuActions = { command() {}, openDataFolder() {}, toggleDarkMode() {}, about() {} };

function roles(items: Electron.MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

function withNodeEnv<T>(value: string | undefined, run: () => T): T {
  const before = process.env.NODE_ENV;
  if (value === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = value;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = before;
  }
}

test('a packaged build offers no developer tools, even with NODE_ENV=development set when it runs', () => {
  for (const env of ['development', 'production', undefined]) {
    withNodeEnv(env, () => {
      const devTools = devToolsAllowed({ isPackaged: true });
      assert.equal(devTools, false, `NODE_ENV=${env}`);
      for (const platform of ['linux', 'win32', 'darwin'] as const) {
        assert.equal(roles(menuTemplate(actions, { platform, devTools })).includes('toggleDevTools'), false, `${platform}, NODE_ENV=${env}`);
      }
      assert.equal(appWebPreferences('/p.cjs', { devTools }).devTools, false, 'nor can a shortcut open them');
    });
  }
});

test('an unpackaged build (npm start from a checkout) offers them, whatever NODE_ENV says', () => {
  for (const env of ['development', 'production', undefined]) {
    withNodeEnv(env, () => {
      const devTools = devToolsAllowed({ isPackaged: false });
      assert.equal(devTools, true, `NODE_ENV=${env}`);
      assert.ok(roles(menuTemplate(actions, { platform: 'linux', devTools })).includes('toggleDevTools'));
      assert.equal(appWebPreferences('/p.cjs', { devTools }).devTools, true);
    });
  }
});
