/**
 * `npm start` on a machine without the Electron binary, as a newcomer runs it: it builds,
 * says why in two lines, and opens the app in a Chromium window — the first screen offers
 * the sample briefing book — then closing the window ends `npm start` cleanly.
 *
 * Needs Chromium (BRIEFING_CHROMIUM, else found on PATH) and a display: under xvfb-run when
 * DISPLAY is unset. Electron's download is pointed at a closed local port, so the run is the
 * same on a machine with network; where node_modules/electron does hold a binary, an empty
 * ELECTRON_OVERRIDE_DIST_PATH hides it. The launcher is told to open the browser's DevTools
 * port, over which this test reads the window.
 *
 *   node --test scripts/npm-start.e2e.ts        (npm run test:start; npm test runs it)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { chromium } from 'playwright';
import { findBrowser } from './launcher/browser.ts';
import { findElectronBinary, thisHost } from './launcher/electron-binary.ts';

const root = path.resolve(import.meta.dirname, '..');
const screens = path.join(root, 'e2e-artifacts', 'screens');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

function waitForOutput(child: ChildProcess, output: () => string, pattern: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`no ${pattern} within ${timeoutMs / 1000} s; output:\n${output()}`)), timeoutMs);
    const check = () => pattern.test(output()) && done();
    const exited = (code: number | null) => done(new Error(`npm start exited (${code}) before ${pattern}; output:\n${output()}`));
    const done = (e?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.stderr?.off('data', check);
      child.off('exit', exited);
      if (e) reject(e);
      else resolve();
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', exited);
    check();
  });
}

const hasXvfb = spawnSync('sh', ['-c', 'command -v xvfb-run'], { encoding: 'utf8' }).status === 0;
const browser = findBrowser(thisHost());
const skip = !browser.found ? 'no Chromium or Chrome on this machine' : !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && !hasXvfb ? 'no display and no xvfb-run' : false;

test('npm start without the Electron binary opens the app in browser mode, and ends when its window is closed', { skip, timeout: 240_000 }, async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-npm-start-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(dir, 'config'),
    XDG_CACHE_HOME: path.join(dir, 'cache'),
    XDG_DOWNLOAD_DIR: path.join(dir, 'downloads'),
    electron_config_cache: path.join(dir, 'electron-cache'),
    ELECTRON_MIRROR: 'http://127.0.0.1:9/',
    BRIEFING_REMOTE_DEBUGGING_PORT: String(port),
  };
  delete env.BRIEFING_DB;
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  if (findElectronBinary(path.join(root, 'node_modules', 'electron'), { ...thisHost(), env })) {
    env.ELECTRON_OVERRIDE_DIST_PATH = fs.mkdtempSync(path.join(dir, 'no-electron-'));
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const [command, args] = env.DISPLAY || env.WAYLAND_DISPLAY ? [npm, ['start']] : ['xvfb-run', ['-a', '-s', '-screen 0 1400x900x24', npm, 'start']];
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  try {
    await waitForOutput(child, () => output, /is open in browser mode/, 180_000);

    // The two lines: why, and the two ways to fix it — and no stack trace.
    const why = /^Briefing Book: no Electron [\d.]+ binary on this machine \((.+)\), so it opens in browser mode in (.+)\.$/m.exec(output);
    assert.ok(why, `the "why" line:\n${output}`);
    assert.match(output, /^To run it in Electron: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron [\d.]+ folder, or put electron-v[\d.]+-\w+-\w+\.zip in .+ \(README, "Air-gapped install"\)\.$/m);
    assert.doesNotMatch(output, /^\s+at /m, 'no stack trace');
    assert.doesNotMatch(output, /Electron failed to install correctly/);

    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    try {
      const page = cdp
        .contexts()
        .flatMap((c) => c.pages())
        .find((p) => p.url().startsWith('http://briefing.localhost/'));
      assert.ok(page, 'the app window is open');
      await page.getByRole('button', { name: 'Load sample briefing book' }).waitFor({ timeout: 30_000 });
      assert.equal(await page.title(), 'Briefing Book (browser mode)');
      fs.mkdirSync(screens, { recursive: true });
      await page.screenshot({ path: path.join(screens, 'npm-start-browser-mode.png') });

      // The analyst's main job, with the page's own dialogs: the sample, an export to
      // Downloads, a chronology chosen with the browser's file picker, a briefing's PDF.
      await page.getByRole('button', { name: 'Load sample briefing book' }).click();
      await page.getByText(/Added \d+ events from the sample briefing book/).waitFor();
      await page.getByRole('button', { name: 'Export CSV' }).click();
      const exported = await page.getByText(/Exported \d+ events to /).innerText();
      const csv = /to (.+\.csv)\./.exec(exported)?.[1];
      assert.equal(path.dirname(csv ?? ''), path.join(dir, 'downloads'), exported);
      assert.match(fs.readFileSync(csv!, 'utf8'), /date_start/);

      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Import' }).click();
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Choose a file…' }).click();
      await (await chooser).setFiles(path.join(root, 'fixtures', 'chronologies', 'japan-korea-history.txt'));
      await page.getByText('japan-korea-history.txt').first().waitFor();

      const pdf = await page.evaluate(async () => {
        const api = (globalThis as unknown as { briefing: import('../contract/bridge.ts').BriefingApi }).briefing;
        const made = await api.createBriefing({ briefing: { title: 'Browser mode check' } });
        if (!made.ok) return made.error.message;
        const out = await api.exportBriefingPdf({ id: made.value.id });
        return out.ok ? (out.value.cancelled ? 'cancelled' : out.value.path) : out.error.message;
      });
      assert.equal(path.dirname(pdf), path.join(dir, 'downloads'), pdf);
      assert.equal(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

      await page.getByRole('button', { name: 'Browser mode' }).click();
      const mode = page.getByTestId('browser-mode');
      await mode.waitFor();
      assert.match(await mode.innerText(), /running in browser mode/);
      assert.match(await mode.innerText(), /Print… goes through the browser’s print dialog/);
      await page.screenshot({ path: path.join(screens, 'npm-start-browser-mode-settings.png') });

      // Back up now saves to the backups folder; a restore is picked from the list.
      await page.getByRole('button', { name: 'Back up now…' }).click();
      await page.getByTestId('backup-outcome').getByText(/Backed up the store to .+backups/).waitFor();
      await page.getByRole('button', { name: 'Restore from backup…' }).click();
      const pick = page.getByRole('combobox', { name: 'Backup to restore' });
      await pick.selectOption({ index: 1 });
      await page.screenshot({ path: path.join(screens, 'npm-start-browser-mode-restore.png') });
      await page.getByRole('button', { name: 'Restore this backup' }).click();
      await page.getByTestId('backup-outcome').getByText(/Restored the store from /).waitFor();

      // A note typed just before the window is closed (within autosave's pause) is kept.
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Events' }).click();
      const firstRow = page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]').first();
      await firstRow.dblclick();
      const detail = page.getByRole('complementary', { name: 'Event detail' });
      await detail.getByRole('button', { name: 'Add a note' }).click();
      await page.getByLabel('Your name').fill('R. Analyst');
      await page.getByRole('button', { name: 'Sign notes with this name' }).click();
      await detail.getByRole('textbox', { name: 'New note text' }).pressSequentially('Closed at once: still saved.', { delay: 10 });

      // The analyst closes the window: npm start saves, backs up if needed, closes the store and ends.
      await page.close({ runBeforeUnload: true });
    } finally {
      await cdp.close().catch(() => {});
    }
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exit, new Promise<string>((r) => (timer = setTimeout(() => r('still running'), 30_000)))]);
    clearTimeout(timer);
    assert.equal(code, 0, `npm start ends with 0 when the window closes; output:\n${output}`);
    const storeFile = path.join(dir, 'config', 'Briefing Book', 'briefing-book.sqlite');
    assert.ok(fs.existsSync(storeFile), 'the store is in the user-data folder');
    const db = new Database(storeFile, { readonly: true });
    try {
      assert.deepEqual(db.prepare("SELECT body FROM notes WHERE body LIKE 'Closed at once%'").all(), [{ body: 'Closed at once: still saved.' }]);
    } finally {
      db.close();
    }
    assert.match(output, /^Briefing Book closed: the store is saved and closed\.$/m);
  } finally {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
