import os from 'node:os';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillSyntheticEvents } from '../bench/synthetic-events.ts';
import { openStore } from '../db/open-store.ts';
import { launchApp, tempStorePath, type RunningApp } from './support/launch-app.ts';
import { eventCount, shownIds, withSample as withSampleBase } from './support/sample.ts';

/*
 * Selection and bulk tagging in the events table, the tag manager and the activity log, on
 * the sample briefing book (40 events) in a fresh store. The author written on every entry
 * is the computer's user name until the analyst sets another (the store runs in this
 * process in Chromium mode, so it is ours).
 */
const AUTHOR = (() => {
  try {
    return os.userInfo().username.trim() || 'Analyst';
  } catch {
    return 'Analyst';
  }
})();

const grid = (page: Page) => page.getByRole('grid', { name: 'Events' });
const row = (page: Page, index: number) => grid(page).locator(`[data-index="${index}"]`);
const count = eventCount;
const status = (page: Page) => page.getByRole('status').filter({ hasText: /\S/ });


async function selectedIds(page: Page): Promise<number[]> {
  const ids = await grid(page)
    .locator('[aria-selected="true"]')
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-event-id'))));
  return ids.sort((a, b) => a - b);
}

const idAt = async (page: Page, index: number) => Number(await row(page, index).getAttribute('data-event-id'));

async function withSample(run: (app: RunningApp) => Promise<void>, options: Parameters<typeof withSampleBase>[1] = {}) {
  await withSampleBase(async (app) => {
    // The Tags column starts hidden; show it, so the rows say what they carry.
    await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
    await app.page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Tags' }).check();
    await app.page.getByRole('group', { name: 'Columns' }).getByRole('checkbox', { name: 'Importance' }).check();
    await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
    await run(app);
  }, { height: 1000, ...options });
}

/** Tag… (or Tag all …) in the bulk bar: type a name and press Enter. */
async function tagWith(page: Page, button: string, name: string) {
  const bar = page.getByRole('region', { name: 'Selected events' });
  await bar.getByRole('button', { name: button, exact: true }).click();
  const picker = page.getByRole('dialog').filter({ has: page.getByRole('textbox', { name: 'Find or create a tag' }) });
  await picker.getByRole('textbox', { name: 'Find or create a tag' }).fill(name);
  await picker.getByRole('textbox', { name: 'Find or create a tag' }).press('Enter');
  await expect(picker).toHaveCount(0);
}

const tagFilter = (page: Page, name: string) => page.getByRole('complementary', { name: 'Filters' }).getByRole('group', { name: 'Tags' }).getByRole('checkbox', { name });

const tagRow = (page: Page, name: string): Locator =>
  page.getByRole('table', { name: 'Tags' }).getByRole('row').filter({ has: page.getByRole('button', { name: `Delete “${name}”` }) });

test('select rows, tag them, manage the tag, and read every change in the activity log', async () => {
  test.setTimeout(120_000);
  await withSample(async ({ page, screenshot }) => {
    // Ctrl/Cmd+click toggles single rows; Shift+click adds the range from the last one chosen.
    await expect(row(page, 4)).toHaveAttribute('data-event-id', /\d+/);
    const [a, b, c] = [await idAt(page, 4), await idAt(page, 0), await idAt(page, 1)];
    await row(page, 4).click({ modifiers: ['ControlOrMeta'] });
    await row(page, 0).click({ modifiers: ['ControlOrMeta'] });
    await row(page, 1).click({ modifiers: ['Shift'] });
    const first = [a, b, c].sort((x, y) => x - y);
    await expect.poll(() => selectedIds(page)).toEqual(first);
    await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
    // Ctrl+click again takes a row out; once more puts it back.
    await row(page, 4).click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('selection-count')).toHaveText('2 selected');
    await row(page, 4).click({ modifiers: ['ControlOrMeta'] });
    await expect(page.getByTestId('selection-count')).toHaveText('3 selected');

    // Tag… with a new name.
    const bar = page.getByRole('region', { name: 'Selected events' });
    await bar.getByRole('button', { name: 'Tag…', exact: true }).click();
    await page.getByRole('textbox', { name: 'Find or create a tag' }).fill('follow-up');
    await expect(page.getByText('New tag: “follow-up”')).toBeVisible();
    await screenshot('table-selection-light');
    await page.getByRole('textbox', { name: 'Find or create a tag' }).press('Enter');
    await expect(status(page)).toContainText('Tagged 3 events with “follow-up”.');
    // The rows read again show the tag.
    for (const index of [0, 1, 4]) await expect(row(page, index).locator('.col-tags')).toContainText('follow-up');
    await expect(row(page, 2).locator('.col-tags')).not.toContainText('follow-up');

    // The Filters panel offers the new tag; it finds exactly those three.
    await tagFilter(page, 'follow-up').check();
    await expect(count(page)).toHaveText('3 events');
    await expect.poll(() => shownIds(page)).toEqual(first);
    // A new filter starts a new selection.
    await expect(bar).toHaveCount(0);
    await tagFilter(page, 'follow-up').uncheck();
    await expect(count(page)).toHaveText('40 events');

    // A second tag, on one of the same events and another: for the merge below.
    await row(page, 0).click({ modifiers: ['ControlOrMeta'] });
    await row(page, 10).click({ modifiers: ['ControlOrMeta'] });
    await tagWith(page, 'Tag…', 'watch');
    await expect(status(page)).toContainText('Tagged 2 events with “watch”.');

    // Importance on a selection, keyboard this time: Space toggles the active row.
    await row(page, 2).click();
    await page.keyboard.press('Escape');
    await expect(bar).toHaveCount(0);
    await page.keyboard.press('Space');
    await page.keyboard.press('j');
    await page.keyboard.press('Space');
    const marked = [await idAt(page, 2), await idAt(page, 3)].sort((x, y) => x - y);
    await expect.poll(() => selectedIds(page)).toEqual(marked);
    await bar.getByRole('combobox', { name: 'Set importance' }).selectOption('3');
    await expect(status(page)).toContainText('Marked importance 3 (★★★) on 2 events.');
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('combobox', { name: 'Importance' }).selectOption('3');
    await expect(count(page)).toHaveText('2 events');
    await expect.poll(() => shownIds(page)).toEqual(marked);
    await page.getByRole('complementary', { name: 'Filters' }).getByRole('combobox', { name: 'Importance' }).selectOption('');
    await expect(count(page)).toHaveText('40 events');

    // Tag all matching events: the filter, not the selection.
    await row(page, 5).click({ modifiers: ['ControlOrMeta'] });
    await tagWith(page, 'Tag all 40 matching events…', 'sample');
    await expect(status(page)).toContainText('Tagged all 40 events matching the filters with “sample”.');

    // The tag manager.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Tags' }).click();
    const table = page.getByRole('table', { name: 'Tags' });
    await expect(tagRow(page, 'follow-up').locator('.col-events')).toHaveText('3');
    await expect(tagRow(page, 'watch').locator('.col-events')).toHaveText('2');
    await expect(tagRow(page, 'sample').locator('.col-events')).toHaveText('40');

    // New tag with a colour.
    await page.getByRole('button', { name: 'New tag' }).click();
    const form = page.getByRole('form', { name: 'New tag' });
    await form.getByRole('textbox', { name: 'Name' }).fill('for the minister');
    await form.getByRole('button', { name: 'violet' }).click();
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(status(page)).toContainText('Created the tag “for the minister”.');
    await expect(tagRow(page, 'for the minister').getByRole('button', { name: /^Colour of/ })).toHaveAccessibleName('Colour of “for the minister”: violet');

    // Rename: a clash is shown beside the field and the typing is kept; Esc cancels; Enter saves.
    await tagRow(page, 'follow-up').getByRole('button', { name: 'Rename “follow-up”' }).click();
    const rename = page.getByRole('textbox', { name: 'New name for “follow-up”' });
    await rename.fill('Watch');
    await rename.press('Enter');
    await expect(page.getByRole('alert')).toContainText('A tag called "watch" already exists');
    await expect(rename).toHaveValue('Watch');
    await rename.press('Escape');
    await expect(rename).toHaveCount(0);
    await table.getByRole('button', { name: 'follow-up', exact: true }).click();
    await page.getByRole('textbox', { name: 'New name for “follow-up”' }).fill('to-brief');
    await page.getByRole('textbox', { name: 'New name for “follow-up”' }).press('Enter');
    await expect(status(page)).toContainText('Renamed “follow-up” to “to-brief”.');

    // Colour from the swatch's palette.
    await tagRow(page, 'to-brief').getByRole('button', { name: 'Colour of “to-brief”: no colour' }).click();
    await page.getByRole('dialog', { name: 'Colour of “to-brief”' }).getByRole('button', { name: 'green' }).click();
    await expect(tagRow(page, 'to-brief').getByRole('button', { name: /^Colour of/ })).toHaveAccessibleName('Colour of “to-brief”: green');
    await tagRow(page, 'watch').getByRole('button', { name: /^Colour of/ }).click();
    await page.getByRole('dialog', { name: 'Colour of “watch”' }).getByRole('button', { name: 'amber' }).click();
    await expect(tagRow(page, 'watch').getByRole('button', { name: /^Colour of/ })).toHaveAccessibleName('Colour of “watch”: amber');
    await page.getByRole('checkbox', { name: 'Select “watch” for merging' }).check();
    await page.getByRole('checkbox', { name: 'Select “to-brief” for merging' }).check();
    await screenshot('tags-manager-light');

    // Merge "watch" into "to-brief": 2 events carry it, one of them already has "to-brief".
    await page.getByRole('button', { name: 'Merge selected into…' }).click();
    const merge = page.getByRole('dialog', { name: 'Merge tags' });
    const keptId = await tagRow(page, 'to-brief').getAttribute('data-tag-id');
    await expect(merge.getByRole('combobox', { name: 'Tag to keep' })).toHaveValue(keptId ?? '');
    await expect(merge.getByTestId('merge-summary')).toHaveText('1 tag will be merged into “to-brief”; 2 events carry it.');
    await merge.getByRole('button', { name: 'Merge' }).click();
    await expect(merge).toHaveCount(0);
    await expect(status(page)).toContainText('Merged “watch” into “to-brief”; it is now on 4 events.');
    await expect(tagRow(page, 'watch')).toHaveCount(0);
    await expect(tagRow(page, 'to-brief').locator('.col-events')).toHaveText('4');

    // Delete, with the count in the question.
    await tagRow(page, 'to-brief').getByRole('button', { name: 'Delete “to-brief”' }).click();
    const del = page.getByRole('dialog', { name: 'Delete “to-brief”?' });
    await expect(del).toContainText('It is on 4 events. The events stay; only the tag is removed.');
    await del.getByRole('button', { name: 'Delete' }).click();
    await expect(status(page)).toContainText('Deleted the tag “to-brief”; it was on 4 events.');
    await expect(tagRow(page, 'to-brief')).toHaveCount(0);
    // "sample" goes too: its 40 removals push the log past one page.
    await tagRow(page, 'sample').getByRole('button', { name: 'Delete “sample”' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete “sample”?' })).toContainText('It is on 40 events.');
    await page.getByRole('dialog', { name: 'Delete “sample”?' }).getByRole('button', { name: 'Delete' }).click();
    await tagRow(page, 'for the minister').getByRole('button', { name: 'Delete “for the minister”' }).click();
    await expect(page.getByRole('dialog', { name: 'Delete “for the minister”?' })).toContainText('It is on no events.');
    await page.getByRole('dialog', { name: 'Delete “for the minister”?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('heading', { name: 'No tags yet' })).toBeVisible();

    // The events lost the tag; they are still there.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Events' }).click();
    await expect(count(page)).toHaveText('40 events');
    await expect(row(page, 0).locator('.col-tags')).toHaveText('');

    // The activity log: every change, newest first, with the author.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Activity' }).click();
    const entries = page.locator('.activity-entry');
    const entry = (text: string) => entries.filter({ hasText: text });
    await expect(page.getByRole('heading', { name: 'Today' })).toBeVisible();
    await expect(entries.first()).toContainText('deleted the tag “for the minister” from 0 events');
    await expect(entry('deleted the tag “to-brief” from 4 events')).toHaveCount(1);
    await expect(entry('merged “watch” into “to-brief”')).toHaveCount(1);
    await expect(entry('renamed the tag “follow-up” to “to-brief”')).toHaveCount(1);
    await expect(entry('changed the colour of “to-brief”')).toHaveCount(1);
    await expect(entry('created the tag “for the minister”')).toHaveCount(1);
    await expect(entry('marked importance 3')).toHaveCount(2);
    for (const text of ['deleted the tag “to-brief”', 'merged “watch”', 'renamed the tag “follow-up”', 'marked importance 3']) {
      await expect(entry(text).first().locator('.activity-author')).toHaveText(AUTHOR);
    }
    // One page is 100 entries; the rest come with Load more.
    await expect(entries).toHaveCount(100);
    await page.getByRole('button', { name: 'Load more' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThan(100);
    // Per-event entries name the event they are about.
    await expect(entry('tagged “follow-up”')).toHaveCount(3);
    await expect(entry('tagged “follow-up”').first()).toContainText(/— \w{3} \d{1,2}, 2023 · /);

    // Kind chips narrow the log.
    await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Importance' }).click();
    await expect(entries).toHaveCount(2);
    await expect(entries.first()).toContainText(`${AUTHOR} marked importance 3 —`);
    await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Tags' }).click();
    await expect.poll(() => entries.count()).toBeGreaterThan(2);
    await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Importance' }).click();
    await expect(page.locator('.activity-entry[data-kind="importance"]')).toHaveCount(0);
    await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Tags' }).click();
    await screenshot('activity-log-light');
  });
});

test('selection, tags and activity in dark mode', async () => {
  await withSample(
    async ({ page, screenshot }) => {
      await row(page, 1).click({ modifiers: ['ControlOrMeta'] });
      await row(page, 3).click({ modifiers: ['Shift'] });
      await expect(page.getByTestId('selection-count')).toHaveText('3 selected');
      await row(page, 6).click();
      await screenshot('table-selection-dark');
      await tagWith(page, 'Tag…', 'alliance');
      await expect(status(page)).toContainText('Tagged 3 events with “alliance”.');
      await page.getByRole('region', { name: 'Selected events' }).getByRole('combobox', { name: 'Set importance' }).selectOption('2');
      await expect(status(page)).toContainText('on 3 events');

      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Tags' }).click();
      await page.getByRole('button', { name: 'New tag' }).click();
      await page.getByRole('form', { name: 'New tag' }).getByRole('textbox', { name: 'Name' }).fill('watch');
      await page.getByRole('form', { name: 'New tag' }).getByRole('button', { name: 'red' }).click();
      await page.getByRole('form', { name: 'New tag' }).getByRole('button', { name: 'Create' }).click();
      await expect(tagRow(page, 'watch')).toBeVisible();
      await tagRow(page, 'alliance').getByRole('button', { name: /^Colour of/ }).click();
      await screenshot('tags-manager-dark');
      await page.keyboard.press('Escape');

      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Activity' }).click();
      await expect(page.locator('.activity-entry').first()).toContainText(AUTHOR);
      await expect(page.locator('.activity-entry[data-kind="importance"]')).toHaveCount(3);
      await page.getByRole('group', { name: 'Show only' }).getByRole('button', { name: 'Tags' }).click();
      await expect(page.locator('.activity-entry[data-kind="importance"]')).toHaveCount(0);
      await expect(page.locator('.activity-entry[data-kind="tag"]')).toHaveCount(5);
      await screenshot('activity-log-dark');
    },
    { colorScheme: 'dark' },
  );
});

test('a Shift range over rows the table never loaded is read from the store, exactly', async () => {
  test.setTimeout(120_000);
  const storePath = tempStorePath();
  const store = await openStore(storePath);
  fillSyntheticEvents(store.db, 5_000);
  store.db.close();
  const app = await launchApp({ storePath });
  try {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(count(page)).toHaveText('5,000 events', { timeout: 30_000 });
    await expect(row(page, 10)).toHaveAttribute('data-event-id', /\d+/);
    const firstId = await idAt(page, 10);
    await row(page, 10).click({ modifiers: ['ControlOrMeta'] });
    // End: the last rows load; the thousands between were never fetched.
    await page.keyboard.press('End');
    await expect(row(page, 4990)).toHaveAttribute('data-event-id', /\d+/);
    expect(Number(await grid(page).locator('[data-index]').first().getAttribute('data-index'))).toBeGreaterThan(4000);
    const lastId = await idAt(page, 4990);
    await row(page, 4990).click({ modifiers: ['Shift'] });
    await expect(page.getByTestId('selection-count')).toHaveText('4,981 selected');

    await tagWith(page, 'Tag…', 'range');
    await expect(status(page)).toContainText('Tagged 4,981 events with “range”.');
    await tagFilter(page, 'range').check();
    await expect(count(page)).toHaveText('4,981 events');
    // Same order: the range starts and ends where it was taken.
    await expect(row(page, 0)).toHaveAttribute('data-event-id', String(firstId));
    await grid(page).focus();
    await page.keyboard.press('End');
    await expect(row(page, 4980)).toHaveAttribute('data-event-id', String(lastId));
  } finally {
    await app.close();
  }
});
