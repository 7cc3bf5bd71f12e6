/**
 * Defects found in real use, each reproduced as the analyst met it: search and filters, the
 * dashboards' pair picker, the filter panel's width, the sample after an import, the author of notes.
 */
import { expect, test } from '@playwright/test';
import { eventCount, withSample } from './support/sample.ts';

const screens = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Screens' });

test('clearing the search and adding a country at once does not bring the old search back', async () => {
  await withSample(async ({ page }) => {
    const search = page.getByLabel('Search events (press / to focus)');
    await search.fill('Tokyo');
    await expect(eventCount(page)).not.toHaveText('40 events');
    // Within the search's pause: the box is cleared and a country added straight after.
    await search.fill('');
    const country = page.getByRole('complementary', { name: 'Filters' }).getByLabel('Add a country', { exact: true });
    await country.fill('Japan');
    await page.waitForTimeout(800);
    await expect(search).toHaveValue('');
    const japanOnly = await page.evaluate(async () => {
      const r = await window.briefing!.countEvents({ filter: { pairing: { kind: 'countries', countries: ['JP'], mode: 'any', fileOnly: false } } });
      return r.ok ? (r.value as { total: number }).total : -1;
    });
    await expect(eventCount(page)).toHaveText(`${japanOnly} events`);
  });
});

test('the pair picker empties its box after Enter, even for a country already in the pair', async () => {
  await withSample(async ({ page }) => {
    await screens(page).getByRole('button', { name: 'Dashboards' }).click();
    await page.getByRole('group', { name: 'Dashboard' }).getByRole('button', { name: 'Pair', exact: true }).click();
    const box = page.getByLabel('Add a country to the pair');
    await box.fill('China');
    await expect(page.getByRole('button', { name: 'Remove China' })).toBeVisible();
    await expect(box).toHaveValue('');
    // The list's own Enter writes the name again once it is chosen: nothing is left in the box.
    await box.fill('China');
    await box.press('Enter');
    await expect(box).toHaveValue('');
    await box.fill('United States');
    await box.press('Enter');
    await expect(box).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Remove United States' })).toBeVisible();
  });
});

test('the filter panel shows its country box and grouping list whole', async () => {
  await withSample(async ({ page }) => {
    const panel = page.getByRole('complementary', { name: 'Filters' });
    const edge = await panel.evaluate((el) => el.getBoundingClientRect().right);
    for (const control of [panel.getByLabel('Add a country', { exact: true }), panel.getByLabel('Grouping')]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width, await control.evaluate((el) => el.outerHTML.slice(0, 80))).toBeLessThanOrEqual(edge + 0.5);
    }
    expect(await panel.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  });
});

test('the sample briefing book can still be loaded after something was imported', async () => {
  await withSample(async (app) => {
    const { page } = app;
    await page.evaluate(() => window.briefing!.addEvents({ events: [{ dateStart: '2024-02-01', summary: 'An event of the analyst’s own.' }] }));
    await screens(page).getByRole('button', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Load sample briefing book' }).click();
    // Already loaded: nothing is added twice, and the table says so.
    await expect(page.getByRole('status')).toContainText('40 were already in the store');
  });
});
