/**
 * The briefing sheet as it prints: a Client note built from the sample data is laid out, printed
 * by Chromium exactly as the export prints it, and read back from the PDF.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Briefing, Section } from '../contract/briefings.ts';
import { SHEET_PAGES_ATTRIBUTE } from '../contract/print-sheet.ts';
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

    const sheet = await openPrintSheet(page, b.id);
    await expect(sheet.locator('html')).toHaveAttribute('data-sheet-state', 'ready');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), 'client-note.pdf');
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const laidOut = Number(await sheet.locator('html').getAttribute(SHEET_PAGES_ATTRIBUTE));
    const pages = pdfPages(file);
    pdfToPngs(file, 'client-note', 80);
    expect(pages.length).toBe(laidOut);
    expect(pages.length).toBe(2);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    for (const p of pages) expect(p.match(/CLIENT CONFIDENTIAL/g)?.length).toBe(2);
    pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of 2`));
    expect(all).toContain('Japan–US relations, January to April 2023');
    for (const k of b.keyPoints) expect(all).toContain(k.replace(/\s+/g, ' '));
    for (const s of b.sections) for (const c of s.citations) expect(all).toContain(c.snapshot.summary.replace(/\s+/g, ' ').slice(0, 60));
    expect(all).toContain(noteText);
    await sheet.screenshot({ path: path.join('e2e-artifacts', 'screens', 'sheet-client-note.png'), fullPage: true });
    await sheet.close();

    // Print… from the composer prints the preview's pages and nothing else of the window.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Briefings', exact: true }).click();
    await page.getByRole('button', { name: b.title, exact: true }).click();
    await expect(page.getByTestId('sheet-preview').getByRole('status')).toHaveText(/^2 pages · A4/);
    await expect(page.getByTestId('sheet-preview').locator('.sheet-page')).toHaveCount(2);
    await app.screenshot('briefing-composer-client-note');
    const printed = path.join(path.dirname(file), 'printed.pdf');
    await page.pdf({ path: printed, preferCSSPageSize: true, printBackground: true });
    const printedPages = pdfPages(printed);
    expect(printedPages).toHaveLength(2);
    expect(printedPages.join('\n').replace(/\s+/g, ' ')).toBe(pages.join('\n').replace(/\s+/g, ' '));
  });
});

test('a Briefing book has a cover, a contents page whose page numbers and links are right, and a chronology', async () => {
  await withSample(async (app) => {
    const { page } = app;
    let b = await bridgeCall<Briefing>(page, 'createBriefing', {
      briefing: { title: 'The alliance in early 2023', template: 'briefing-book', marking: 'INTERNAL', author: 'R. Analyst', date: '2023-05-02', keyPoints: ['One.', 'Two.'] },
    });
    const paragraph = (n: number) =>
      `Paragraph ${n}. ` + 'Officials of both governments returned again and again to the same agenda of deterrence, supply chains and regional diplomacy, and each meeting added commitments to the last. '.repeat(6);
    for (const s of b.sections) {
      await bridgeCall(page, 'updateBriefingSection', { id: s.id, body: [1, 2, 3, 4].map(paragraph).join('\n\n') });
      await bridgeCall(page, 'citeEvents', { sectionId: s.id, target: { filter: {} }, withNotes: false });
    }
    await bridgeCall(page, 'updateBriefingSection', {
      id: b.sections[0]!.id,
      chart: { kind: 'country-per-month', countries: ['JP'], period: { from: '2023-01-01', to: '2023-04-30' } },
    });
    await bridgeCall(page, 'updateBriefingSection', {
      id: b.sections[1]!.id,
      chart: { kind: 'pair-intensity', countries: ['JP', 'US'], period: { from: '2023-01-01', to: '2023-04-30' } },
    });
    b = await bridgeCall<Briefing>(page, 'getBriefing', { id: b.id });
    const t0 = Date.now();
    const sheet = await openPrintSheet(page, b.id);
    const t1 = Date.now();
    // Charts are drawn as vector SVG, with their figures in words for screen readers.
    await expect(sheet.locator('.sheet-pages .sheet-chart .recharts-wrapper > svg')).toHaveCount(2);
    await expect(sheet.locator('.sheet-pages .sheet-chart [role="img"]').first()).toHaveAttribute('aria-label', /Jan\w* 2023 7, Feb\w* 2023 7, Mar\w* 2023 9, Apr\w* 2023 15/);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-pdf-')), 'book.pdf');
    await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
    const marks = await sheet.evaluate(() => performance.getEntriesByType('mark').map((m) => `${m.name} ${Math.round(m.startTime)}`).join(', '));
    console.log(`[sheet] book: laid out in ${t1 - t0} ms, printed in ${Date.now() - t1} ms; ${marks}`);
    const pages = pdfPages(file);
    pdfToPngs(file, 'briefing-book', 50);
    expect(pages[0]).toContain('The alliance in early 2023');
    expect(pages[1]).toContain('Contents');
    for (const p of pages) expect(p.match(/INTERNAL/g)?.length).toBe(2);
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
    // The appendix lists every cited event (the sample's 40, cited in each section) once.
    const chronology = pages.slice(links.at(-2)!.targetPage! - 1).join('\n');
    expect(chronology).toContain('Chronology of cited events');
    expect(pages.join('\n')).toContain('Japan: events per month, Jan–Apr 2023');
    await sheet.close();
  });
});
