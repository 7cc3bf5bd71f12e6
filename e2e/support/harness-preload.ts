/**
 * The harness's preload: the same buildBridge and listener registry the Electron preload
 * uses, with the Playwright binding as transport instead of ipcRenderer. Bundled to a
 * page init script.
 */
import { buildBridge, createListenerRegistry, type Transport } from '../../contract/bridge.ts';

const w = window as unknown as { __briefingTransport: Transport };
const registry = createListenerRegistry();

Object.defineProperty(window, 'briefing', {
  enumerable: true,
  value: buildBridge((channel, request) => w.__briefingTransport(channel, request), registry.subscribe),
});
// The harness's stand-in for webContents.send(IPC_EVENT, name, payload).
Object.defineProperty(window, '__briefingEmit', { value: (name: unknown, payload: unknown) => registry.deliver(name, payload) });
