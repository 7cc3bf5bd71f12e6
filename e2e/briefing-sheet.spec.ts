/**
 * The briefing sheet as it prints: a Client note built from the sample data is laid out, printed
 * by Chromium exactly as the export prints it, and read back from the PDF.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Briefing, Section } from '../contract/briefings.ts';
import type { Response } from '../contract/channels.ts';
import { methods } from '../contract/methods.ts';
import { formatDateRange } from '../renderer/src/format.ts';
import { buildLargeBriefing, type CallChannel } from '../bench/briefing-fixture.ts';
import { bridgeCall, openPrintSheet, pdfInternalLinks, pdfPages, pdfToPngs } from './support/briefing-sheet.ts';
import { withSample } from './support/sample.ts';

async function findEvent(page: import('@playwright/test').Page, search: string): Promise<number> {
  const { rows } = await bridgeCall<{ rows: Array<{ id: number; summary: string }> }>(page, 'queryEvents', { filter: { search }, limit: 5 });
  expect(rows.length, `an event matching ${search}`).toBeGreaterThan(0);
  return rows[0]!.id;
}

test('a Client note prints on two pages with its key points, cited events and note', async () => {
  await withSample(async (app) => {
    const { page } = app;
    let b = await bridgeCall<Briefing>(page, 'createBriefing', {
      briefing: {
        title: 'Japan–US relations, January to April 2023',
        subtitle: 'Alliance modernisation gathers pace',
        marking: 'CLIENT CONFIDENTIAL',
        author: 'R. Analyst',
        date: '2023-05-02',
        subject: ['JP', 'US'],
        period: { from: '2023-01-01', to: '2023-04-30' },
        keyPoints: [
          'The January 2+2 and summit set the year’s agenda for a more integrated alliance.',
          'Tokyo and Seoul reopened leader-level visits, easing trilateral coordination with Washington.',
          'Export controls on chipmaking tools align Japan with US policy on China.',
        ],
      },
    });
    const [diplomacy, security, economy, politics] = b.sections as [Section, Section, Section, Section];
    const texts: Record<number, string> = {
      [diplomacy.id]: 'Leaders and ministers met at an unusual tempo. The **summit in Washington** framed the year, and the ministers’ meetings that followed filled in the detail.',
      [security.id]: 'The alliance’s command arrangements and counterstrike capabilities dominated the security talks, with new attention to space and cyber.',
      [economy.id]: 'Economic security moved to the centre: supply chains for semiconductors, critical minerals and export controls.',
      [politics.id]: 'At home, the prime minister’s approval recovered in the spring, giving room for the defence budget debate.',
    };
    for (const [id, body] of Object.entries(texts)) await bridgeCall(page, 'updateBriefingSection', { id: Number(id), body });
    const cited = {
      [diplomacy.id]: await findEvent(page, 'Kishida White House'),
      [security.id]: await findEvent(page, 'Security Consultative Committee'),
      [economy.id]: await findEvent(page, 'chipmaking'),
      [politics.id]: await findEvent(page, 'Yoon Tokyo twelve'),
    };
    const noteText = 'The Tokyo summit ended a long freeze; watch whether the shuttle diplomacy survives the summer.';
    await bridgeCall(page, 'createNote', { target: { eventId: cited[politics.id] }, body: noteText });
    for (const [sectionId, id] of Object.entries(cited)) {
      await bridgeCall(page, 'citeEvents', { sectionId: Number(sectionId), target: { ids: [id] }, withNotes: Number(sectionId) === politics.id });
    }
    b = await bridgeCall<Briefing>(page, 'getBriefing', { id: b.id });

    // Export PDF… from the composer, to the file the save dialog answers.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), 'client-note.pdf');
    await app.answerDialogs({ pdfFile: file });
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Briefings', exact: true }).click();
    await page.getByRole('button', { name: b.title, exact: true }).click();
    const preview = page.getByTestId('sheet-preview');
    await expect(preview.getByRole('status')).toHaveText(/^2 pages · A4/);
    await expect(preview.locator('.sheet-page')).toHaveCount(2);
    await app.screenshot('briefing-composer-client-note');
    await page.getByRole('button', { name: 'Export PDF…' }).click();
    await expect(page.getByText(`Saved to ${file} (2 pages).`)).toBeVisible({ timeout: 30_000 });

    const pages = pdfPages(file);
    pdfToPngs(file, 'client-note', 80);
    expect(pages).toHaveLength(2);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const p of pages) expect(p.match(/CLIENT CONFIDENTIAL/g)?.length).toBe(2);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of 2`));
    expect(all).toContain('Japan–US relations, January to April 2023');
    for (const k of b.keyPoints) expect(all).toContain(k.replace(/\s+/g, ' '));
    for (const s of b.sections) {
      for (const c of s.citations) {
        expect(all).toContain(c.snapshot.summary.replace(/\s+/g, ' '));
        expect(all).toContain(formatDateRange(c.snapshot.dateStart, c.snapshot.dateEnd, c.snapshot.precision));
      }
    }
    expect(all).toContain(noteText);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/^Title:\s+Japan–US relations, January to April 2023$/m);
    expect(info).toMatch(/^Author:\s+R\. Analyst$/m);
    expect(info).toMatch(/^Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)$/m);

    // Print… from the composer prints the preview's pages and nothing else of the window.
    const printed = path.join(path.dirname(file), 'printed.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    const printedPages = pdfPages(printed);
    expect(printedPages).toHaveLength(2);
    expect(printedPages.join('\n').replace(/\s+/g, ' ')).toBe(pages.join('\n').replace(/\s+/g, ' '));
    // Fonts and everything else came from the app itself: nothing was asked of the network.
    if (app.mode === 'chromium') expect(app.blockedRequests).toEqual([]);
  });
});

test('a Briefing book of about 30 pages exports with a cover, a working contents page, charts and a chronology', async () => {
  test.setTimeout(180_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-'));
  await withSample(
    async (app) => {
      const { page } = app;
      const call: CallChannel = (channel, request) => bridgeCall(page, methods[channel], request);
      // The bench's book: 6 sections of 4 paragraphs, 20 cited events each, every fifth with a note.
      const built = await buildLargeBriefing(call, { sections: 6, citationsPerSection: 20 });
      let b = await bridgeCall<Briefing>(page, 'getBriefing', { id: built.id });
      const period = { from: '2023-01-01', to: '2023-04-30' };
      await bridgeCall(page, 'updateBriefingSection', { id: b.sections[0]!.id, chart: { kind: 'country-per-month', countries: ['JP'], period } });
      await bridgeCall(page, 'updateBriefingSection', { id: b.sections[1]!.id, chart: { kind: 'pair-intensity', countries: ['JP', 'US'], period } });
      b = await bridgeCall<Briefing>(page, 'getBriefing', { id: b.id });

      const done = await bridgeCall<Response<'briefings:export-pdf'>>(page, methods['briefings:export-pdf'], { id: b.id });
      if (done.cancelled) throw new Error('the export was cancelled');
      console.log(`[sheet] book: ${done.pages} pages exported in ${Math.round(done.ms)} ms`);
      const file = done.path;
      const pages = pdfPages(file);
      pdfToPngs(file, 'briefing-book', 50);
      expect(pages).toHaveLength(done.pages);
      expect(pages.length).toBeGreaterThanOrEqual(25);
      expect(pages.length).toBeLessThanOrEqual(40);
      expect(pages[0]!.replace(/\s+/g, ' ')).toContain(b.title);
      expect(pages[1]).toContain('Contents');
      for (const p of pages) expect(p.match(/CLIENT CONFIDENTIAL/g)?.length).toBe(2);
      pages.slice(1).forEach((p, i) => expect(p).toContain(`Page ${i + 2} of ${pages.length}`));

      // Every contents entry links to the page its heading is printed on, and says that page number.
      const links = (await pdfInternalLinks(file)).filter((l) => l.page === 2);
      const titles = ['Key points', ...b.sections.map((s) => s.title), 'Chronology of cited events', 'Sources'];
      expect(links.map((l) => l.targetPage !== null)).toEqual(titles.map(() => true));
      titles.forEach((title, i) => {
        const target = links[i]!.targetPage!;
        const line = pages[1]!.split('\n').find((l) => l.trim().startsWith(title));
        expect(line, `contents line for ${title}`).toBeTruthy();
        expect(Number(line!.trim().split(/\s+/).at(-1)), `page number printed for ${title}`).toBe(target);
        expect(pages[target - 1], `${title} printed on page ${target}`).toMatch(new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'm'));
      });

      // The appendix lists every cited event once, in date order: the first and the last are there.
      const chronology = await bridgeCall<Array<{ snapshot: { summary: string } }>>(page, 'briefingChronology', { id: b.id });
      expect(chronology).toHaveLength(120);
      const appendix = pages.slice(links.at(-2)!.targetPage! - 1).join('\n').replace(/\s+/g, ' ');
      for (const entry of [chronology[0]!, chronology.at(-1)!]) expect(appendix).toContain(entry.snapshot.summary.replace(/\s+/g, ' ').slice(0, 50));
      expect(pages.join('\n')).toContain('Japan: events per month, Jan–Apr 2023');

      // Charts are vector SVG in the sheet, with their figures in words for screen readers.
      const sheet = await openPrintSheet(page, b.id);
      await expect(sheet.locator('.sheet-pages .sheet-chart .recharts-wrapper > svg')).toHaveCount(2);
      await expect(sheet.locator('.sheet-pages .sheet-chart [role="img"]').first()).toHaveAttribute('aria-label', /Jan\w* 2023 \d+, Feb\w* 2023 \d+, Mar\w* 2023 \d+, Apr\w* 2023 \d+/);
      await sheet.close();
    },
    { pdfFile: path.join(folder, 'book.pdf') },
  );
});
