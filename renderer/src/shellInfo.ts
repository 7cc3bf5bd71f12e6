/**
 * Which shell the page runs in (app:info), read once per page load. In browser mode — no
 * Electron on the machine, the page in a Chromium or Chrome window — there is no menu bar
 * and no native dialog, and the page says so (title, app bar, Settings).
 */
import type { Response } from '../../contract/channels.ts';
import { call } from './api.ts';

export type AppInfo = Response<'app:info'>;

let loading: Promise<AppInfo> | undefined;
let loaded: AppInfo | null = null;

export function loadAppInfo(): Promise<AppInfo> {
  loading ??= call((api) => api.appInfo()).then((info) => (loaded = info));
  return loading;
}

/** True once app:info has answered "browser"; the app loads it at start. */
export const isBrowserMode = (): boolean => loaded?.shell === 'browser';

export const APP_TITLE = 'Briefing Book';
export const BROWSER_MODE_TITLE = `${APP_TITLE} (browser mode)`;

/** What differs in browser mode, in the order Settings lists it. */
export const BROWSER_MODE_DIFFERENCES = [
  'There is no menu bar: use the screens and buttons in the page (Import, Settings → Back up now…, the composer’s Export PDF… and Print…). The menu’s keyboard shortcuts are not there.',
  'Native open and save dialogs are replaced by the page’s own: Import → Choose a file… uses the browser’s file picker, exports and PDFs are saved to your Downloads folder (the message names the file), Back up now… saves to the backups folder, and a restore is picked from the list of backups.',
  'Print… goes through the browser’s print dialog.',
  'Web links from notes open in your system’s browser. Quit by closing the window.',
] as const;
