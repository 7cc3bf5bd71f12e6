/**
 * The harness's preload: the same buildBridge the Electron preload calls, with the
 * Playwright binding as transport instead of ipcRenderer. Bundled to a page init script.
 */
import { buildBridge, type Transport } from '../../contract/bridge.ts';
import type { AppCommand } from '../../contract/methods.ts';

const w = window as unknown as { __briefingTransport: Transport };
const listeners = new Set<(command: AppCommand) => void>();

Object.defineProperty(window, 'briefing', {
  enumerable: true,
  value: buildBridge(
    (channel, request) => w.__briefingTransport(channel, request),
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  ),
});
// The harness's stand-in for webContents.send(IPC_COMMAND, …).
Object.defineProperty(window, '__briefingCommand', { value: (command: AppCommand) => listeners.forEach((l) => l(command)) });
