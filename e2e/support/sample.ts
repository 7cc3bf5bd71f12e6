/**
 * The sample briefing book in an e2e run: launch the app, load the sample (or find it already
 * loaded), and read which events the table shows.
 */
import { expect, type Page } from '@playwright/test';
import { launchApp, type LaunchOptions, type RunningApp } from './launch-app.ts';

export const eventCount = (page: Page) => page.getByTestId('event-count');
export const eventRows = (page: Page) => page.getByRole('grid', { name: 'Events' }).locator('[data-event-id]');

/** Ids of the rows the table has drawn, ascending. */
export async function shownIds(page: Page): Promise<number[]> {
  const ids = await eventRows(page).evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-event-id'))));
  return ids.sort((a, b) => a - b);
}

/** A running app whose store holds the 40 sample events; `height` decides how many rows are drawn at once. */
export async function launchWithSample(options: LaunchOptions & { height?: number } = {}): Promise<RunningApp> {
  const { height = 1400, ...launch } = options;
  const app = await launchApp(launch);
  try {
    await app.page.setViewportSize({ width: 1440, height });
    const loadSample = app.page.getByRole('button', { name: 'Load sample briefing book' });
    await expect(loadSample.or(eventCount(app.page).filter({ hasText: /\d+ events/ }))).toBeVisible();
    if (await loadSample.isVisible()) await loadSample.click();
    await expect(eventCount(app.page)).toHaveText('40 events');
    return app;
  } catch (e) {
    await app.close();
    throw e;
  }
}

/** Runs `run` on an app with the sample loaded, and closes the app whatever happens. */
export async function withSample(run: (app: RunningApp) => Promise<void>, options: LaunchOptions & { height?: number } = {}): Promise<void> {
  const app = await launchWithSample(options);
  try {
    await run(app);
  } finally {
    await app.close();
  }
}
