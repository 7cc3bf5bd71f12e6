/**
 * axe-core on every main screen, in the light and the dark theme: no serious or critical
 * violation anywhere. Each screen is checked in a state with content (the sample loaded, a
 * note, a tag and a briefing written) so labels, contrast and roles are checked on real rows.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { withSample } from './support/sample.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'japan-korea-2023.txt');

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event detail' });

interface Finding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/** Runs axe on the page as it is now and returns its serious and critical violations, named by screen. */
async function audit(page: Page, screen: string): Promise<Finding[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      screen,
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 240)}` : ''}`),
    }));
}

function report(findings: Finding[]): string {
  return findings
    .map((f) => [`[${f.screen}] ${f.rule} (${f.impact}): ${f.help}`, `  ${f.helpUrl}`, ...f.targets.map((t) => `  - ${t}`)].join('\n'))
    .join('\n');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every main screen has no serious or critical accessibility violation (${colorScheme})`, async () => {
    test.setTimeout(180_000);
    await withSample(
      async ({ page, screenshot }) => {
        const findings: Finding[] = [];
        const check = async (screen: string) => {
          findings.push(...(await audit(page, screen)));
          await screenshot(`a11y-${screen}-${colorScheme}`);
        };

        // Events: the table with the filter panel (open by default), then the detail panel.
        await expect(page.getByRole('complementary', { name: 'Filters' })).toBeVisible();
        await check('events-filters');
        await page.getByRole('grid', { name: 'Events' }).locator('[data-event-id="1"]').dblclick();
        await expect(detail(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
        // Give the detail panel a note and a tag, so the Notes, Tags and Activity screens have rows.
        await detail(page).getByRole('button', { name: 'Add a note' }).click();
        await page.getByLabel('Your name').fill('R. Analyst');
        await page.getByRole('button', { name: 'Sign notes with this name' }).click();
        await detail(page).getByRole('textbox', { name: 'New note text' }).pressSequentially('The 2+2 widens the **alliance** remit.', { delay: 2 });
        await expect(detail(page).getByRole('status').filter({ hasText: /Saved/ }).first()).toBeVisible();
        await detail(page).getByRole('button', { name: 'Done' }).click();
        await detail(page).getByRole('combobox', { name: 'Add a tag' }).fill('alliance-watch');
        await detail(page).getByRole('combobox', { name: 'Add a tag' }).press('Enter');
        await expect(detail(page).getByRole('button', { name: 'Remove tag alliance-watch' })).toBeVisible();
        await detail(page).getByRole('button', { name: 'Add to briefing' }).click();
        await expect(detail(page).getByRole('button', { name: /In the briefing/ })).toBeVisible();
        await check('events-detail');
        await page.keyboard.press('Escape');

        // Dashboards: a country, then the pair.
        await nav(page, 'Dashboards').click();
        await page.getByRole('combobox', { name: 'Period' }).selectOption('custom');
        await page.getByLabel('From', { exact: true }).fill('2023-01-01');
        await page.getByLabel('To', { exact: true }).fill('2023-04-30');
        const country = page.getByRole('combobox', { name: 'Choose a country' });
        await country.fill('Japan');
        await country.press('Enter');
        await country.blur();
        await expect(page.getByTestId('country-dashboard')).toHaveAttribute('data-country', 'JP');
        await expect(page.getByTestId('events-per-month').locator('text.chart-total').first()).toBeVisible();
        await check('dashboard-country');
        await page.getByTestId('top-counterparts').locator('rect[data-key="US"]').click();
        await expect(page.getByTestId('pair-dashboard')).toBeVisible();
        await expect(page.getByTestId('shared-per-month').locator('text.chart-total').first()).toBeVisible();
        await check('dashboard-pair');

        // Briefings: the empty list, a new briefing in the composer, then the list with it.
        await nav(page, 'Briefings').click();
        await expect(page.getByRole('heading', { name: 'No briefings yet' })).toBeVisible();
        await check('briefings-empty');
        await page.getByRole('button', { name: 'New briefing…' }).first().click();
        const create = page.getByRole('dialog', { name: 'New briefing' });
        await create.getByRole('radio', { name: /Client note/ }).check();
        await create.getByRole('textbox', { name: 'Title' }).fill('US–Japan: the alliance after the 2+2');
        await check('briefings-new-dialog');
        await create.getByRole('button', { name: 'Create briefing' }).click();
        const form = page.getByRole('form', { name: 'Briefing contents' });
        await expect(form.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('US–Japan: the alliance after the 2+2');
        await form.getByRole('button', { name: 'Add key point' }).click();
        await form.getByRole('textbox', { name: 'Key point 1' }).fill('The 2+2 folds counterstrike into alliance planning.');
        await form.getByRole('textbox', { name: 'Text of Diplomacy' }).fill('Washington and Tokyo **widened** the alliance remit.');
        // Cite the event marked above, so the citation list and the sheet's cited event are checked too.
        const diplomacy = page.locator('.section-card[data-section-title="Diplomacy"]');
        await diplomacy.getByRole('button', { name: 'Cite events…' }).click();
        const cite = page.getByRole('dialog', { name: 'Cite events in “Diplomacy”' });
        await cite.getByRole('radio', { name: /marked “Add to briefing”/ }).check();
        await check('briefings-cite-dialog');
        await cite.getByRole('button', { name: 'Cite events' }).click();
        await expect(diplomacy.getByRole('list', { name: 'Events cited in Diplomacy' }).getByRole('listitem')).toHaveCount(1);
        await expect(page.getByTestId('composer-save')).toHaveAttribute('data-save-state', 'saved');
        await check('briefings-composer');
        await page.getByRole('toolbar', { name: 'Briefing' }).getByRole('button', { name: '← Briefings' }).click();
        await expect(page.getByRole('table', { name: 'Briefings' }).getByRole('row')).not.toHaveCount(0);
        await check('briefings-list');

        // Import: the start screen, then a preview of pasted text.
        await nav(page, 'Import').click();
        await expect(page.getByRole('heading', { name: 'Import a chronology' })).toBeVisible();
        await check('import-start');
        await page.getByLabel('Chronology text').fill(fs.readFileSync(FIXTURE, 'utf8'));
        await page.getByRole('button', { name: 'Read pasted text' }).click();
        await expect(page.getByRole('heading', { name: /Review import/ })).toBeVisible();
        await expect(page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr').first()).toBeVisible();
        await check('import-preview');

        // Possible duplicates: the sample's own overlap (Yoon in Tokyo, in both sample files).
        await nav(page, 'Events').click();
        await page.getByRole('button', { name: 'Possible duplicates' }).click();
        await expect(page.getByRole('list', { name: 'Possible duplicates' }).getByRole('listitem')).toHaveCount(1);
        await check('duplicates');

        for (const [screen, heading] of [
          ['Notes', 'Notes'],
          ['People', 'People'],
          ['Tags', 'Tags'],
          ['Activity', 'Activity'],
          ['Settings', 'Settings'],
        ] as const) {
          await nav(page, screen).click();
          await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
          await page.waitForLoadState('networkidle').catch(() => {});
          await check(screen.toLowerCase());
        }

        expect(findings.length, `serious or critical accessibility violations:\n${report(findings)}`).toBe(0);
      },
      { colorScheme },
    );
  });
}
