/**
 * The analyst teaches the reader from the Import screen: the year of a timeline that gives
 * none, and a name kept for every later import.
 */
import { expect, test } from '@playwright/test';
import { launchApp } from './support/launch-app.ts';

/** A news-agency style timeline: month and day only, the year nowhere in the text. */
const YEARLESS = [
  'Key moments between the two Koreas',
  '',
  'March 5 - A South Korean envoy meets Kim Jong Un in Pyongyang.',
  'April 27 - Moon Jae-in and Kim Jong Un hold a summit at Panmunjom.',
  'Sept. 18-20 - Moon visits Pyongyang for a third summit.',
  'Jan. 1 - Kim offers talks in his New Year address.',
].join('\n');

const PAPER = [
  'Chronology of Japan-China Relations',
  'January 2014',
  '',
  'Jan. 6, 2014: The Global Lantern, a state-run daily, attacks Tokyo over the shrine visit.',
].join('\n');

test('a year-less timeline asks for the year once and imports with it', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(YEARLESS);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    const prompt = page.getByRole('form', { name: 'Year of the undated entries' });
    await expect(prompt).toContainText('4 entries give no year');
    await expect(page.getByRole('button', { name: /^Import/ }).last()).toBeDisabled();
    await app.screenshot('import-asks-year-light');

    await prompt.getByLabel('Year').fill('18');
    await expect(prompt.getByRole('button', { name: 'Date these entries' })).toBeDisabled();
    await prompt.getByLabel('Year').fill('2018');
    await prompt.getByRole('button', { name: 'Date these entries' }).click();
    await expect(prompt.getByRole('status')).toContainText('dated from the year you gave, 2018');
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('as given for this document (2018)');
    // The months turn back to January: the year after.
    await expect(rows.nth(3)).toContainText('(2019)');
    await app.screenshot('import-year-given-light');

    await page.getByRole('button', { name: 'Import 4 entries' }).click();
    await expect(page.getByRole('status')).toContainText('Added 4 events');
    const dates = await page.evaluate(async () => {
      const r = await window.briefing!.queryEvents({ offset: 0, limit: 10 });
      return r.ok ? r.value.rows.map((e) => e.dateStart) : [];
    });
    expect(dates.toSorted()).toEqual(['2018-03-05', '2018-04-27', '2018-09-18', '2019-01-01']);
  } finally {
    await app.close();
  }
});

test('a name kept from the preview is read in the next import; several entries are corrected at once', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(PAPER);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    const rows = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr');
    await page.getByRole('button', { name: /^All \(1\)/ }).click();
    await expect(rows.nth(0).getByLabel('Countries of entry 1 (names or codes, separated by commas)')).toHaveValue('Japan');

    // The analyst adds China, then keeps the paper's name for every later import.
    await page.getByLabel('Countries of entry 1 (names or codes, separated by commas)').fill('JP CN');
    await page.getByLabel('Type of entry 1').focus();
    const name = page.getByLabel('Name as written in entry 1');
    await expect(name).toHaveValue('Global Lantern');
    await page.getByLabel('State the name stands for, entry 1').selectOption('CN');
    await app.screenshot('import-teach-name-light');
    await page.getByRole('button', { name: 'Keep', exact: true }).click();
    await expect(page.getByRole('status')).toContainText('“Global Lantern” stands for CN');

    // One correction for the selected entries.
    await page.getByLabel('Select entry 1').check();
    await page.getByLabel('Type for the selected entries').selectOption('statement');
    await page.getByRole('button', { name: 'Set type for 1 entry' }).click();
    await expect(page.getByRole('status')).toContainText('Corrected 1 entry');
    await expect(page.getByLabel('Type of entry 1')).toHaveValue('statement');
    await page.getByRole('button', { name: 'Discard' }).click();

    // A fresh import of the same text reads the name it was taught.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill(PAPER);
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await page.getByRole('button', { name: /^All \(1\)/ }).click();
    await expect(page.getByLabel('Countries of entry 1 (names or codes, separated by commas)')).toHaveValue(/China/);

    // The People screen lists what was learned, and can forget it.
    await page.getByRole('button', { name: 'Discard' }).click();
    await page.getByRole('button', { name: 'People', exact: true }).click();
    const learned = page.getByRole('table', { name: 'Names the reader has learned' });
    await expect(learned).toContainText('Global Lantern');
    await app.screenshot('people-learned-names-light');
    await page.getByRole('button', { name: 'Forget Global Lantern' }).click();
    await expect(learned).toHaveCount(0);

    // An official the reader does not know is kept from the preview's warning, and the entry is read again.
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill('Chronology of Japan-Korea Relations\nMarch 2019\n\nMarch 4, 2019: Japanese Deputy Minister Tanaka Ichiro holds talks in Seoul.\n');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await page.getByRole('button', { name: /^All \(1\)/ }).click();
    const row = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr').first();
    await expect(row).toContainText('unknown person: Deputy Minister Tanaka Ichiro');
    await row.getByLabel('Country of Tanaka Ichiro').selectOption('JP');
    await row.getByRole('button', { name: 'Keep official' }).click();
    await expect(page.getByRole('status')).toContainText('Kept: Tanaka Ichiro, Deputy Minister (JP), from 2019-03-04');
    await expect(row).toContainText('People: Tanaka Ichiro');
    await expect(row).not.toContainText('unknown person');
  } finally {
    await app.close();
  }
});
