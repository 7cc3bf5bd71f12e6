import { expect, test } from '@playwright/test';
import { launchApp } from './support/launch-app.ts';

test('an official the analyst adds is recognised by the next import', async () => {
  const app = await launchApp();
  const { page } = app;
  try {
    await page.getByRole('button', { name: 'People', exact: true }).click();
    await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr').first()).toBeVisible();
    await page.getByLabel('Search people').fill('Kishida');
    await expect(page.getByRole('table', { name: 'People' })).toContainText('Fumio Kishida');

    await page.getByRole('button', { name: 'Add a person' }).click();
    const form = page.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name', { exact: true }).fill('Yamada Shigeo');
    await form.getByLabel('Country', { exact: true }).selectOption('JP');
    await form.getByLabel(/Other names/).fill('Shigeo Yamada, Ambassador Yamada');
    await form.getByLabel('Title', { exact: true }).fill('Ambassador to the United States');
    await form.getByLabel('From', { exact: true }).fill('2023-12-01');
    await form.getByRole('button', { name: 'Save person' }).click();
    await expect(page.getByRole('status')).toContainText('Saved Yamada Shigeo');
    await page.getByLabel('Search people').fill('Yamada');
    await expect(page.locator('tr[data-person="yamada-shigeo"]')).toContainText('Ambassador to the United States (official)');
    await app.screenshot('people-light');

    // A bad edit is refused with the reason, and nothing changes.
    await page.getByRole('button', { name: 'Edit Yamada Shigeo' }).click();
    const edit = page.getByRole('form', { name: 'Edit Yamada Shigeo' });
    await edit.getByLabel(/Until/).fill('2020-01-01');
    await edit.getByRole('button', { name: 'Save person' }).click();
    await expect(page.getByRole('alert')).toContainText('the end date must come after the start date');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByLabel('Chronology text').fill('March 4, 2024: Shigeo Yamada presents his credentials at the White House.\n');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await page.getByRole('button', { name: /^All \(1\)/ }).click();
    const row = page.getByRole('table', { name: 'Parsed entries' }).locator('tbody tr').first();
    await expect(row).toContainText('People: Yamada Shigeo');
    await expect(page.getByLabel('Countries of entry 1 (names or codes, separated by commas)')).toHaveValue(/Japan/);
  } finally {
    await app.close();
  }
});
