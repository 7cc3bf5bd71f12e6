import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openStore } from '../db/open-store.ts';
import { launchApp, tempStorePath } from './support/launch-app.ts';
import { repoRoot } from './support/paths.ts';

const fixture = path.join(repoRoot, 'e2e/fixtures/japan-korea-2023.txt');
const eventCount = (page: Page) => page.getByTestId('event-count');

async function storedEvents(storePath: string): Promise<Array<{ date_start: string; summary: string }>> {
  const store = await openStore(storePath);
  try {
    return store.db.prepare('SELECT date_start, summary FROM events ORDER BY date_start, id').all() as Array<{ date_start: string; summary: string }>;
  } finally {
    store.db.close();
  }
}

test('first run offers the sample briefing book, and it loads in under a second', async () => {
  const app = await launchApp();
  try {
    await expect(app.page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
    await app.screenshot('events-empty-with-sample-light');
    await app.page.getByRole('button', { name: 'Load sample briefing book' }).click();
    await expect(eventCount(app.page)).toHaveText('40 events');
    await expect(app.page.getByRole('status')).toContainText('Added 40 events from the sample briefing book.');
    const rows = app.page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]');
    // Newest first: Kishida's May visit to Seoul (other pairs) leads.
    await expect(rows.nth(0)).toContainText('May 7–8, 2023');
    await expect(rows.nth(0)).toContainText('JP');
    await expect(rows.nth(0)).toContainText('KR');
    await app.screenshot('events-sample-light');
  } finally {
    await app.close();
  }

  // Timed as the page sees it: from the call to the answer, through the real store.
  const timed = await launchApp();
  try {
    const { ms, result } = await timed.page.evaluate(async () => {
      const started = performance.now();
      const result = await window.briefing!.loadSample();
      return { ms: performance.now() - started, result };
    });
    console.log(`sample briefing book loaded in ${Math.round(ms)} ms`);
    expect(result).toEqual({ ok: true, value: { added: 40, duplicates: 0, excluded: 0, cancelled: false } });
    expect(ms).toBeLessThan(1000);
  } finally {
    await timed.close();
  }
});

test('pasted text is previewed with its warnings, corrected, committed, and not added twice', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(fs.readFileSync(fixture, 'utf8'));
    await page.getByRole('button', { name: 'Read pasted text' }).click();

    await expect(page.getByRole('heading', { name: /Review import: Japan-Korea Relations Chronology/ })).toBeVisible();
    const facts = page.getByTestId('preview-facts');
    await expect(facts).toContainText('4 entries read');
    await expect(facts).toContainText('1 unreadable line');
    await expect(page.locator('.problems')).toContainText('Line 8');
    await page.getByRole('button', { name: /^All \(4\)/ }).click();
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    // No year on the first entry: taken from the period, and flagged.
    await expect(rows.nth(0)).toHaveAttribute('data-state', 'warn');
    await expect(rows.nth(0)).toContainText('no year');
    await expect(rows.nth(3)).toContainText('no country found');
    await app.screenshot('import-preview-light');

    // Correct the first entry's date and the last one's participants; leave one out.
    await page.getByLabel('Start date of entry 1').fill('2023-01-13');
    await page.getByLabel('Countries of entry 1 (names or codes, separated by commas)').focus();
    await expect(rows.nth(0)).not.toContainText('no year');
    await page.getByLabel('Countries of entry 4 (names or codes, separated by commas)').fill('XX');
    await page.getByLabel('Type of entry 4').focus();
    await expect(rows.nth(3)).toContainText('Not a country: XX');
    await page.getByLabel('Countries of entry 4 (names or codes, separated by commas)').fill('JP');
    await page.getByLabel('Type of entry 4').selectOption('statement');
    // The box follows the store's answer, so click and wait for the row rather than expect an instant toggle.
    await page.getByLabel('Import entry 3').click();
    await expect(rows.nth(2)).toHaveAttribute('data-state', 'excluded');

    await page.getByRole('button', { name: 'Import 3 entries' }).click();
    await expect(page.getByRole('status')).toContainText('Added 3 events from the import. 1 left out as you chose.');
    await expect(eventCount(page)).toHaveText('3 events');

    const stored = await storedEvents(app.storePath);
    expect(stored.map((e) => e.date_start)).toEqual(['2023-01-13', '2023-02-02', '2023-03-30']);

    // The same text again: every entry is recognised, nothing is added.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(fs.readFileSync(fixture, 'utf8'));
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect(facts).toContainText('2 already in the store');
    // Only the two not yet stored are offered.
    await page.getByRole('button', { name: 'Import 2 entries' }).click();
    await expect(page.getByRole('status')).toContainText('2 were already in the store and not added again.');
    await expect(eventCount(page)).toHaveText('5 events');
  } finally {
    await app.close();
  }
});

test('File → Import opens the chosen file; a dropped file is read too; a binary file is refused', async () => {
  const binary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bin-')), 'photo.txt');
  fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  const storePath = tempStorePath();

  const app = await launchApp({ storePath, importFile: binary });
  try {
    await app.sendCommand('import-chronology');
    await expect(app.page.getByTestId('import-error')).toContainText('photo.txt is not a text file');
    expect(await storedEvents(storePath)).toEqual([]);

    // Drop the fixture on the window, as a file manager would.
    const text = fs.readFileSync(fixture, 'utf8');
    await app.page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'japan-korea-2023.txt', { type: 'text/plain' }));
      for (const type of ['dragenter', 'dragover', 'drop']) {
        window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, text);
    await expect(app.page.getByRole('heading', { name: /Review import/ })).toBeVisible();
    await expect(app.page.getByTestId('preview-facts')).toContainText('japan-korea-2023.txt');
    await app.page.getByRole('button', { name: 'Import 4 entries' }).click();
    await expect(eventCount(app.page)).toHaveText('4 events');
  } finally {
    await app.close();
  }

  const again = await launchApp({ storePath, importFile: path.join(repoRoot, 'assets/sample/us-japan-2023-jan-apr.md') });
  try {
    await again.sendCommand('import-chronology');
    await expect(again.page.getByTestId('preview-facts')).toContainText('35 entries read');
    await again.page.getByRole('button', { name: 'Import 35 entries' }).click();
    await expect(eventCount(again.page)).toHaveText('39 events');
  } finally {
    await again.close();
  }
});

test('a large import shows progress and can be cancelled without leaving anything behind', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-big-'));
  const big = path.join(dir, 'big-chronology.txt');
  const lines = ['CHRONOLOGY OF US-JAPAN RELATIONS', 'JANUARY—DECEMBER 2023', ''];
  for (let i = 0; i < 150_000; i++) lines.push(`Jan. ${(i % 28) + 1}, 2023: Japan and the US hold working-level talks in Tokyo, round ${i + 1}.`, '');
  fs.writeFileSync(big, lines.join('\n'));
  const app = await launchApp({ importFile: big });
  try {
    await app.page.getByRole('button', { name: 'Import', exact: true }).click();
    await app.page.getByRole('button', { name: 'Choose a file…' }).click();
    await expect(app.page.getByTestId('preview-facts')).toContainText('150,000 entries read', { timeout: 60_000 });
    await app.page.getByRole('button', { name: 'Import 150,000 entries' }).click();
    const progress = app.page.getByRole('group', { name: 'Import progress' });
    await expect(progress).toBeVisible();
    await expect(progress).toContainText(/Writing [\d,]+ of 150,000 entries/);
    await app.screenshot('import-progress-light');
    await progress.getByRole('button', { name: 'Cancel import' }).click();
    await expect(app.page.getByRole('alert')).toContainText('The import was cancelled. Nothing was added', { timeout: 30_000 });
  } finally {
    await app.close();
  }
  expect(await storedEvents(app.storePath)).toEqual([]);
});

test('import preview in dark mode', async () => {
  const app = await launchApp({ colorScheme: 'dark' });
  try {
    await app.page.getByRole('button', { name: 'Import', exact: true }).click();
    await app.page.getByLabel('Chronology text').fill(fs.readFileSync(fixture, 'utf8'));
    await app.page.getByRole('button', { name: 'Read pasted text' }).click();
    await app.page.getByRole('button', { name: /^All \(4\)/ }).click();
    await expect(app.page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr')).toHaveCount(4);
    await app.screenshot('import-preview-dark');
  } finally {
    await app.close();
  }
});
