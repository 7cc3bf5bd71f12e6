/**
 * window.briefing in a plain browser page: the same buildBridge and listener registry the
 * Electron preload uses, with a Playwright binding (`__briefingTransport`) as transport
 * instead of ipcRenderer. Bundled into a page init script by ./app-server.ts; written
 * against globalThis (the page's window) so it type-checks without the DOM library.
 */
import { buildBridge, createListenerRegistry, type Transport } from '../../contract/bridge.ts';

const page = globalThis as unknown as { __briefingTransport: Transport };
const registry = createListenerRegistry();

Object.defineProperty(globalThis, 'briefing', {
  enumerable: true,
  value: buildBridge((channel, request) => page.__briefingTransport(channel, request), registry.subscribe),
});
// The stand-in for webContents.send(IPC_EVENT, name, payload).
Object.defineProperty(globalThis, '__briefingEmit', { value: (name: unknown, payload: unknown) => registry.deliver(name, payload) });
