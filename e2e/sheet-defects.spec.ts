/**
 * Printed-sheet defects found in real use: a note's bulleted list printed outside the note's
 * column, and a Briefing book that started every one-line section on a page of its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { Briefing, Section } from '../contract/briefings.ts';
import { bridgeCall, openPrintSheet, pdfPages, pdfToPngs } from './support/briefing-sheet.ts';
import { withSample } from './support/sample.ts';

test('a note with a bulleted list prints inside the note block of a Client note', async () => {
  await withSample(async (app) => {
    const { page } = app;
    const b = await bridgeCall<Briefing>(page, 'createBriefing', {
      briefing: { title: 'Japan–South Korea thaw', author: 'R. Analyst', date: '2023-05-02', subject: ['JP', 'KR'], keyPoints: ['Leader visits resumed after twelve years.'] },
    });
    const section = b.sections[0] as Section;
    await bridgeCall(page, 'updateBriefingSection', { id: section.id, body: 'The March summit ended a long freeze.' });
    const { rows } = await bridgeCall<{ rows: Array<{ id: number }> }>(page, 'queryEvents', { filter: { search: 'Yoon Tokyo' }, limit: 1 });
    const note = 'What to watch:\n\n- whether shuttle diplomacy survives the summer\n- the forced-labour fund’s first payments\n- Seoul’s return to the white list';
    await bridgeCall(page, 'createNote', { target: { eventId: rows[0]!.id }, body: note });
    await bridgeCall(page, 'citeEvents', { sectionId: section.id, target: { ids: [rows[0]!.id] }, withNotes: true });

    const sheet = await openPrintSheet(page, b.id);
    const para = sheet.locator('.sheet-page div.sheet-md-note').first();
    const items = sheet.locator('.sheet-page ul.sheet-md-note');
    await expect(items).toHaveCount(3);
    const column = (await para.boundingBox())!;
    for (let i = 0; i < 3; i++) {
      const box = (await items.nth(i).boundingBox())!;
      // The list sits in the note's column, under its rule, not at the page's margin.
      expect(Math.abs(box.x - column.x), `list item ${i + 1} starts at the note's column`).toBeLessThan(1);
    }
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'note-list-')), 'client-note.pdf');
    const bytes = await sheet.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(bytes.length).toBeGreaterThan(0);
    await sheet.close();
    const text = pdfPages(file).join('\n');
    expect(text).toContain('whether shuttle diplomacy survives the summer');
    pdfToPngs(file, 'client-note-bulleted-note', 100);
  });
});

test('a Briefing book runs short sections on, and starts each on a new page when Settings says so', async () => {
  await withSample(async (app) => {
    const { page } = app;
    const b = await bridgeCall<Briefing>(page, 'createBriefing', {
      briefing: { title: 'Weekly book', date: '2023-05-02', template: 'briefing-book', keyPoints: ['One point.'] },
    });
    for (const s of b.sections) await bridgeCall(page, 'updateBriefingSection', { id: s.id, body: `One line on ${s.title.toLowerCase()}.` });
    const pagesNow = async () => {
      const sheet = await openPrintSheet(page, b.id);
      const n = Number(await sheet.locator('html').getAttribute('data-sheet-pages'));
      await sheet.close();
      return n;
    };
    // Cover, contents, and one page for the key points and every section.
    expect(await pagesNow()).toBe(3);
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Sections of a Briefing book').selectOption('new-page');
    await expect(page.getByLabel('Sections of a Briefing book')).toHaveValue('new-page');
    expect(await pagesNow()).toBe(2 + 1 + b.sections.length);
  });
});
