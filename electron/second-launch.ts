/**
 * What a second launch of the app does. Electron's single-instance lock sends it to the
 * running app (`second-instance`), which opens one store; when the second launch asked for
 * another store (`--db`, `BRIEFING_DB`), the running app says so instead of only coming to
 * the front. No Electron here, so the decision is tested in Node.
 */
import path from 'node:path';
import { liveStoreFileOf } from '../db/store-identity.ts';

/** Sent by the second launch through requestSingleInstanceLock's additional data. */
export interface SecondLaunchData {
  storePath: string;
}

export function isSecondLaunchData(value: unknown): value is SecondLaunchData {
  return typeof value === 'object' && value !== null && typeof (value as { storePath?: unknown }).storePath === 'string';
}

export interface Notice {
  message: string;
  detail: string;
}

/** Null when the second launch asked for the store that is open (the window just comes to the front). */
export function secondLaunchNotice(runningStore: string, requested: unknown): Notice | null {
  if (!isSecondLaunchData(requested)) return null;
  const asked = path.resolve(requested.storePath);
  if (liveStoreFileOf(asked, runningStore) === '') return null;
  return {
    message: 'Briefing Book is already open on another store.',
    detail:
      `Briefing Book was started again for ${asked}, but it already has ${path.resolve(runningStore)} open, and one Briefing Book opens one store. ` +
      `Nothing was opened. To work on ${asked}, quit Briefing Book, then start it with --db ${JSON.stringify(asked)}.`,
  };
}

/** What the second launch prints before it quits, since its own window never opens. */
export function secondLaunchLine(requested: string): string {
  return `Briefing Book is already running; its window came to the front and says whether it opened ${path.resolve(requested)} (one Briefing Book opens one store).`;
}
