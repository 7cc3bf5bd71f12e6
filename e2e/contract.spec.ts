import { expect, test } from '@playwright/test';
import { methodTable } from '../contract/bridge.ts';
import { launchApp } from './support/launch-app.ts';

test('the page sees exactly the contract: window.briefing, frozen, and no Node', async () => {
  const app = await launchApp();
  try {
    const surface = await app.page.evaluate(() => ({
      keys: Object.keys(window.briefing!).sort(),
      frozen: Object.isFrozen(window.briefing),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      ipcRenderer: typeof (window as unknown as { ipcRenderer?: unknown }).ipcRenderer,
    }));
    expect(surface).toEqual({
      keys: [...methodTable.map(([m]) => m), 'on'].sort(),
      frozen: true,
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  } finally {
    await app.close();
  }
});

test('a malformed payload gets a clear error and the app keeps working', async () => {
  const app = await launchApp();
  try {
    const bad = await app.page.evaluate(() =>
      (window.briefing!.addEvents as (r: unknown) => Promise<unknown>)({ events: [{ dateStart: 'Jan. 11, 2023', summary: 'x' }] }),
    );
    expect(bad).toEqual({
      ok: false,
      error: {
        code: 'BAD_REQUEST',
        message: 'The request to events:add is not valid.',
        issues: ['events.0.dateStart: expected a date written as YYYY-MM-DD', 'events.0.dateStart: not a real calendar date'],
      },
    });
    const wrongType = await app.page.evaluate(() => (window.briefing!.listEvents as (r: unknown) => Promise<unknown>)('everything'));
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    await expect(app.page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
    expect(await app.page.evaluate(() => window.briefing!.listEvents({ offset: 0, limit: 10 }))).toEqual({ ok: true, value: { total: 0, rows: [] } });
  } finally {
    await app.close();
  }
});

test('an unknown channel is refused at the transport (Chromium mode, where the transport is reachable)', async () => {
  const app = await launchApp();
  try {
    // Under Electron the page cannot name a channel at all: ipcRenderer is not exposed.
    if (app.mode === 'chromium') {
      const result = await app.page.evaluate(() =>
        (window as unknown as { __briefingTransport(c: string, p: unknown): Promise<unknown> }).__briefingTransport('events:drop-all', {}),
      );
      expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'There is no channel named "events:drop-all".' } });
    } else {
      expect(await app.page.evaluate(() => typeof (window as unknown as { __briefingTransport?: unknown }).__briefingTransport)).toBe('undefined');
    }
  } finally {
    await app.close();
  }
});

test('inline script and remote connections are blocked by the Content-Security-Policy', async () => {
  const app = await launchApp();
  try {
    const outcome = await app.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      let fetched: 'yes' | 'blocked';
      try {
        await fetch('https://example.org/');
        fetched = 'yes';
      } catch {
        fetched = 'blocked';
      }
      await new Promise((r) => setTimeout(r, 50));
      return { injected: (window as unknown as { __injected?: boolean }).__injected ?? false, fetched, violations };
    });
    expect(outcome.injected).toBe(false);
    expect(outcome.fetched).toBe('blocked');
    // (eval cannot be probed from here: DevTools-evaluated code is exempt. The unit tests check
    // the policy has no 'unsafe-eval'.)
    expect(outcome.violations).toEqual(expect.arrayContaining(['script-src-elem', 'connect-src']));
  } finally {
    await app.close();
  }
});

test('a page from another origin cannot use the bridge (Chromium mode binds every page, so the sender check decides)', async () => {
  const app = await launchApp();
  try {
    if (app.mode === 'chromium') {
      const foreign = await app.page.context().newPage();
      await foreign.route('http://elsewhere.localhost/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>elsewhere</title>' }));
      await foreign.goto('http://elsewhere.localhost/');
      const result = await foreign.evaluate(() =>
        (window as unknown as { briefing: { addEvents(r: unknown): Promise<unknown> } }).briefing.addEvents({
          events: [{ dateStart: '2023-01-01', summary: 'planted by another origin' }],
        }),
      );
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
      await foreign.close();
    }
    expect(await app.page.evaluate(() => window.briefing!.listEvents())).toMatchObject({ ok: true, value: { total: 0 } });
  } finally {
    await app.close();
  }
});
