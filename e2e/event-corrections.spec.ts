import { expect, test, type Page } from '@playwright/test';
import type { EventDetail } from '../contract/events.ts';
import { eventCount, shownIds, withSample } from './support/sample.ts';

/*
 * Correcting events in full: one event from its panel (type, category, participants, officials),
 * Undo on the status line, the event's history and its Restore; a bulk edit and its Undo; the
 * events trash. Sample event 1 is the US–Japan 2+2 of Jan. 11, 2023 (Blinken, Austin, Hayashi, Hamada).
 */
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event detail' });
const row = (page: Page, id: number) => page.getByRole('grid', { name: 'Events' }).locator(`[data-event-id="${id}"]`);
const status = (page: Page) => page.locator('.notice-ok[role="status"]').first();

async function stored(page: Page, id: number): Promise<EventDetail> {
  return page.evaluate(async (eventId) => {
    const r = await window.briefing!.getEvent({ id: eventId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, id);
}

test('one event: every field corrected from its panel, undone at once, then restored from its history', async () => {
  await withSample(
    async (app) => {
      const { page } = app;
      const original = await stored(page, 1);
      expect(original.type).not.toBe('statement');
      expect(original.countries).toEqual(['JP', 'US']);
      await row(page, 1).dblclick();
      const panel = detail(page);
      await panel.getByRole('button', { name: 'Edit' }).click();
      const form = panel.getByRole('form', { name: 'Edit the event' });

      await form.getByLabel('Type').selectOption('statement');
      await form.getByLabel('Category').selectOption('security');
      const addCountry = form.getByLabel('Add a country or grouping, by name or code');
      await addCountry.fill('South Korea');
      await addCountry.press('Enter');
      await addCountry.fill('quad');
      await form.getByRole('button', { name: 'Add', exact: true }).first().click();
      await form.getByRole('button', { name: 'Remove Japan' }).click();
      const official = form.getByRole('listitem').filter({ hasText: 'Hayashi' });
      await official.getByLabel('mentioned, not taking part').check();
      await form.getByRole('button', { name: 'Remove Lloyd Austin' }).click();
      await form.getByLabel('Add an official, by name').fill('Yoon Suk Yeol');
      await form.getByLabel('Add an official, by name').press('Enter');
      await expect(form.getByRole('list', { name: 'Participants' })).toContainText('+ South Korea');
      await form.scrollIntoViewIfNeeded();
      await app.screenshot('event-edit-form-full');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toHaveCount(0);

      await expect(panel.getByRole('heading', { level: 2 }).first()).toContainText('statement · security');
      await expect(panel).toContainText('South Korea');
      await expect(panel).toContainText('mentioned, not taking part');
      await expect(status(page)).toContainText('Saved the changes to the event.');
      const edited = await stored(page, 1);
      expect(edited.countries).toEqual(['KR', 'US']);
      expect(edited.groupings.map((g) => g.id)).toEqual(['QUAD']);
      expect(edited.people.map((p) => [p.id, p.mentioned]).sort()).toEqual(
        [
          ['blinken-antony', false],
          ['hamada-yasukazu', false],
          ['hayashi-yoshimasa', true],
          ['yoon-suk-yeol', false],
        ].sort(),
      );
      await expect(row(page, 1)).toContainText('KR');
      await expect(panel.locator('.activity-action').first()).toContainText('edited the event: type (');

      // A name the store does not know: refused, the form keeps what was typed.
      await panel.getByRole('button', { name: 'Edit' }).click();
      await form.getByLabel('Add a country or grouping, by name or code').fill('Atlantis');
      await form.getByLabel('Add a country or grouping, by name or code').press('Enter');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form.getByRole('alert')).toContainText('“Atlantis” is not a country or grouping Briefing Book knows');
      await form.getByRole('button', { name: 'Cancel' }).click();

      // Undo at once, from the status line.
      await status(page).getByRole('button', { name: 'Undo' }).click();
      await expect(status(page)).toContainText('Undone: 1 event as before the change.');
      await expect(panel.getByRole('heading', { level: 2 }).first()).toContainText(`${original.type} · ${original.category}`);
      expect((await stored(page, 1)).countries).toEqual(['JP', 'US']);
      await expect(row(page, 1)).not.toContainText('KR');

      // The history: two versions, newest first, each with before and after; restore the corrected one.
      const history = panel.getByRole('list', { name: 'Versions' });
      await expect(history.getByRole('listitem')).toHaveCount(2);
      const newest = history.getByRole('listitem').first();
      await expect(newest).toContainText('Undone by');
      await expect(newest.getByRole('row', { name: /type/ })).toContainText('statement');
      await newest.scrollIntoViewIfNeeded();
      await app.screenshot('event-history');
      await newest.getByRole('button', { name: 'Restore as before this' }).click();
      await expect(status(page)).toContainText('Restored the event as it was before that change.');
      await expect(panel.getByRole('heading', { level: 2 }).first()).toContainText('statement · security');
      await expect(history.getByRole('listitem')).toHaveCount(3);
      await expect(history.getByRole('listitem').first()).toContainText('Restored an earlier version');
      expect((await stored(page, 1)).countries).toEqual(['KR', 'US']);
      await expect(panel.locator('.activity-action').first()).toContainText('restored an earlier version of the event');
    },
    { height: 1500 },
  );
});

test('a bulk edit sets the type and adds a country on the selection; Undo puts all of them back', async () => {
  await withSample(
    async (app) => {
      const { page } = app;
      const ids = (await shownIds(page)).slice(0, 3);
      const before = await Promise.all(ids.map((id) => stored(page, id)));
      for (const id of ids) await row(page, id).click({ modifiers: ['ControlOrMeta'] });
      const bar = page.getByRole('region', { name: 'Selected events' });
      await expect(bar.getByTestId('selection-count')).toHaveText('3 selected');
      await app.screenshot('event-bulk-bar');

      await bar.getByRole('button', { name: 'Edit…' }).click();
      const form = bar.getByRole('form', { name: 'Edit the selected events' });
      await form.getByLabel('Set type').selectOption('statement');
      await form.getByLabel('Add countries or groupings').fill('KR');
      await app.screenshot('event-bulk-edit');
      await form.getByRole('button', { name: 'Change 3 events' }).click();
      await expect(form).toHaveCount(0);
      await expect(status(page)).toContainText('Changed 3 events.');
      for (const id of ids) {
        const e = await stored(page, id);
        expect(e.type).toBe('statement');
        expect(e.countries).toContain('KR');
        // The row shows four countries, or three and "+N" (renderer/src/table/cells.tsx); the store holds them all.
        await expect(row(page, id)).toContainText(e.countries.length > 4 ? `+${e.countries.length - 3}` : 'KR');
      }

      // A country the store does not know: refused in the form, nothing changed.
      await bar.getByRole('button', { name: 'Edit…' }).click();
      await form.getByLabel('Add countries or groupings').fill('Narnia');
      await form.getByRole('button', { name: 'Change 3 events' }).click();
      await expect(form.getByRole('alert')).toContainText('“Narnia” is not a country or grouping');
      await form.getByRole('button', { name: 'Cancel' }).click();

      await status(page).getByRole('button', { name: 'Undo' }).click();
      await expect(status(page)).toContainText('Undone: 3 events as before the change.');
      for (const [i, id] of ids.entries()) {
        const e = await stored(page, id);
        expect([e.type, e.countries]).toEqual([before[i]!.type, before[i]!.countries]);
      }
    },
    { height: 1100 },
  );
});

test('deleted events go to the trash: Undo, Restore, and Empty trash after asking', async () => {
  await withSample(
    async (app) => {
      const { page } = app;
      await expect(eventCount(page)).toHaveText('40 events');
      await row(page, 1).dblclick();
      await detail(page).getByRole('button', { name: 'Delete event…' }).click();
      const ask = page.getByRole('dialog', { name: 'Delete this event?' });
      await expect(ask).toContainText('Undo, or Restore from the trash, brings it back until the trash is emptied.');
      await ask.getByRole('button', { name: 'Move to trash' }).click();
      await expect(eventCount(page)).toHaveText('39 events');
      await expect(status(page)).toContainText('Moved 1 event to the trash.');
      await status(page).getByRole('button', { name: 'Undo' }).click();
      await expect(status(page)).toContainText('Restored 1 event from the trash.');
      await expect(eventCount(page)).toHaveText('40 events');
      await expect(row(page, 1)).toBeVisible();

      const [a, b] = (await shownIds(page)).slice(-2) as [number, number];
      const summaryA = (await stored(page, a)).summary;
      await row(page, a).click({ modifiers: ['ControlOrMeta'] });
      await row(page, b).click({ modifiers: ['ControlOrMeta'] });
      await page.getByRole('region', { name: 'Selected events' }).getByRole('button', { name: 'Delete…' }).click();
      await page.getByRole('dialog', { name: 'Delete the 2 events selected?' }).getByRole('button', { name: 'Move 2 events to trash' }).click();
      await expect(eventCount(page)).toHaveText('38 events');
      // Out of the dashboards' and briefings' reach too: the store no longer finds them.
      const found = await page.evaluate(async (ids) => {
        const r = await window.briefing!.queryEvents({ filter: { ids }, limit: 10 });
        if (!r.ok) throw new Error(r.error.message);
        return r.value.rows.length;
      }, [a, b]);
      expect(found).toBe(0);

      await page.getByRole('button', { name: 'Trash', exact: true }).click();
      const trash = page.getByRole('dialog', { name: 'Events trash' });
      const listed = trash.getByRole('list', { name: 'Deleted events' }).getByRole('listitem');
      await expect(listed).toHaveCount(2);
      await app.screenshot('events-trash');
      await listed.filter({ hasText: summaryA.slice(0, 40) }).getByRole('button', { name: 'Restore' }).click();
      await expect(trash.getByRole('status')).toContainText('Restored 1 event from the trash.');
      await expect(listed).toHaveCount(1);
      await expect(eventCount(page)).toHaveText('39 events');

      await trash.getByRole('button', { name: 'Empty trash…' }).click();
      const confirm = trash.getByRole('group', { name: 'Confirm emptying the trash' });
      await expect(confirm).toContainText('Delete 1 event for good? This cannot be undone.');
      await confirm.getByRole('button', { name: 'Keep them' }).click();
      await expect(listed).toHaveCount(1);
      await trash.getByRole('button', { name: 'Empty trash…' }).click();
      await confirm.getByRole('button', { name: 'Delete 1 event for good' }).click();
      await expect(trash.getByRole('status')).toContainText('Deleted 1 event for good.');
      await expect(trash).toContainText('The trash is empty.');
      await trash.getByRole('button', { name: 'Close' }).click();
      await expect(eventCount(page)).toHaveText('39 events');
      await expect(row(page, a)).toBeVisible();
    },
    { height: 1500 },
  );
});
