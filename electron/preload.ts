/**
 * Exposes exactly the contract on window.briefing. The page never sees ipcRenderer,
 * its event objects, or any channel or event not in the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge, createListenerRegistry } from '../contract/bridge.ts';
import { IPC_EVENT, IPC_INVOKE } from '../contract/methods.ts';

const registry = createListenerRegistry();
ipcRenderer.on(IPC_EVENT, (_event, name: unknown, payload: unknown) => registry.deliver(name, payload));

contextBridge.exposeInMainWorld(
  'briefing',
  buildBridge((channel, request) => ipcRenderer.invoke(IPC_INVOKE, channel, request), registry.subscribe),
);
