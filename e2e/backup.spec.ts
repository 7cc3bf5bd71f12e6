import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { launchApp, tempStorePath, type RunningApp } from './support/launch-app.ts';

const openSettings = (page: Page) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings' }).click();
const outcome = (page: Page) => page.getByTestId('backup-outcome');

async function loadSample(page: Page) {
  const button = page.getByRole('button', { name: 'Load sample briefing book' });
  await expect(button.or(page.getByTestId('event-count').filter({ hasText: /\d+ events/ }))).toBeVisible();
  if (await button.isVisible()) await button.click();
  await expect(page.getByTestId('event-count')).toHaveText('40 events');
}

/** Events in the store, as the page sees it. */
const storeTotal = (page: Page) =>
  page.evaluate(async () => {
    const r = await window.briefing!.countEvents({ filter: {} });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.total;
  });

const countIn = (file: string) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  } finally {
    db.close();
  }
};

async function withApp(options: Parameters<typeof launchApp>[0], run: (app: RunningApp) => Promise<void>) {
  const app = await launchApp(options);
  try {
    await run(app);
  } finally {
    await app.close();
  }
}

test('the author name is set in Settings and kept across a restart', async () => {
  const storePath = tempStorePath();
  await withApp({ storePath }, async ({ page }) => {
    await openSettings(page);
    const author = page.getByRole('textbox', { name: 'Author name' });
    // The default is the account's full name, which the hint names.
    const hint = page.getByText(/\(account's full name: .+\)/);
    await expect(hint).toBeVisible();
    const fullName = /full name: (.+)\)/.exec((await hint.textContent()) ?? '')![1]!;
    await expect(author).toHaveValue(fullName);

    await author.fill('   ');
    await author.blur();
    await expect(page.getByRole('alert').filter({ hasText: 'Enter the name your notes should carry' })).toBeVisible();
    await expect(author).toHaveAttribute('aria-invalid', 'true');

    await author.fill('Ana Analyst');
    await author.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    const keep = page.getByRole('spinbutton', { name: 'Automatic backups kept' });
    await keep.fill('0');
    await keep.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'Enter a whole number from 1 to 365.' })).toBeVisible();
    await keep.fill('5');
    await keep.press('Enter');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
  await withApp({ storePath }, async ({ page }) => {
    await openSettings(page);
    await expect(page.getByRole('textbox', { name: 'Author name' })).toHaveValue('Ana Analyst');
    await expect(page.getByRole('spinbutton', { name: 'Automatic backups kept' })).toHaveValue('5');
  });
});

test('back up now, change the store, restore: the change is gone and the store before the restore is kept', async () => {
  const storePath = tempStorePath();
  const backupsFolder = path.join(path.dirname(storePath), 'backups');
  const backupFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-backup-')), 'before-the-change.sqlite');
  await withApp({ storePath, backupFile }, async ({ page, answerDialogs, screenshot }) => {
    await loadSample(page);
    await openSettings(page);
    await expect(page.getByTestId('backups-folder')).toHaveText(backupsFolder);
    await page.getByRole('button', { name: 'Back up now…' }).click();
    await expect(outcome(page)).toContainText(`Backed up the store to ${backupFile}`);
    expect(countIn(backupFile)).toBe(40);

    await page.evaluate(() => window.briefing!.addEvents({ events: [{ dateStart: '2023-05-01', summary: 'An event added after the backup' }] }));
    expect(await storeTotal(page)).toBe(41);

    await answerDialogs({ restoreFile: backupFile });
    await page.getByRole('button', { name: 'Restore from backup…' }).click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm).toContainText('Restore replaces everything in the current store with the backup. Your current store is backed up first.');
    await confirm.getByRole('button', { name: 'Choose a backup and restore…' }).click();

    // The page reloads on the new store and says where it came from.
    await expect(outcome(page)).toContainText(`Restored the store from ${backupFile}`);
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    expect(await storeTotal(page)).toBe(40);
    const safety = fs.readdirSync(backupsFolder).filter((f) => f.endsWith('.before-restore.sqlite'));
    expect(safety).toHaveLength(1);
    expect(countIn(path.join(backupsFolder, safety[0]!))).toBe(41);
    await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Before a restore' })).toHaveCount(1);
    await screenshot('settings-light');

    // The events screen reads the restored store too.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Events' }).click();
    await expect(page.getByTestId('event-count')).toHaveText('40 events');
  });
});

test('restoring a file that is not a Briefing Book store is refused with a clear message and changes nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-not-stores-'));
  const text = path.join(dir, 'chronology.sqlite');
  fs.writeFileSync(text, 'Jan. 11, 2023: US-Japan 2+2 in Washington\n');
  const empty = path.join(dir, 'empty.sqlite');
  fs.writeFileSync(empty, '');
  const foreign = path.join(dir, 'contacts.sqlite');
  const other = new Database(foreign);
  other.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('someone')");
  other.close();

  await withApp({}, async ({ page, answerDialogs, storePath, screenshot }) => {
    await loadSample(page);
    await openSettings(page);
    const cases: Array<[string, RegExp]> = [
      [text, /is not a Briefing Book store: it is not an SQLite database\. Nothing was restored/],
      [empty, /is empty \(0 bytes\), so it is not a Briefing Book store\. Nothing was restored/],
      [foreign, /is an SQLite database of another application, not a Briefing Book store\. Nothing was restored/],
    ];
    for (const [file, message] of cases) {
      await answerDialogs({ restoreFile: file });
      await page.getByRole('button', { name: 'Restore from backup…' }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Choose a backup and restore…' }).click();
      await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('alertdialog')).toHaveCount(0);
      expect(await storeTotal(page)).toBe(40);
    }
    await screenshot('settings-restore-refused-light');
    // Refused before anything was written: no safety backup, and the files are as they were.
    expect(fs.existsSync(path.join(path.dirname(storePath), 'backups'))).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual(['chronology.sqlite', 'contacts.sqlite', 'empty.sqlite']);
    expect(fs.statSync(empty).size).toBe(0);
  });
});

test('a backups folder inside a synced folder is named as such; the menu commands reach Settings', async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-synced-'));
  const storePath = path.join(root, 'Dropbox', 'Briefing', 'briefing-book.sqlite');
  await withApp({ storePath, colorScheme: 'dark' }, async ({ page, sendCommand, answerDialogs, screenshot }) => {
    await loadSample(page);
    await sendCommand('open-settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await expect(page.getByRole('note', { name: 'Backups folder warning' })).toContainText('synced by Dropbox');

    // File → Back Up Now… with the suggested file: it lands in the backups folder, listed as made by you.
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Events' }).click();
    await sendCommand('backup-now');
    await expect(outcome(page)).toContainText(`Backed up the store to ${path.join(path.dirname(storePath), 'backups')}`);
    await expect(page.getByRole('table', { name: 'Backups' }).getByRole('row').filter({ hasText: 'Made by you' })).toHaveCount(1);
    await expect(page.getByRole('note', { name: 'Backup file warning' })).toHaveCount(0);

    // A copy saved by hand into another synced folder is named as such too.
    const elsewhere = path.join(root, 'OneDrive - Ministry', 'briefing copy.sqlite');
    await answerDialogs({ backupFile: elsewhere });
    await page.getByRole('button', { name: 'Back up now…' }).click();
    await expect(outcome(page)).toContainText(`Backed up the store to ${elsewhere}`);
    await expect(page.getByRole('note', { name: 'Backup file warning' })).toContainText('synced by OneDrive');
    expect(countIn(elsewhere)).toBe(40);

    await sendCommand('restore-backup');
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await screenshot('settings-dark');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
});
