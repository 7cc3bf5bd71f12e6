/**
 * The running page refuses what its Content-Security-Policy forbids: inline and injected
 * script, eval and its relatives, inline styles and every request outside the app.
 * electron/security-checklist.test.ts checks the policy text; this checks it takes effect.
 */
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../electron/app-assets.ts';
import { launchApp } from './support/launch-app.ts';

interface Probe {
  name: string;
  outcome: string;
}

test('the page is served with the policy and refuses inline script, eval, new Function and remote requests', async () => {
  const app = await launchApp();
  try {
    const served = await app.page.reload();
    expect(served?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await expect(app.page.getByRole('heading', { name: 'No events yet' })).toBeVisible();

    const result = await app.page.evaluate(
      () =>
        new Promise<{ probes: Probe[]; violations: string[] }>((resolve) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
          const w = window as unknown as Record<string, unknown>;
          // Code evaluated by DevTools itself is exempt from the policy's eval rule, so the
          // probes run in a later task, as the page's own code would.
          setTimeout(async () => {
            const probes: Probe[] = [];
            const attempt = (name: string, run: () => unknown) => {
              try {
                run();
                probes.push({ name, outcome: 'ran' });
              } catch (e) {
                probes.push({ name, outcome: (e as Error).name });
              }
            };
            // The rules forbid these sinks in the app's code; here they are the attack under test.
            // eslint-disable-next-line no-eval -- probing that the policy refuses eval
            attempt('eval', () => (0, eval)('1 + 1'));
            // eslint-disable-next-line no-new-func -- probing that the policy refuses new Function
            attempt('new Function', () => new Function('return 1')());
            attempt('setTimeout with a string', () => (setTimeout as unknown as (code: string) => void)('window.__fromString = true'));

            const inline = document.createElement('script');
            inline.textContent = 'window.__inline = true';
            document.head.append(inline);

            const handler = document.createElement('img');
            handler.setAttribute('onerror', 'window.__handler = true');
            handler.src = 'data:,not an image';
            document.body.append(handler);

            const dataScript = document.createElement('script');
            dataScript.src = 'data:text/javascript,window.__dataScript = true';
            document.head.append(dataScript);

            const styled = document.createElement('div');
            styled.setAttribute('style', 'color: rgb(1, 2, 3)');
            document.body.append(styled);

            for (const [name, url] of [
              ['fetch https://example.com', 'https://example.com/'],
              ['fetch http://127.0.0.1', 'http://127.0.0.1:9/'],
            ] as const) {
              try {
                await fetch(url);
                probes.push({ name, outcome: 'ran' });
              } catch (e) {
                probes.push({ name, outcome: (e as Error).name });
              }
            }
            await new Promise((r) => setTimeout(r, 200));
            probes.push({ name: 'string timer', outcome: w.__fromString ? 'ran' : 'refused' });
            probes.push({ name: 'inline script', outcome: w.__inline ? 'ran' : 'refused' });
            probes.push({ name: 'inline handler', outcome: w.__handler ? 'ran' : 'refused' });
            probes.push({ name: 'data: script', outcome: w.__dataScript ? 'ran' : 'refused' });
            probes.push({ name: 'style attribute', outcome: getComputedStyle(styled).color === 'rgb(1, 2, 3)' ? 'ran' : 'refused' });
            handler.remove();
            styled.remove();
            resolve({ probes, violations });
          }, 0);
        }),
    );

    expect(result.probes).toEqual([
      { name: 'eval', outcome: 'EvalError' },
      { name: 'new Function', outcome: 'EvalError' },
      { name: 'setTimeout with a string', outcome: 'ran' },
      { name: 'fetch https://example.com', outcome: 'TypeError' },
      { name: 'fetch http://127.0.0.1', outcome: 'TypeError' },
      { name: 'string timer', outcome: 'refused' },
      { name: 'inline script', outcome: 'refused' },
      { name: 'inline handler', outcome: 'refused' },
      { name: 'data: script', outcome: 'refused' },
      { name: 'style attribute', outcome: 'refused' },
    ]);
    // Each refusal was the policy's doing, not a network error or a typo in the probe.
    const directives = result.violations.map((v) => v.split(' ')[0]);
    expect(directives).toEqual(expect.arrayContaining(['script-src', 'script-src-elem', 'script-src-attr', 'style-src-attr', 'connect-src']));
    expect(result.violations).toEqual(expect.arrayContaining(['script-src eval', 'connect-src https://example.com/']));
    // The harness saw no request leave the app either (under Electron the policy alone stops them).
    expect(app.blockedRequests).toEqual([]);
  } finally {
    await app.close();
  }
});
