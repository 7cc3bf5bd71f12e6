/**
 * Duplicates: the preview flags an entry that reports a stored event in other words, and says
 * when a file has nothing new; the list of possible duplicates offers the sample's own overlap
 * (Yoon in Tokyo, March 16, 2023, in both sample files); merging keeps one event with both
 * sources and the other's note; undoing brings both back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openStore } from '../db/open-store.ts';
import { launchApp } from './support/launch-app.ts';
import { repoRoot } from './support/paths.ts';

const sample = (file: string) => fs.readFileSync(path.join(repoRoot, 'assets/sample', file), 'utf8');
const eventCount = (page: Page) => page.getByTestId('event-count');

async function paste(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByLabel('Chronology text').fill(text);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('heading', { name: /Review import/ })).toBeVisible();
}

async function stored(storePath: string, sql: string): Promise<unknown[]> {
  const store = await openStore(storePath);
  try {
    return store.db.prepare(sql).all();
  } finally {
    store.db.close();
  }
}

test('the preview flags a possible duplicate of a stored event, and a file with nothing new offers no import', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await paste(page, sample('us-japan-2023-jan-apr.md'));
    await page.getByRole('button', { name: 'Import 35 entries' }).click();
    await expect(eventCount(page)).toHaveText('35 events');

    await paste(page, sample('other-pairs-2023.md'));
    const facts = page.getByTestId('preview-facts');
    await expect(facts).toContainText('1 possible duplicate of stored events');
    await page.getByRole('button', { name: 'Possible duplicates (1)' }).click();
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.nth(0)).toContainText('President Yoon Suk Yeol travels to Tokyo');
    await expect(rows.nth(0).getByTestId('similar-flag')).toContainText(
      'possibly the same event as one stored: March 16, 2023 “Prime Minister Kishida hosts South Korean President Yoon Suk Yeol in Tokyo',
    );
    await expect(rows.nth(0)).toHaveAttribute('data-state', 'warn');
    await app.screenshot('import-preview-possible-duplicate-light');
    // Flagged, not left out: the analyst decides.
    await page.getByRole('button', { name: 'Import 5 entries' }).click();
    await expect(eventCount(page)).toHaveText('40 events');

    // Every entry already stored: no "Import 35 entries" for nothing.
    await paste(page, sample('us-japan-2023-jan-apr.md'));
    await expect(facts).toContainText('35 already in the store');
    await expect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Nothing new to import' })).toBeDisabled();
    await expect(page.getByTestId('nothing-to-import')).toContainText('Every entry of this file is already in the store');
    await app.screenshot('import-preview-nothing-new-light');
  } finally {
    await app.close();
  }
});

test('the list offers the sample overlap; a merge keeps both sources and the note, and undo brings both back', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Load sample briefing book' }).click();
    await expect(eventCount(page)).toHaveText('40 events');
    const [travels] = (await stored(app.storePath, "SELECT id FROM events WHERE summary LIKE 'President Yoon Suk Yeol travels%'")) as Array<{ id: number }>;
    const [hosts] = (await stored(app.storePath, "SELECT id FROM events WHERE summary LIKE 'Prime Minister Kishida hosts South Korean%'")) as Array<{ id: number }>;
    const note = await page.evaluate((id) => window.briefing!.createNote({ target: { eventId: id }, body: 'Came with a business delegation.' }), travels!.id);
    expect(note.ok).toBe(true);

    await page.getByRole('button', { name: 'Possible duplicates' }).click();
    await expect(page.getByRole('heading', { name: 'Possible duplicates' })).toBeVisible();
    const pairs = page.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem');
    await expect(pairs).toHaveCount(1);
    await expect(pairs.nth(0)).toContainText('Chronology of US–Japan Relations');
    await expect(pairs.nth(0)).toContainText('Other pairs: Japan–ROK, US–ROK and China–Japan, early 2023');
    await expect(page.getByTestId('duplicate-count')).toHaveText('1 pair');
    await app.screenshot('duplicates-list-light');

    // Keep the US–Japan file's report; merge the other into it.
    await pairs.nth(0).getByRole('radio', { name: /Keep the event of March 16, 2023: Prime Minister Kishida hosts/ }).check();
    await pairs.nth(0).getByRole('button', { name: 'Merge into the kept event' }).click();
    await expect(page.getByRole('status')).toContainText('Merged. The event keeps both sources, and 1 note moved to it.');
    await expect(pairs).toHaveCount(0);
    expect(await stored(app.storePath, `SELECT id FROM events WHERE id = ${travels!.id}`)).toEqual([]);
    expect(await stored(app.storePath, `SELECT event_id FROM notes`)).toEqual([{ event_id: hosts!.id }]);
    expect(await stored(app.storePath, `SELECT event_id, date_text FROM event_sources`)).toEqual([{ event_id: hosts!.id, date_text: 'March 16-17, 2023' }]);
    await app.screenshot('duplicates-merged-light');

    await page.getByRole('button', { name: 'Undo merge' }).click();
    await expect(page.getByRole('status')).toContainText('Merge undone: both events are back as they were.');
    await expect(pairs).toHaveCount(1);
    expect(await stored(app.storePath, `SELECT id, event_id FROM notes`)).toEqual([{ id: note.ok ? note.value.id : 0, event_id: travels!.id }]);
    expect(await stored(app.storePath, 'SELECT * FROM event_sources')).toEqual([]);

    await page.getByRole('button', { name: '← Events' }).click();
    await expect(eventCount(page)).toHaveText('40 events');
  } finally {
    await app.close();
  }
});
