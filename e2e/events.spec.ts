import { expect, test } from '@playwright/test';
import { openStore } from '../db/open-store.ts';
import { addEvents } from '../db/events.ts';
import { launchApp, tempStorePath } from './support/launch-app.ts';

test('an empty store shows how to begin', async () => {
  const app = await launchApp();
  try {
    await expect(app.page.getByRole('heading', { name: 'No events yet' })).toBeVisible();
    await expect(app.page.getByText(app.storePath)).toBeVisible();
    await app.screenshot('events-empty-light');
    expect(app.blockedRequests).toEqual([]);
  } finally {
    await app.close();
  }
});

test('events written through the store appear in the table', async () => {
  const storePath = tempStorePath();
  const store = await openStore(storePath);
  addEvents(store.db, {
    events: [
      { dateStart: '2023-01-11', summary: 'Blinken, Austin, Hayashi and Hamada meet in Washington for the US–Japan "2+2".' },
      { dateStart: '2023-03-06', dateEnd: '2023-03-07', summary: 'Japanese and South Korean officials meet in Tokyo ahead of a leaders’ summit.' },
      { dateStart: '2023-06-30', dateEnd: '2023-07-02', summary: 'Quad senior officials confer on maritime domain awareness.' },
    ],
  });
  store.db.close();

  const app = await launchApp({ storePath });
  try {
    const rows = app.page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]');
    await expect(rows).toHaveCount(3);
    await expect(app.page.getByTestId('event-count')).toHaveText('3 events');
    // Newest first, ranges written as an analyst writes them.
    await expect(rows.nth(0)).toContainText('Jun 30 – Jul 2, 2023');
    await expect(rows.nth(1)).toContainText('Mar 6–7, 2023');
    await expect(rows.nth(2)).toContainText('Jan 11, 2023');
    await expect(rows.nth(2)).toContainText('US–Japan "2+2"');
    await app.screenshot('events-table-light');

    // A write through the page's own contract lands in the same store.
    const added = await app.page.evaluate(() =>
      window.briefing!.addEvents({ events: [{ dateStart: '2023-05-19', summary: 'G7 leaders open their summit in Hiroshima.' }] }),
    );
    expect(added).toEqual({ ok: true, value: { added: 1, ids: [4] } });
    await app.page.reload();
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(1)).toContainText('G7 leaders open their summit in Hiroshima.');
  } finally {
    await app.close();
  }
});

test('dark theme', async () => {
  const storePath = tempStorePath();
  const store = await openStore(storePath);
  addEvents(store.db, { events: [{ dateStart: '2023-01-13', summary: 'Kishida and Biden meet at the White House.' }] });
  store.db.close();
  const app = await launchApp({ storePath, colorScheme: 'dark' });
  try {
    await expect(app.page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]')).toHaveCount(1);
    const background = await app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(22, 24, 29)');
    await app.screenshot('events-table-dark');
  } finally {
    await app.close();
  }
});

test('scrolls through a longer chronology', async () => {
  const storePath = tempStorePath();
  const store = await openStore(storePath);
  const events = Array.from({ length: 250 }, (_, i) => {
    const day = new Date(Date.UTC(2022, 0, 1 + i)).toISOString().slice(0, 10);
    return { dateStart: day, summary: `Working-level consultations, round ${i + 1}` };
  });
  addEvents(store.db, { events });
  store.db.close();

  const app = await launchApp({ storePath });
  try {
    const rows = app.page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]');
    await expect(app.page.getByTestId('event-count')).toHaveText('250 events');
    await expect(rows.first()).toContainText('round 250');
    // Only the rows near the screen are in the page; End scrolls to the oldest.
    expect(await rows.count()).toBeLessThan(60);
    await app.page.getByRole('grid', { name: 'Events' }).focus();
    await app.page.keyboard.press('End');
    const last = app.page.locator('[data-index="249"]');
    await expect(last).toContainText('Jan 1, 2022');
    await expect(last).toContainText('round 1');
    await expect(last).toBeInViewport();
  } finally {
    await app.close();
  }
});
