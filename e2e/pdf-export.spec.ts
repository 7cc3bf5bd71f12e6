/**
 * The PDF export pipeline in the real app: the page asks for the export through the bridge,
 * the save dialog answers, the shell prints the briefing's sheet and the file is written with
 * the briefing's document information, its outline and its links.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import type { Briefing } from '../contract/briefings.ts';
import { methods } from '../contract/methods.ts';
import { buildLargeBriefing, type CallChannel } from '../bench/briefing-fixture.ts';
import { bridgeCall, openPrintSheet, pdfToPngs } from './support/briefing-sheet.ts';
import { withSample } from './support/sample.ts';

type Exported = { cancelled: true } | { cancelled: false; path: string; pages: number; bytes: number; ms: number };

const tempFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-export-'));
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

async function outlineTitles(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(fs.readFileSync(file), { updateMetadata: false });
  const titles: string[] = [];
  const walk = (parent: PDFDict | undefined) => {
    for (let item = parent?.lookupMaybe(PDFName.of('First'), PDFDict); item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      titles.push(item.lookup(PDFName.of('Title'), PDFString, PDFHexString).decodeText());
      walk(item);
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict));
  return titles;
}

test('a briefing is exported to the chosen file with its title, author and marking; cancelling writes nothing', async () => {
  const folder = tempFolder();
  await withSample(
    async ({ page, answerDialogs }) => {
      const events = await bridgeCall<{ rows: Array<{ id: number }> }>(page, 'listEvents', { limit: 12 });
      const b = await bridgeCall<Briefing>(page, 'createBriefing', {
        briefing: { title: 'Hiroshima and after: CON/../x', date: '2023-05-22', subtitle: 'Notes for the client', author: 'M. Analyst', marking: 'CLIENT CONFIDENTIAL', template: 'briefing-book' },
      });
      await bridgeCall(page, 'updateBriefingSection', { id: b.sections[0]!.id, body: 'The summit set the agenda for the rest of the year.' });
      await bridgeCall(page, 'citeEvents', { sectionId: b.sections[0]!.id, target: { ids: events.rows.map((r) => r.id) } });

      // No answer yet: the analyst cancels.
      expect(await bridgeCall<Exported>(page, methods['briefings:export-pdf'], { id: b.id })).toEqual({ cancelled: true });
      expect(fs.readdirSync(folder)).toEqual([]);

      const chosen = path.join(folder, 'for the client');
      await answerDialogs({ pdfFile: chosen });
      const done = await bridgeCall<Exported>(page, methods['briefings:export-pdf'], { id: b.id });
      if (done.cancelled) throw new Error('the export was cancelled');
      expect(done.path).toBe(`${chosen}.pdf`);
      expect(fs.readdirSync(folder)).toEqual(['for the client.pdf']);
      expect(done.bytes).toBe(fs.statSync(done.path).size);

      const info = pdfinfo(done.path);
      expect(info).toMatch(/^Title:\s+Hiroshima and after: CON\/\.\.\/x$/m);
      expect(info).toMatch(/^Author:\s+M\. Analyst$/m);
      expect(info).toMatch(/^Subject:\s+Notes for the client$/m);
      expect(info).toMatch(/^Keywords:\s+CLIENT CONFIDENTIAL$/m);
      expect(info).toMatch(/^Creator:\s+Briefing Book \d+\.\d+\.\d+/m);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      expect(info).toMatch(/^Page size:\s+594\.96 x 841\.92 pts \(A4\)$/m);
      expect(info).toMatch(new RegExp(`^Pages:\\s+${done.pages}$`, 'm'));

      // As many pages as the sheet laid out, and the outline of its headings.
      const sheet = await openPrintSheet(page, b.id);
      expect(Number(await sheet.locator('html').getAttribute('data-sheet-pages'))).toBe(done.pages);
      await sheet.close();
      expect(await outlineTitles(done.path)).toEqual(expect.arrayContaining(['Diplomacy']));
      // The page used for printing is gone again.
      expect(page.context().pages()).toHaveLength(1);
      pdfToPngs(done.path, 'export-small');
    },
    { pdfFile: null },
  );
});

test('a Briefing book of 240 cited events exports through the channel with its chronology and outline', async () => {
  test.setTimeout(180_000);
  const folder = tempFolder();
  await withSample(
    async ({ page }) => {
      const call: CallChannel = (channel, request) => bridgeCall(page, methods[channel], request);
      const built = await buildLargeBriefing(call, { sections: 6, citationsPerSection: 40 });
      const done = await bridgeCall<Exported>(page, methods['briefings:export-pdf'], { id: built.id });
      if (done.cancelled) throw new Error('the export was cancelled');
      expect(path.dirname(done.path)).toBe(folder);
      expect(done.pages).toBeGreaterThan(20);
      const titles = await outlineTitles(done.path);
      expect(titles).toEqual(expect.arrayContaining(['Diplomacy', 'Security and defence', 'Regional partners']));
      expect(titles.some((t) => /chronology/i.test(t))).toBe(true);
      const text = execFileSync('pdftotext', [done.path, '-'], { encoding: 'utf8' });
      expect(text).toContain('Follow up: the implementation date was not announced.');
      pdfToPngs(done.path, 'export-large', 40);
    },
    { pdfFile: path.join(folder, 'Quarterly review.pdf') },
  );
});

test('Export PDF… in the composer and the menu command save the open briefing; a folder that is gone is named, and nothing is written', async () => {
  const folder = tempFolder();
  await withSample(
    async (app) => {
      const { page } = app;
      await bridgeCall<Briefing>(page, 'createBriefing', { briefing: { title: 'Quad outlook', date: '2023-05-22', author: 'M. Analyst' } });
      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Briefings', exact: true }).click();
      await page.getByRole('table', { name: 'Briefings' }).getByRole('button', { name: 'Quad outlook', exact: true }).click();

      const outcome = page.getByTestId('export-outcome');
      await page.getByRole('button', { name: 'Export PDF…' }).click();
      await expect(outcome).toHaveText(new RegExp(`^Saved to ${folder.replaceAll('/', '\\/')}\\/Quad outlook\\.pdf \\(\\d+ pages?\\)\\.$`));
      expect(pdfinfo(path.join(folder, 'Quad outlook.pdf'))).toMatch(/^Title:\s+Quad outlook$/m);
      await app.screenshot('pdf-export-saved');

      const gone = path.join(folder, 'gone', 'Quad outlook.pdf');
      await app.answerDialogs({ pdfFile: gone });
      await app.sendCommand('export-briefing-pdf');
      await expect(outcome).toHaveText(/^The PDF was not saved: the folder .*gone does not exist; nothing was written\. Choose another folder or name\.$/);
      expect(fs.existsSync(path.dirname(gone))).toBe(false);
      await app.screenshot('pdf-export-refused');
    },
    { pdfFile: path.join(folder, 'Quad outlook.pdf') },
  );
});
