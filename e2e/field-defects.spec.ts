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

test('comfortable rows wrap each summary over up to three lines, and the choice is kept', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await withSample(
      async (app) => {
        const { page } = app;
        const grid = page.getByRole('grid', { name: 'Events' });
        // How many of the drawn summaries are shown whole: one line cuts most of them.
        const shownWhole = async () =>
          grid.locator('.egrid-window .egrid-td.col-summary').evaluateAll((cells) => {
            const whole = cells.filter((c) => c.scrollWidth <= c.clientWidth + 1 && c.scrollHeight <= c.clientHeight + 1).length;
            return { whole, of: cells.length, tallest: Math.max(...cells.map((c) => c.getBoundingClientRect().height)) };
          });
        const compact = await shownWhole();
        await page.getByLabel('Row density').selectOption('comfortable');
        await expect(grid.locator('[data-index="0"]')).toHaveCSS('height', '72px');
        const comfortable = await shownWhole();
        console.log(`sample, ${colorScheme}: summaries shown whole — compact ${compact.whole} of ${compact.of}, comfortable ${comfortable.whole} of ${comfortable.of}`);
        await app.screenshot(`events-table-comfortable-${colorScheme}`);
        expect(compact.whole / compact.of).toBeLessThan(0.2);
        // Three lines hold most of the sample's summaries whole (the rest end in an ellipsis on the third line).
        expect(comfortable.whole / comfortable.of).toBeGreaterThan(0.5);
        // Each row keeps the one fixed height the virtualiser counts on.
        expect(comfortable.tallest).toBeLessThanOrEqual(72);
        await page.reload();
        await expect(page.getByLabel('Row density')).toHaveValue('comfortable');
        await expect(grid.locator('[data-index="0"]')).toHaveCSS('height', '72px');
      },
      { colorScheme, height: 900 },
    );
  }
});
