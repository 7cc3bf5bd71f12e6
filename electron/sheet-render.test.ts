import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SheetRenderError, waitForSheetReady, withinTimeLimit, type SheetStatus } from './sheet-render.ts';

const status = (state: string | null, extra: Partial<SheetStatus> = {}): SheetStatus => ({ state, error: null, pages: null, ...extra });

test('waiting ends when the sheet says ready, after loading states', async () => {
  const states = [status(null), status('loading'), status('loading'), status('ready', { pages: '31' })];
  let reads = 0;
  const ready = await waitForSheetReady(async () => states[Math.min(reads++, states.length - 1)]!, () => false, 1);
  assert.equal(ready.pages, '31');
  assert.equal(reads, 4);
});

test("the sheet's own error message is passed on", async () => {
  await assert.rejects(
    waitForSheetReady(async () => status('error', { error: ' The briefing is in the trash. ' }), () => false, 1),
    (e: unknown) => e instanceof SheetRenderError && e.kind === 'sheet' && e.message === 'The briefing is in the trash.',
  );
  await assert.rejects(
    waitForSheetReady(async () => status('error'), () => false, 1),
    (e: unknown) => e instanceof SheetRenderError && e.message === 'the sheet could not be laid out',
  );
});

test('a print that hangs is given up after the time limit, and the wait loop stops', async () => {
  let reads = 0;
  const started = performance.now();
  await assert.rejects(
    withinTimeLimit(120, (expired) => waitForSheetReady(async () => (reads++, status('loading')), expired, 5)),
    (e: unknown) => e instanceof SheetRenderError && e.kind === 'timeout' && /within 0.12 s/.test(e.message),
  );
  assert.ok(performance.now() - started < 1000);
  const readsAtTimeout = reads;
  await new Promise((r) => setTimeout(r, 50));
  assert.ok(reads <= readsAtTimeout + 1, 'polling stopped once the time was up');

  await assert.rejects(withinTimeLimit(30, () => new Promise(() => {})), (e: unknown) => e instanceof SheetRenderError && e.kind === 'timeout');
  assert.equal(await withinTimeLimit(1000, async () => 'printed'), 'printed');
});
