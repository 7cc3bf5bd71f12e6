/**
 * Electron's security checklist, one test per item that can be checked outside Electron.
 * The running page's side (the CSP refusing inline script, eval and the network) is in
 * e2e/security-checklist.spec.ts; docs/ARCHITECTURE.md "Security checklist" maps each item.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY } from './app-assets.ts';
import { isTrustedSender } from './dispatch.ts';
import { parseExternalUrl } from './external-url.ts';
import { permissionDecision, shouldAllowNavigation, shouldAllowRedirect, shouldAllowWebview, windowOpenDecision } from './web-policy.ts';
import { appWebPreferences } from './web-preferences.ts';

// js-yaml ships no types; the one function used is typed here.
const { load: loadYaml } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const repoFile = (name: string) => fs.readFileSync(new URL(`../${name}`, import.meta.url), 'utf8');

const APP_PAGE = 'app://briefing/index.html';

/* --- Content-Security-Policy ------------------------------------------------------------ */

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // As browsers do: a repeated directive is ignored after its first appearance.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

function metaPolicy(): string {
  const html = repoFile('renderer/index.html');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/gi)];
  assert.equal(metas.length, 1, 'renderer/index.html carries exactly one CSP meta tag');
  return metas[0]![1]!;
}

// Directives a <meta> policy cannot carry (the CSP spec ignores them there), so only the header has them.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

test('CSP: the header and the page meta tag are both present and say the same', () => {
  const header = parsePolicy(CONTENT_SECURITY_POLICY);
  const meta = parsePolicy(metaPolicy());
  const headerForMeta = new Map([...header].filter(([name]) => !HEADER_ONLY.has(name)));
  assert.deepEqual(meta, headerForMeta);
  assert.deepEqual(header.get('frame-ancestors'), ["'none'"], 'the header forbids framing the app');
});

/** Every source that is not 'self', 'none' or (for images only) data:, as "directive source". */
function looseSources(policy: Policy): string[] {
  const loose: string[] = [];
  for (const [directive, sources] of policy) {
    for (const s of sources) {
      if (!(s === "'self'" || s === "'none'" || (s === 'data:' && directive === 'img-src'))) loose.push(`${directive} ${s}`);
    }
  }
  return loose;
}

test('CSP: strict — default none, no unsafe keywords, no remote or wildcard origin', () => {
  for (const [source, policy] of [['header', parsePolicy(CONTENT_SECURITY_POLICY)], ['meta', parsePolicy(metaPolicy())]] as const) {
    assert.deepEqual(policy.get('default-src'), ["'none'"], `${source}: default-src`);
    assert.deepEqual(policy.get('script-src'), ["'self'"], `${source}: script-src`);
    assert.deepEqual(policy.get('style-src'), ["'self'"], `${source}: style-src`);
    assert.deepEqual(policy.get('connect-src'), ["'none'"], `${source}: connect-src`);
    assert.deepEqual(policy.get('object-src'), ["'none'"], `${source}: object-src`);
    assert.deepEqual(policy.get('base-uri'), ["'none'"], `${source}: base-uri`);
    assert.deepEqual(policy.get('form-action'), ["'none'"], `${source}: form-action`);
    assert.deepEqual(looseSources(policy), [], source);
  }
});

test('CSP: the strictness check catches a loosened policy', () => {
  for (const [directive, sources] of [
    ['script-src', ["'self'", "'unsafe-inline'"]],
    ['script-src', ["'self'", "'unsafe-eval'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['script-src', ["'self'", 'data:']],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['connect-src', ['https://example.com']],
    ['img-src', ['*']],
    ['font-src', ['https:']],
  ] as const) {
    const policy = parsePolicy(CONTENT_SECURITY_POLICY);
    policy.set(directive, [...sources]);
    assert.notDeepEqual(looseSources(policy), [], `${directive} ${sources.join(' ')}`);
  }
});

/* --- Navigation, redirects, webviews, new windows, permissions --------------------------- */

test('navigation: a page may reload itself and go nowhere else', () => {
  assert.equal(shouldAllowNavigation(APP_PAGE, APP_PAGE), true);
  for (const target of [
    'app://briefing/other.html',
    'app://briefing/index.html?x=1',
    'app://briefing.evil/index.html',
    'app://evil/index.html',
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    '',
    'not a url',
  ]) {
    assert.equal(shouldAllowNavigation(APP_PAGE, target), false, target);
  }
  // A contents with no page yet (or an unreadable URL) cannot be navigated either.
  assert.equal(shouldAllowNavigation('', ''), false);
  assert.equal(shouldAllowNavigation('not a url', 'not a url'), false);
});

test('redirects and <webview> are refused', () => {
  for (const url of [APP_PAGE, 'https://example.com/', 'file:///etc/passwd']) assert.equal(shouldAllowRedirect(url), false, url);
  assert.equal(shouldAllowWebview(), false);
  assert.equal(appWebPreferences('/p.cjs').webviewTag, false);
});

test('window.open and target=_blank links are denied, whatever the URL', () => {
  for (const url of [APP_PAGE, 'https://www.mofa.go.jp/', 'about:blank', 'file:///etc/passwd', 'javascript:alert(1)', '']) {
    assert.deepEqual(windowOpenDecision(url), { action: 'deny' }, url);
  }
});

test('every permission request and check is denied', () => {
  // Electron's permission names (session.setPermissionRequestHandler / setPermissionCheckHandler).
  for (const permission of [
    'clipboard-read',
    'clipboard-sanitized-write',
    'display-capture',
    'fullscreen',
    'geolocation',
    'idle-detection',
    'media',
    'mediaKeySystem',
    'midi',
    'midiSysex',
    'notifications',
    'pointerLock',
    'keyboardLock',
    'openExternal',
    'speaker-selection',
    'storage-access',
    'top-level-storage-access',
    'window-management',
    'unknown',
    'hid',
    'serial',
    'usb',
    'fileSystem',
    'a permission Electron adds next year',
  ]) {
    assert.equal(permissionDecision(permission), false, permission);
  }
});

test('web preferences: isolated, sandboxed, no Node, web security on', () => {
  const prefs = appWebPreferences('/app/preload.cjs');
  assert.equal(prefs.preload, '/app/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames ?? false, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.experimentalFeatures ?? false, false);
  assert.equal(prefs.enableBlinkFeatures ?? '', '');
});

/* --- IPC sender check -------------------------------------------------------------------- */

test('sender check: only the main frame of app://briefing is trusted', () => {
  const origin = 'app://briefing';
  assert.equal(isTrustedSender({ url: APP_PAGE, isMainFrame: true }, origin), true);
  assert.equal(isTrustedSender({ url: 'app://briefing/index.html#print/3', isMainFrame: true }, origin), true);
  for (const sender of [
    { url: APP_PAGE, isMainFrame: false },
    { url: 'app://briefing/frame.html', isMainFrame: false },
    { url: 'https://evil.example/', isMainFrame: true },
    { url: 'https://evil.example/', isMainFrame: false },
    { url: 'app://briefing.evil.example/index.html', isMainFrame: true },
    { url: 'app://evil.example/briefing/index.html', isMainFrame: true },
    { url: 'app://user@briefing.evil/index.html', isMainFrame: true },
    { url: 'http://briefing/index.html', isMainFrame: true },
    { url: 'file:///app/index.html', isMainFrame: true },
    { url: 'about:blank', isMainFrame: true },
    { url: 'data:text/html,hi', isMainFrame: true },
    { url: '', isMainFrame: true },
    { url: null, isMainFrame: true },
    { url: null, isMainFrame: false },
  ]) {
    assert.equal(isTrustedSender(sender, origin), false, JSON.stringify(sender));
  }
});

/* --- shell.openExternal ------------------------------------------------------------------ */

test('openExternal: only http(s) links with a host and no credentials', () => {
  assert.equal(parseExternalUrl('https://www.mofa.go.jp/press/release/'), 'https://www.mofa.go.jp/press/release/');
  assert.equal(parseExternalUrl('HTTP://Example.ORG/a'), 'http://example.org/a');
  for (const bad of [
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'file://server/share/doc.pdf',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://example.com/1234',
    'smb://server/share',
    'ms-settings:privacy',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=secret',
    'mailto:someone@example.com',
    'ftp://example.com/file',
    'app://briefing/index.html',
    'chrome://settings',
    'https://user:password@example.com/',
    'https://user@example.com/',
    'https://:password@example.com/',
    'https://www.state.gov@evil.example/',
    'https://',
    '//example.com/',
    '\\\\server\\share',
    '/etc/passwd',
    '',
    'not a url',
  ]) {
    assert.equal(parseExternalUrl(bad), null, bad);
  }
});

/* --- Fuses ------------------------------------------------------------------------------- */

interface BuilderConfig {
  extends?: string;
  directories?: Record<string, unknown>;
  electronFuses?: Record<string, boolean>;
  [key: string]: unknown;
}

const RELEASE_FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};

test('fuses: release builds turn off runAsNode, NODE_OPTIONS and inspect, and turn on cookie encryption and ASAR integrity', () => {
  const release = loadYaml(repoFile('electron-builder.yml')) as BuilderConfig;
  assert.equal(release.asar, true, 'the ASAR fuses need the app packed in an ASAR');
  for (const [fuse, value] of Object.entries(RELEASE_FUSES)) assert.equal(release.electronFuses?.[fuse], value, fuse);
  // The file protocol is not used by the app; it must not get extra privileges either.
  assert.equal(release.electronFuses?.grantFileProtocolExtraPrivileges, false);
});

test('fuses: the e2e build differs from the release build only by keeping the inspector', () => {
  const release = loadYaml(repoFile('electron-builder.yml')) as BuilderConfig;
  const e2e = loadYaml(repoFile('electron-builder.e2e.yml')) as BuilderConfig;
  assert.equal(e2e.extends, './electron-builder.yml');
  // Besides the fuse, only where the build is written may differ (so it never overwrites a release).
  assert.deepEqual(Object.keys(e2e).sort(), ['directories', 'electronFuses', 'extends']);
  assert.deepEqual(Object.keys(e2e.directories ?? {}), ['output']);
  assert.notEqual(e2e.directories?.output, release.directories?.output);
  assert.deepEqual(e2e.electronFuses, { enableNodeCliInspectArguments: true });
  // electron-builder merges `extends` key by key: the resulting fuses are the release ones but one.
  const merged = { ...release.electronFuses, ...e2e.electronFuses };
  assert.deepEqual(merged, { ...release.electronFuses, enableNodeCliInspectArguments: true });
});

test('fuses: `npm run dist` packages with the release config, and only dist:e2e with the e2e one', () => {
  const scripts = (JSON.parse(repoFile('package.json')) as { scripts: Record<string, string> }).scripts;
  // scripts/dist.ts passes its arguments to electron-builder (adding only electronDist).
  assert.match(scripts.dist ?? '', /node scripts\/dist\.ts --config electron-builder\.yml\b/);
  assert.match(repoFile('scripts/dist.ts'), /spawn\(bin, args,/);
  const usingE2e = Object.entries(scripts).filter(([, command]) => command.includes('electron-builder.e2e.yml'));
  assert.deepEqual(usingE2e.map(([name]) => name), ['dist:e2e']);
});
