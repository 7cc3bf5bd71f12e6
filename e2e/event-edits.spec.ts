import { expect, test, type Page } from '@playwright/test';
import { eventCount, shownIds, withSample } from './support/sample.ts';

/*
 * Sample ids as in table.spec.ts: event 1 is the US–Japan 2+2 of Jan. 11, 2023.
 */
const detail = (page: Page) => page.getByRole('complementary', { name: 'Event detail' });
const row = (page: Page, id: number) => page.getByRole('grid', { name: 'Events' }).locator(`[data-event-id="${id}"]`);
const status = (page: Page) => page.locator('.notice-ok[role="status"]');

async function openEvent(page: Page, id: number) {
  await row(page, id).dblclick();
  await expect(detail(page).getByRole('heading', { level: 2 }).first()).toBeVisible();
}

const EDITED = 'US–Japan 2+2 in Washington widens the alliance remit (corrected).';

test('edit an event, cite it in a briefing, and delete it only after the dialog names the briefing', async () => {
  await withSample(
    async (app) => {
      const { page } = app;
      await openEvent(page, 1);
      const panel = detail(page);

      // A date the reader cannot read is refused with the store's message; Esc leaves the event as it was.
      const before = await panel.locator('.detail-summary').textContent();
      await panel.getByRole('button', { name: 'Edit' }).click();
      const form = panel.getByRole('form', { name: 'Edit the event' });
      await expect(form.getByLabel('Date')).toBeFocused();
      await expect(form.getByLabel('Date')).toHaveValue(/Jan\.? 11, 2023/);
      await form.getByLabel('Date').fill('sometime in spring');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form.getByRole('alert')).toContainText('“sometime in spring” is not a date Briefing Book can read');
      await expect(form.getByRole('alert')).toContainText('Nothing was changed.');
      await page.keyboard.press('Escape');
      await expect(form).toHaveCount(0);
      await expect(panel, 'Esc cancels the edit, not the panel').toBeVisible();
      await expect(panel.locator('.detail-summary')).toHaveText(before ?? '');
      await expect(panel.getByRole('button', { name: 'Edit' })).toBeFocused();

      await panel.getByRole('button', { name: 'Edit' }).click();
      await form.getByLabel('Summary').fill(EDITED);
      await form.getByLabel('Place').fill('Washington, D.C.');
      await form.getByLabel('Date').fill('Jan. 12, 2023');
      await app.screenshot('event-edit-form');
      await form.getByRole('button', { name: 'Save' }).click();
      await expect(form).toHaveCount(0);
      await expect(panel.locator('.detail-summary')).toHaveText(EDITED);
      await expect(panel).toContainText('Washington, D.C.');
      await expect(panel.getByRole('heading', { level: 2 }).first()).toContainText('12');
      await expect(row(page, 1)).toContainText('(corrected)');
      await expect(panel.locator('.activity-action').first()).toContainText('edited the event: date (Jan. 11, 2023 → Jan. 12, 2023), summary, place');

      const briefing = await page.evaluate(async () => {
        const r = await window.briefing!.createBriefing({ briefing: { title: 'Japan–US Q1', date: '2023-04-05' } });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      });

      // Cite it through the dialog: the new briefing and its first section are chosen.
      await panel.getByRole('button', { name: 'Cite in briefing…' }).click();
      const cite = page.getByRole('dialog', { name: 'Cite this event in a briefing' });
      await expect(cite.getByLabel('Briefing')).toHaveValue(String(briefing.id));
      await expect(cite.getByLabel('Briefing')).toBeFocused();
      await expect(cite.getByLabel('Section')).toHaveValue(String(briefing.sections[0]!.id));
      await cite.getByLabel('Section').selectOption({ label: 'Security and defence (0 cited)' });
      await app.screenshot('event-cite-dialog');
      await cite.getByRole('button', { name: 'Cite 1 event' }).click();
      await expect(cite).toHaveCount(0);
      await expect(panel.getByRole('button', { name: 'Cite in briefing…' }), 'focus returns to the opener').toBeFocused();
      await expect(status(page)).toContainText('Cited 1 event in ‘Japan–US Q1’ › Security and defence.');

      // Citing again: already there.
      await panel.getByRole('button', { name: 'Cite in briefing…' }).click();
      await cite.getByLabel('Section').selectOption({ label: 'Security and defence (1 cited)' });
      await cite.getByRole('button', { name: 'Cite 1 event' }).click();
      await expect(status(page)).toContainText('Nothing added to ‘Japan–US Q1’ › Security and defence: the event was already cited there.');

      // Delete: the dialog names the briefing; Cancel keeps the event.
      await panel.getByRole('button', { name: 'Delete event…' }).click();
      const ask = page.getByRole('dialog', { name: 'Delete this event?' });
      await expect(ask).toContainText('Cited in 1 briefing: ‘Japan–US Q1’ (1 citation).');
      await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused();
      await app.screenshot('event-delete-cited');
      await page.emulateMedia({ colorScheme: 'dark' });
      await app.screenshot('event-delete-cited-dark');
      await page.emulateMedia({ colorScheme: 'light' });
      await ask.getByRole('button', { name: 'Cancel' }).click();
      await expect(ask).toHaveCount(0);
      await expect(panel.getByRole('button', { name: 'Delete event…' })).toBeFocused();
      await expect(eventCount(page)).toHaveText('40 events');
      await expect(row(page, 1)).toBeVisible();

      // Esc closes the dialog too, and leaves the panel open.
      await panel.getByRole('button', { name: 'Delete event…' }).click();
      await expect(ask).toContainText('Cited in 1 briefing');
      await page.keyboard.press('Escape');
      await expect(ask).toHaveCount(0);
      await expect(panel).toBeVisible();

      await panel.getByRole('button', { name: 'Delete event…' }).click();
      await ask.getByRole('button', { name: 'Move to trash' }).click();
      await expect(ask).toHaveCount(0);
      await expect(panel).toHaveCount(0);
      await expect(eventCount(page)).toHaveText('39 events');
      await expect(row(page, 1)).toHaveCount(0);
      await expect(status(page)).toContainText('Moved 1 event to the trash; their citations stay in 1 briefing as cited.');

      // The briefing still holds the citation, as it was cited.
      const after = await page.evaluate(async (id) => {
        const r = await window.briefing!.getBriefing({ id });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      }, briefing.id);
      const citations = after.sections.find((s) => s.title === 'Security and defence')!.citations;
      expect(citations.map((c) => [c.eventId, c.edited, c.snapshot.summary, c.snapshot.location, c.snapshot.dateStart])).toEqual([
        [null, false, EDITED, 'Washington, D.C.', '2023-01-12'],
      ]);
    },
    { height: 1500 },
  );
});

test('delete and cite a selection from the bulk bar', async () => {
  await withSample(
    async (app) => {
      const { page } = app;
      const [a, b] = (await shownIds(page)).slice(-2) as [number, number];
      await row(page, a).click({ modifiers: ['ControlOrMeta'] });
      await row(page, b).click({ modifiers: ['ControlOrMeta'] });
      const bar = page.getByRole('region', { name: 'Selected events' });
      await expect(bar.getByTestId('selection-count')).toHaveText('2 selected');

      // No briefing yet: the dialog says so and starts a client note.
      await bar.getByRole('button', { name: 'Cite in briefing…' }).click();
      const cite = page.getByRole('dialog', { name: 'Cite the 2 events selected in a briefing' });
      await expect(cite).toContainText('There are no briefings yet');
      // The subject is what the two events share.
      const shared = await page.evaluate(async (ids) => {
        const r = await window.briefing!.queryEvents({ filter: { ids }, limit: 10 });
        if (!r.ok) throw new Error(r.error.message);
        const [x, y] = r.value.rows;
        return x!.countries.filter((c) => y!.countries.includes(c)).sort();
      }, [a, b]);
      expect(shared.length).toBeGreaterThan(0);
      const subject = shared.join('–');
      await expect(cite).toContainText(`Start a client note here on ${subject}`);
      await cite.getByRole('button', { name: 'Start a client note' }).click();
      await expect(cite.getByLabel('Briefing')).toContainText(`${subject} client note`);
      await cite.getByLabel('Include notes').check();
      await cite.getByRole('button', { name: 'Cite 2 events' }).click();
      await expect(page.locator('.notice-ok[role="status"]')).toContainText(`Cited 2 events in ‘${subject} client note’ › Diplomacy.`);

      await page.evaluate(async (eventId) => {
        const r = await window.briefing!.createNote({ target: { eventId }, body: 'Worth a line in the note.' });
        if (!r.ok) throw new Error(r.error.message);
      }, a);

      await bar.getByRole('button', { name: 'Delete…' }).click();
      const ask = page.getByRole('dialog', { name: 'Delete the 2 events selected?' });
      await expect(ask).toContainText(`Cited in 1 briefing: ‘${subject} client note’ (2 citations).`);
      await expect(ask).toContainText('1 note goes to the trash with the 2 events selected.');
      await app.screenshot('event-delete-selection');
      await ask.getByRole('button', { name: 'Move 2 events to trash' }).click();
      await expect(eventCount(page)).toHaveText('38 events');
      await expect(bar).toHaveCount(0);
      await expect(row(page, a)).toHaveCount(0);
      await expect(row(page, b)).toHaveCount(0);
      await expect(page.locator('.notice-ok[role="status"]')).toContainText(
        'Moved 2 events to the trash; their citations stay in 1 briefing as cited; 1 note went with them.',
      );
    },
    { height: 1500 },
  );
});
