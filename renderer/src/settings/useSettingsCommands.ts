/**
 * The menu's Settings…, Back Up Now… and Restore from Backup… commands, and what the page
 * does when a restore has replaced the store: it reloads, so that no screen keeps rows, ids
 * or drafts from the store that is gone, and then says where the store came from.
 */
import { useCallback, useEffect, useState } from 'react';
import { bridge } from '../api.ts';

export interface SettingsRequest {
  action: 'backup' | 'restore';
  /** Distinguishes two requests for the same action. */
  id: number;
}

const RESTORED_KEY = 'briefing:restored-from';

/** Read once per page load (not per render: StrictMode renders twice). */
const restoredOnLoad: string | null = (() => {
  const value = sessionStorage.getItem(RESTORED_KEY);
  sessionStorage.removeItem(RESTORED_KEY);
  return value;
})();

export function useSettingsCommands(openSettings: () => void) {
  const [request, setRequest] = useState<SettingsRequest | null>(null);
  const restoredFrom = restoredOnLoad;

  useEffect(() => {
    if (restoredFrom) openSettings();
  }, [restoredFrom, openSettings]);

  useEffect(() => {
    const api = bridge();
    const offCommand = api.on('command', (command) => {
      if (command === 'open-settings') openSettings();
      if (command === 'backup-now' || command === 'restore-backup') {
        openSettings();
        setRequest((r) => ({ action: command === 'backup-now' ? 'backup' : 'restore', id: (r?.id ?? 0) + 1 }));
      }
    });
    const offReplaced = api.on('store-replaced', ({ restoredFrom: file }) => {
      sessionStorage.setItem(RESTORED_KEY, file);
      location.reload();
    });
    return () => {
      offCommand();
      offReplaced();
    };
  }, [openSettings]);

  const requestHandled = useCallback(() => setRequest(null), []);
  return { request, requestHandled, restoredFrom };
}
