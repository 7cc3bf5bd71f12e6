import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { tempStorePath } from './support/launch-app.ts';
import { eventCount, eventRows as rows, shownIds, withSample } from './support/sample.ts';

/*
 * The sample briefing book loads in file order, so its events have ids 1–40: 1–35 from the
 * US–Japan chronology (Jan–Apr 2023), 36–40 from the other-pairs file. Which countries take
 * part in each was read off the sample text by hand (assets/sample/*.md).
 */
const US_JAPAN_BOTH = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 22, 24, 26, 28, 30, 31, 33, 35];
const US_JAPAN_BILATERAL = [1, 2, 3, 4, 5, 6, 9, 13, 15, 17, 30, 31, 33, 35];
const QUAD_ALL = [8, 14];
const US_JAPAN_ROK_ALL = [10, 12, 24, 26];

const count = eventCount;



async function addCountry(page: Page, name: string) {
  const input = page.getByRole('combobox', { name: 'Add a country' });
  await input.fill(name);
  await input.press('Enter');
}

test('country pairing: both take part, strictly bilateral, a trilateral and the Quad return exactly their events', async () => {
  await withSample(async ({ page, screenshot }) => {
    await addCountry(page, 'United States');
    await addCountry(page, 'Japan');
    await expect(count(page)).toHaveText(`${US_JAPAN_BOTH.length} events`);
    await expect.poll(() => shownIds(page)).toEqual(US_JAPAN_BOTH);
    await expect(page.getByRole('list', { name: 'Active filters' })).toContainText('United States–Japan: both take part');
    await screenshot('table-filter-panel-light');

    await page.getByRole('radio', { name: 'Strictly bilateral' }).check();
    await expect(count(page)).toHaveText(`${US_JAPAN_BILATERAL.length} events`);
    await expect.poll(() => shownIds(page)).toEqual(US_JAPAN_BILATERAL);

    await addCountry(page, 'South Korea');
    await page.getByRole('radio', { name: 'All of them' }).check();
    await expect(count(page)).toHaveText(`${US_JAPAN_ROK_ALL.length} events`);
    await expect.poll(() => shownIds(page)).toEqual(US_JAPAN_ROK_ALL);

    // The chip removes the whole pairing; then the Quad as a grouping, all members.
    await page.getByRole('button', { name: /^Remove filter United States, Japan, South Korea/ }).click();
    await expect(count(page)).toHaveText('40 events');
    await page.getByRole('combobox', { name: 'Grouping' }).selectOption('QUAD');
    await expect(count(page)).toHaveText(`${QUAD_ALL.length} events`);
    await expect.poll(() => shownIds(page)).toEqual(QUAD_ALL);
  });
});

test('filters combine, show as chips and clear', async () => {
  await withSample(async ({ page }) => {
    await addCountry(page, 'Japan');
    await addCountry(page, 'South Korea');
    const types = page.getByRole('group', { name: 'Type' });
    await types.getByRole('checkbox', { name: 'visit' }).check();
    await types.getByRole('checkbox', { name: 'summit' }).check();
    // Japan–ROK visits and summits: Yoon in Tokyo (told once in each file) and Kishida in Seoul.
    await expect.poll(() => shownIds(page)).toEqual([18, 37, 40]);
    await page.getByRole('combobox', { name: 'Date range' }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2023-04-01');
    await expect.poll(() => shownIds(page)).toEqual([40]);
    await expect(page.getByRole('list', { name: 'Active filters' }).getByRole('button')).toHaveCount(4);
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect(count(page)).toHaveText('40 events');
  });
});

test('any text in the search box gives results or an empty state, never an error', async () => {
  await withSample(async ({ page, screenshot }) => {
    const search = page.getByRole('searchbox', { name: /Search events/ });
    await page.keyboard.press('/');
    await expect(search).toBeFocused();

    // The 2+2 itself, the session beside it, and the "Economic 2+2".
    await search.fill('2+2');
    await expect.poll(() => shownIds(page)).toEqual([1, 2, 5]);
    await expect(rows(page).first().locator('mark').first()).toHaveText('2');

    // An official's name finds events that name them in their own words too.
    await search.fill('Raimondo');
    await expect.poll(() => shownIds(page)).toEqual([35]);

    for (const text of ["don't", 'multi-agent', 'NEAR(a b', 'body:x', 'OR NOT', '^x', '(', 'a*', '😀', 'שלום']) {
      await search.fill(text);
      await expect(count(page)).not.toHaveText('Counting…');
      await expect(page.getByRole('alert')).toHaveCount(0);
    }
    await search.fill('"');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing to search for' })).toBeVisible();
    await expect(count(page)).toHaveText('40 events');
    await search.fill('zzzz-no-such-word');
    await expect(page.getByText('No events match these filters.')).toBeVisible();
    await screenshot('table-search-empty-light');
  });
});

test('keyboard: move, open the detail panel, close it', async () => {
  await withSample(async ({ page, screenshot }) => {
    const grid = page.getByRole('grid', { name: 'Events' });
    await grid.focus();
    // Focus lands on the first row; j and k move, Enter opens.
    await expect(grid.locator('[data-active]')).toHaveAttribute('data-index', '0');
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await expect(grid.locator('[data-active]')).toHaveAttribute('data-index', '2');
    await page.keyboard.press('k');
    await expect(grid.locator('[data-active]')).toHaveAttribute('data-index', '1');
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Event detail' });
    // Newest first: after the May 7 return visit to Seoul comes the Hayashi–Raimondo call of April 28.
    await expect(detail).toContainText('Hayashi and Commerce Secretary Gina Raimondo speak by telephone');
    await expect(detail).toContainText('Provenance');
    await expect(detail).toContainText('Date as written');
    await screenshot('table-detail-panel-light');
    await detail.getByRole('button', { name: 'Add to briefing' }).click();
    await expect(detail.getByRole('button', { name: /In the briefing/ })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Escape');
    await expect(detail).toHaveCount(0);
  });
});

test('saved views survive a restart; the current view exports in full to CSV and JSON', async () => {
  const storePath = tempStorePath();
  const exportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-export-'));
  await withSample(
    async ({ page, screenshot }) => {
      await addCountry(page, 'United States');
      await addCountry(page, 'Japan');
      await page.getByRole('radio', { name: 'Strictly bilateral' }).check();
      await expect(count(page)).toHaveText(`${US_JAPAN_BILATERAL.length} events`);
      await page.keyboard.press('Control+s');
      await page.getByRole('textbox', { name: 'Name of the view' }).fill('US–Japan bilateral');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.getByRole('combobox', { name: 'Saved view' })).toHaveValue(/\d+/);

      // Sort by type, hide a column: the layout is kept in the store too.
      await page.getByRole('columnheader', { name: 'Type' }).getByRole('button').click();
      await expect(page.getByRole('columnheader', { name: 'Type' })).toHaveAttribute('aria-sort', 'ascending');
      // Alphabetical: the NASA framework agreement (Jan 13) comes before the two calls.
      await expect(rows(page).first()).toHaveAttribute('data-event-id', '6');
      await page.getByRole('button', { name: 'Columns', exact: true }).click();
      await page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Category' }).uncheck();
      await page.getByRole('button', { name: 'Columns', exact: true }).click();
      await expect(page.getByRole('columnheader', { name: 'Category' })).toHaveCount(0);

      await page.getByRole('button', { name: 'Export CSV' }).click();
      await expect(page.getByText(/Exported 14 events to/)).toBeVisible();
      await page.getByRole('button', { name: 'Export JSON' }).click();
      await expect(page.getByText(/Exported 14 events to .*\.json/)).toBeVisible();
      await screenshot('table-saved-view-light');
    },
    { storePath, exportDir },
  );
  const files = fs.readdirSync(exportDir);
  const csv = fs.readFileSync(path.join(exportDir, files.find((f) => f.endsWith('.csv'))!), 'utf8');
  const json = JSON.parse(fs.readFileSync(path.join(exportDir, files.find((f) => f.endsWith('.json'))!), 'utf8')) as { events: Array<{ id: number }> };
  expect(json.events.map((e) => e.id).sort((a, b) => a - b)).toEqual(US_JAPAN_BILATERAL);
  expect(csv.trim().split('\n').length).toBe(US_JAPAN_BILATERAL.length + 1);

  // A new launch on the same store: the view is there and gives the same events.
  await withSample(
    async ({ page }) => {
      const views = page.getByRole('combobox', { name: 'Saved view' });
      await expect(page.getByRole('columnheader', { name: 'Category' })).toHaveCount(0);
      await views.selectOption({ label: 'US–Japan bilateral' });
      await expect(count(page)).toHaveText(`${US_JAPAN_BILATERAL.length} events`);
      await expect.poll(() => shownIds(page)).toEqual(US_JAPAN_BILATERAL);
    },
    { storePath },
  );
});

test('the table in dark mode', async () => {
  await withSample(
    async ({ page, screenshot }) => {
      await addCountry(page, 'Japan');
      await addCountry(page, 'South Korea');
      await page.getByRole('searchbox', { name: /Search events/ }).fill('Yoon');
      await expect(rows(page).first()).toBeVisible();
      await rows(page).first().dblclick();
      await expect(page.getByRole('complementary', { name: 'Event detail' })).toBeVisible();
      await screenshot('table-detail-panel-dark');
    },
    { colorScheme: 'dark' },
  );
});
