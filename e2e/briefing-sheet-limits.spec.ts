/**
 * The sheet under bad input: an empty briefing, hostile markdown, US Letter paper, and the
 * largest briefing the store allows (2,000 cited events; 10,000 are refused with the limit).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Briefing } from '../contract/briefings.ts';
import { MAX_CITATIONS_PER_BRIEFING } from '../contract/briefings.ts';
import { SHEET_PAGES_ATTRIBUTE } from '../contract/print-sheet.ts';
import { bridgeCall, openPrintSheet, pdfPages, pdfToPngs } from './support/briefing-sheet.ts';
import { withSample } from './support/sample.ts';

const tempPdf = (name: string) => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), name);

test('an empty briefing prints one page that says so; Letter paper prints at 8.5 × 11 in', async () => {
  await withSample(async ({ page }) => {
    const b = await bridgeCall<Briefing>(page, 'createBriefing', { briefing: { title: 'Nothing yet', paper: 'letter', marking: 'DRAFT' } });
    const sheet = await openPrintSheet(page, b.id);
    await expect(sheet.locator('html')).toHaveAttribute('data-sheet-state', 'ready');
    const file = tempPdf('empty.pdf');
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pages = pdfPages(file);
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('This briefing has no key points or sections with text yet.');
    expect(pages[0]!.match(/DRAFT/g)).toHaveLength(2);
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts/);
    await sheet.close();
  });
});

test('script, raw HTML and unsafe links in a section print as inert text', async () => {
  await withSample(async ({ page }) => {
    const b = await bridgeCall<Briefing>(page, 'createBriefing', { briefing: { title: 'Hostile text' } });
    const body = [
      '<script>window.__ran = 1</script>',
      '<img src=x onerror="window.__ran = 2">',
      '[click me](javascript:window.__ran=3) and [a file](file:///etc/passwd) and [the ministry](https://www.mofa.go.jp/)',
    ].join('\n\n');
    await bridgeCall(page, 'updateBriefingSection', { id: b.sections[0]!.id, body });
    const sheet = await openPrintSheet(page, b.id);
    await expect(sheet.locator('html')).toHaveAttribute('data-sheet-state', 'ready');
    expect(await sheet.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
    const root = sheet.locator('.sheet-pages');
    await expect(root.locator('script, img, iframe')).toHaveCount(0);
    expect(await root.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['https://www.mofa.go.jp/']);
    const file = tempPdf('hostile.pdf');
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const text = pdfPages(file).join('\n');
    expect(text).toContain('<script>window.__ran = 1</script>');
    expect(text).toContain('click me');
    await sheet.close();
  });
});

test('10,000 events are refused with the limit; 2,000 cited events lay out and print without a hang', async () => {
  test.setTimeout(240_000);
  await withSample(async ({ page }) => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      dateStart: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      summary: `Working-level consultation number ${i + 1} between the two foreign ministries on regional security and trade.`,
    }));
    const { ids } = await bridgeCall<{ ids: number[] }>(page, 'addEvents', { events });
    const b = await bridgeCall<Briefing>(page, 'createBriefing', { briefing: { title: 'Everything at once', template: 'briefing-book' } });
    const section = b.sections[0]!.id;
    await expect(bridgeCall(page, 'citeEvents', { sectionId: section, target: { ids } })).rejects.toThrow(
      `A briefing can cite at most ${MAX_CITATIONS_PER_BRIEFING.toLocaleString('en-US')} events`,
    );
    expect((await bridgeCall<Briefing>(page, 'getBriefing', { id: b.id })).sections[0]!.citations).toHaveLength(0);

    await bridgeCall(page, 'citeEvents', { sectionId: section, target: { ids: ids.slice(0, MAX_CITATIONS_PER_BRIEFING) } });
    const started = Date.now();
    const sheet = await openPrintSheet(page, b.id);
    await expect(sheet.locator('html')).toHaveAttribute('data-sheet-state', 'ready');
    const laidOutMs = Date.now() - started;
    const pages = Number(await sheet.locator('html').getAttribute(SHEET_PAGES_ATTRIBUTE));
    const file = tempPdf('2000.pdf');
    const printStarted = Date.now();
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const printMs = Date.now() - printStarted;
    console.log(`[sheet] 2,000 cited events: ${pages} pages laid out in ${laidOutMs} ms, printed in ${printMs} ms`);
    expect(pdfPages(file)).toHaveLength(pages);
    pdfToPngs(file, 'two-thousand', 30).slice(0);
    await sheet.close();
  });
});
