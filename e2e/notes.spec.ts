import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { gecosName } from '../db/preferences.ts';
import { tempStorePath } from './support/launch-app.ts';
import { prepareCrashStore, runNoteCrashTrial } from './support/note-crash.ts';
import { launchWithSample as launchSample } from './support/sample.ts';

/*
 * Sample ids as in table.spec.ts: event 1 is the US–Japan 2+2 of Jan. 11, 2023.
 */
// Tall enough that all 40 sample rows are drawn at once.
const launchWithSample = (storePath: string) => launchSample({ storePath, height: 1500 });
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event detail' });

async function openEvent(page: Page, id: number) {
  await page.getByRole('grid', { name: 'Events' }).locator(`[data-event-id="${id}"]`).dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
}

/** The first note asks whose it is; the name is kept, so later notes do not ask again. */
async function signNotes(page: Page, name = 'R. Analyst') {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Sign notes with this name' }).click();
}

async function saved(page: Page) {
  await expect(detail(page).getByRole('status').filter({ hasText: /Saved/ }).first()).toBeVisible();
}

test('a note, a tag and an importance mark survive a restart with the note’s history; an old version restores; trash and undo', async () => {
  const storePath = tempStorePath('notes');
  let app = await launchWithSample(storePath);
  try {
    const { page } = app;
    await openEvent(page, 1);
    await detail(page).getByRole('button', { name: 'Add a note' }).click();
    // Asked once, offered the account's full name (the GECOS field on Linux), never the login.
    if (process.platform === 'linux') await expect(page.getByLabel('Your name')).toHaveValue(gecosName(fs.readFileSync('/etc/passwd', 'utf8'), os.userInfo().uid));
    await signNotes(page, 'Hana Sato');
    const editor = detail(page).getByRole('textbox', { name: 'New note text' });
    await editor.pressSequentially('First reading: the 2+2 widens the alliance remit.', { delay: 5 });
    await saved(page);
    await editor.fill('**Revised:** the 2+2 makes counterstrike part of the alliance plan.\n\n- watch the budget\n- watch Seoul');
    await saved(page);
    await app.screenshot('note-editor-light');
    await detail(page).getByRole('button', { name: 'Done' }).click();
    await expect(detail(page).locator('.note-card strong')).toHaveText('Revised:');
    await expect(detail(page).locator('.note-card')).toContainText('Hana Sato');
    // The name is kept: the next note does not ask.
    await detail(page).getByRole('button', { name: 'Add a note' }).click();
    await expect(detail(page).getByRole('textbox', { name: 'New note text' })).toBeVisible();
    await expect(page.getByLabel('Your name')).toHaveCount(0);
    await detail(page).getByRole('button', { name: 'Done' }).click();

    await detail(page).getByRole('combobox', { name: 'Add a tag' }).fill('alliance-watch');
    await detail(page).getByRole('combobox', { name: 'Add a tag' }).press('Enter');
    await expect(detail(page).getByRole('button', { name: 'Remove tag alliance-watch' })).toBeVisible();
    await detail(page).getByRole('radio', { name: 'Importance 3 of 3' }).click();
    await expect(detail(page).getByRole('radio', { name: 'Importance 3 of 3' })).toHaveAttribute('aria-checked', 'true');
  } finally {
    await app.close();
  }

  app = await launchWithSample(storePath);
  try {
    const { page } = app;
    await openEvent(page, 1);
    const card = detail(page).locator('.note-card');
    await expect(card).toContainText('makes counterstrike part of the alliance plan');
    await expect(card).toContainText('2 versions');
    await expect(detail(page).getByRole('button', { name: 'Remove tag alliance-watch' })).toBeVisible();
    await expect(detail(page).getByRole('radio', { name: 'Importance 3 of 3' })).toHaveAttribute('aria-checked', 'true');
    // The table shows the note count too.
    await expect(page.locator('[data-event-id="1"]')).toContainText('1');

    await card.getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'Note history' });
    await expect(history.getByRole('list', { name: 'Versions' }).getByRole('listitem')).toHaveCount(2);
    await history.getByRole('listitem').nth(1).getByRole('button').click();
    await expect(history.getByRole('region', { name: 'Chosen version' })).toContainText('First reading: the 2+2 widens the alliance remit.');
    await app.screenshot('note-history-light');
    await history.getByRole('button', { name: 'Restore this version' }).click();
    await expect(history).toHaveCount(0);
    await expect(card).toContainText('First reading: the 2+2 widens the alliance remit.');
    await expect(card).toContainText('3 versions');

    // Trash with an immediate undo, then trash and restore from the Notes screen.
    await card.getByRole('button', { name: 'Move to trash' }).click();
    await expect(detail(page).locator('.note-card')).toHaveCount(0);
    await detail(page).getByRole('button', { name: 'Undo' }).click();
    await expect(detail(page).locator('.note-card')).toContainText('First reading');
    await detail(page).locator('.note-card').getByRole('button', { name: 'Move to trash' }).click();
    await expect(detail(page).locator('.note-card')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Notes' }).click();
    await page.getByRole('navigation', { name: 'Notes' }).getByRole('button', { name: 'Trash' }).click();
    const trashed = page.getByRole('region', { name: 'Trash' }).locator('.trash-item');
    await expect(trashed).toHaveCount(1);
    await expect(trashed).toContainText('First reading');
    await app.screenshot('notes-trash-light');
    await trashed.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('region', { name: 'Trash' })).toContainText('The trash is empty');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Events' }).click();
    await openEvent(page, 1);
    await expect(detail(page).locator('.note-card')).toContainText('First reading');
  } finally {
    await app.close();
  }
});

test('a standing note on a pair is kept apart from events and found by either order of the pair', async () => {
  const app = await launchWithSample(tempStorePath('standing'));
  try {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Notes' }).click();
    const picker = page.getByRole('combobox', { name: 'Add a country to the subject' });
    await picker.fill('United States');
    await picker.press('Enter');
    await picker.fill('Japan');
    await picker.press('Enter');
    await page.getByRole('button', { name: 'Add a note' }).click();
    await signNotes(page);
    const editor = page.getByRole('textbox', { name: 'New note text' });
    await editor.fill('Assessment: US–Japan defence ties are at their closest in decades.');
    await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
    // The editor's own undo and redo work, and what they leave is what gets saved.
    await editor.press('End');
    // One insertion is one undo step (Chromium undoes typed keys one by one).
    await page.keyboard.insertText(' Typo here');
    await page.keyboard.press('Control+z');
    await expect(editor).toHaveValue('Assessment: US–Japan defence ties are at their closest in decades.');
    await page.keyboard.press('Control+Shift+z');
    await expect(editor).toHaveValue('Assessment: US–Japan defence ties are at their closest in decades. Typo here');
    await page.keyboard.press('Control+z');
    await expect(editor).toHaveValue('Assessment: US–Japan defence ties are at their closest in decades.');
    await expect(page.getByRole('status').filter({ hasText: /Saved/ })).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('list', { name: 'Subjects' })).toContainText('Japan–United States');
    await app.screenshot('notes-standing-light');
    const listed = await page.evaluate(async () => {
      const r = await window.briefing!.listNotes({ target: { subject: ['US', 'JP'] } });
      return r.ok ? r.value.map((n) => n.body) : [r.error.message];
    });
    expect(listed).toEqual(['Assessment: US–Japan defence ties are at their closest in decades.']);
  } finally {
    await app.close();
  }
});

test('hostile and huge notes render inertly, the app stays responsive, and nothing is lost', async () => {
  const app = await launchWithSample(tempStorePath('hostile'));
  const dialogs: string[] = [];
  try {
    const { page } = app;
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const bodies = {
      img: '<img src=x onerror=alert(1)> and <svg><script>alert(2)</script></svg>',
      js: 'See [the readout](javascript:alert(3)) and [the file](file:///etc/passwd) and [the ministry](https://www.mofa.go.jp/).',
      nested: '>'.repeat(10_000) + ' deep quote',
      rtl: 'مكالمة مع السفير · שיחה עם השגריר · 🇯🇵🤝🇺🇸 👍🏽',
      big: ('Paragraph on alliance burden sharing, costs and host-nation support. '.repeat(14) + '\n\n').repeat(5_200),
    };
    expect(bodies.big.length).toBeGreaterThan(5_000_000);
    const ids = await page.evaluate(async (b) => {
      const out: Record<string, number> = {};
      for (const [k, body] of Object.entries(b)) {
        const r = await window.briefing!.createNote({ target: { eventId: 2 }, body });
        if (!r.ok) throw new Error(r.error.message);
        out[k] = r.value.id;
      }
      return out;
    }, bodies);

    const started = Date.now();
    await openEvent(page, 2);
    const cards = detail(page).locator('.note-card');
    await expect(cards).toHaveCount(5);
    await expect(cards.nth(0)).toContainText('<img src=x onerror=alert(1)>');
    await expect(cards.nth(3)).toContainText('مكالمة مع السفير');
    await expect(cards.nth(3)).toContainText('🤝');
    await expect(cards.nth(4)).toContainText('Paragraph on alliance burden sharing');
    // The panel is usable within a few seconds even with a 5 MB note in it.
    expect(Date.now() - started).toBeLessThan(8_000);
    await expect(detail(page).locator('img, script, iframe, object, embed')).toHaveCount(0);

    // Links: the web link opens externally on click; javascript: and file: never do.
    const urlBefore = page.url();
    await cards.nth(1).getByText('the readout').click();
    await cards.nth(1).getByText('the file').click();
    await cards.nth(1).getByText('the ministry').click();
    await expect.poll(() => app.openedExternally).toEqual(['https://www.mofa.go.jp/']);
    expect(page.url()).toBe(urlBefore);
    await app.screenshot('notes-hostile-light');

    // Still responsive: Esc closes the panel at once.
    const t = Date.now();
    await page.keyboard.press('Escape');
    await expect(detail(page)).toHaveCount(0);
    expect(Date.now() - t).toBeLessThan(2_000);
    expect(dialogs).toEqual([]);

    const stored = await page.evaluate(async () => {
      const r = await window.briefing!.listNotes({ target: { eventId: 2 } });
      if (!r.ok) throw new Error(r.error.message);
      return Object.fromEntries(r.value.map((n) => [n.id, n.body]));
    });
    for (const [k, id] of Object.entries(ids)) expect(stored[id], k).toBe(bodies[k as keyof typeof bodies]);
  } finally {
    await app.close();
  }
});

test('a note is on disk within a second of the last keystroke: the app killed with SIGKILL 1 s later keeps it (3 trials)', async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(path.dirname(tempStorePath('crash')), 'crash-'));
  const store = path.join(dir, 'store.sqlite');
  await prepareCrashStore(store);
  for (let i = 1; i <= 3; i++) {
    const text = `Trial ${i}: Seoul “won’t” join — check the readout; ${'a'.repeat(i)}.`;
    const trial = await runNoteCrashTrial(store, text, 1000);
    console.log(`note crash trial ${i}: killed ${trial.killedAfterMs} ms after the last keystroke; note ${trial.found === text ? 'kept' : 'LOST'}`);
    expect(trial.quickCheck).toBe('ok');
    expect(trial.found).toBe(text);
  }
});
