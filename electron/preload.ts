/**
 * Exposes exactly the contract on window.briefing. The page never sees ipcRenderer,
 * its event objects, or any channel not in the contract.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../contract/bridge.ts';
import { commands, IPC_COMMAND, IPC_INVOKE, type AppCommand } from '../contract/methods.ts';

const listeners = new Set<(command: AppCommand) => void>();
ipcRenderer.on(IPC_COMMAND, (_event, command: unknown) => {
  if (!(commands as readonly unknown[]).includes(command)) return;
  for (const listener of listeners) listener(command as AppCommand);
});

contextBridge.exposeInMainWorld(
  'briefing',
  buildBridge(
    (channel, request) => ipcRenderer.invoke(IPC_INVOKE, channel, request),
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  ),
);
