/**
 * Naming what is imported and correcting the rest of an entry in the preview: the title and
 * relationship file, summary, place and source link, accepted warnings, countries by name.
 */
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { launchApp } from './support/launch-app.ts';
import { eventCount } from './support/sample.ts';

const DISPUTES = [
  'China - Japan disputes',
  '',
  'Sept. 7, 2010 - A Chinese trawler collides with Japan Coast Guard vessels near the Senkaku Islands.',
  'Sept. 11, 2012 - Japan buys three of the islands from a private owner; China protests.',
  'Nov. 23, 2013 - Talks are held.',
].join('\n');

test('pasted text whose heading the reader does not know is named in the preview; entries are corrected and warnings accepted', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1440, height: 1100 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(DISPUTES);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect(page.getByRole('heading', { name: 'Review import: Pasted text' })).toBeVisible();

    const naming = page.getByRole('form', { name: 'Filed under' });
    await expect(naming).toContainText('The reader found no title it recognises');
    // The heading the reader did not know is offered, and the countries the entries name most.
    await expect(naming.getByLabel('Title', { exact: true })).toHaveValue('China - Japan disputes');
    await expect(naming.getByRole('group', { name: 'Chosen countries' })).toContainText('China');
    await expect(naming.getByRole('group', { name: 'Chosen countries' })).toContainText('Japan');
    await naming.getByLabel('Title', { exact: true }).fill('China–Japan maritime disputes');
    await naming.getByRole('button', { name: 'File under this name' }).click();
    await expect(page.getByRole('heading', { name: 'Review import: China–Japan maritime disputes' })).toBeVisible();
    await expect(page.getByTestId('preview-facts')).toContainText('File: CN–JP');

    await page.getByRole('button', { name: /^All \(3\)/ }).click();
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await expect(rows).toHaveCount(3);

    // Summary, place and source of the first entry.
    await page.getByRole('button', { name: 'Edit the text, place and source of entry 1' }).click();
    const form = page.getByRole('form', { name: 'Correct entry 1' });
    await form.getByLabel('Text').fill('A Chinese trawler rams two Japan Coast Guard vessels.');
    await form.getByLabel('Place').fill('Senkaku Islands');
    await form.getByLabel('Source link').fill('not a link');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('is not a web address');
    await form.getByLabel('Source link').fill('https://example.org/trawler');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect(rows.nth(0)).toContainText('A Chinese trawler rams two Japan Coast Guard vessels.');
    await expect(rows.nth(0)).toContainText('At Senkaku Islands');
    await expect(rows.nth(0)).toContainText('Source: https://example.org/trawler');

    // Countries by name; the third entry's warning accepted.
    const third = page.getByLabel('Countries of entry 3 (names or codes, separated by commas)');
    await third.fill('Atlantis');
    await third.press('Enter');
    await expect(rows.nth(2)).toContainText('Not a country: Atlantis');
    await third.fill('China, Japan');
    await third.press('Enter');
    await expect(third).toHaveValue('China, Japan');
    await expect(rows.nth(2)).not.toContainText('no country found');
    await page.getByLabel('Countries of entry 2 (names or codes, separated by commas)').fill('Japan, China');
    await page.getByLabel('Countries of entry 2 (names or codes, separated by commas)').press('Enter');
    await expect(page.getByLabel('Countries of entry 2 (names or codes, separated by commas)')).toHaveValue('Japan, China');
    await app.screenshot('import-preview-naming');

    await page.getByRole('button', { name: 'Import 3 entries' }).click();
    await expect(eventCount(page)).toHaveText('3 events');
    await expect(page.getByRole('grid', { name: 'Events' })).toContainText('China–Japan maritime disputes');
    const db = new Database(app.storePath, { readonly: true });
    try {
      expect(db.prepare('SELECT title, file_countries FROM sources').all()).toEqual([{ title: 'China–Japan maritime disputes', file_countries: '["CN","JP"]' }]);
      expect(db.prepare("SELECT location FROM events WHERE summary LIKE 'A Chinese trawler rams%'").pluck().get()).toBe('Senkaku Islands');
      expect(db.prepare("SELECT url FROM event_links WHERE kind = 'source'").pluck().all()).toEqual(['https://example.org/trawler']);
    } finally {
      db.close();
    }
  } finally {
    await app.close();
  }
});

test('a warning is accepted in the preview, and re-typing an inferred date clears its warning', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(['CHRONOLOGY OF US-JAPAN RELATIONS', 'JANUARY—APRIL 2023', '', 'Jan. 13: Kishida meets Biden at the White House.', 'Feb. 2, 2023: Talks are held.'].join('\n'));
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await page.getByRole('button', { name: /^All \(2\)/ }).click();
    await expect(rows.nth(0)).toContainText('no year');
    // The date the reader inferred is right: typing it again confirms it.
    const start = page.getByLabel('Start date of entry 1');
    const inferred = await start.inputValue();
    await start.fill(inferred);
    await start.blur();
    await expect(rows.nth(0)).not.toContainText('no year');
    await expect(rows.nth(0)).toHaveAttribute('data-state', 'ok');

    await expect(rows.nth(1)).toContainText('no country found');
    await page.getByRole('button', { name: 'Accept the warning “no country found” on entry 2' }).click();
    await expect(rows.nth(1)).not.toContainText('no country found');
    await expect(page.getByTestId('preview-facts')).toContainText('0 with warnings');
  } finally {
    await app.close();
  }
});
