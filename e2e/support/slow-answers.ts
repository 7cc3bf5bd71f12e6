/**
 * Makes chosen answers from the store arrive late, as they can on a busy machine, so a test can
 * decide the order in which the page receives them. Chromium mode only: it wraps the page's
 * transport binding (electron/browser-mode/page-bridge.ts), which the bridge looks up on each call.
 * The store does its work at once; only the delivery of the answer to the page waits.
 */
import type { Page } from '@playwright/test';

export interface SlowAnswer {
  channel: string;
  /** Only requests whose JSON contains this text are slowed; all of the channel's when unset. */
  requestContains?: string;
  delayMs: number;
  /** How many matching requests to slow, from the next one on; all when unset. */
  times?: number;
}

/** Installs the delay; the function it returns tells how many slowed answers the page has received. */
export async function slowAnswers(page: Page, slow: SlowAnswer): Promise<() => Promise<number>> {
  const name = `__slowDelivered${Math.random().toString(36).slice(2)}`;
  await page.evaluate(
    ({ channel, requestContains, delayMs, times, name }) => {
      const w = window as unknown as Record<string, unknown> & { __briefingTransport: (c: string, r: unknown) => Promise<unknown> };
      const real = w.__briefingTransport;
      let left = times ?? Infinity;
      w[name] = 0;
      w.__briefingTransport = async (c, r) => {
        const answer = real(c, r);
        if (c === channel && left > 0 && (requestContains === undefined || JSON.stringify(r).includes(requestContains))) {
          left--;
          await new Promise((res) => setTimeout(res, delayMs));
          // Counted once the page has had the answer (the callers' handlers run first).
          void answer.finally(() => setTimeout(() => void (w[name] = (w[name] as number) + 1), 0));
        }
        return answer;
      };
    },
    { ...slow, name },
  );
  return () => page.evaluate((n) => (window as unknown as Record<string, number>)[n]!, name);
}
