/**
 * Channel → method name on `window.briefing`. Kept free of zod so the sandboxed
 * preload bundle stays a few lines; `channels.ts` checks it names the same channels.
 */
export const methods = {
  'app:info': 'appInfo',
  'events:list': 'listEvents',
  'events:add': 'addEvents',
  'store:check': 'checkStore',
  'shell:open-external': 'openExternal',
} as const;

export type ChannelName = keyof typeof methods;

export const commands = ['import-chronology', 'export-briefing-pdf'] as const;
export type AppCommand = (typeof commands)[number];

/** The single IPC channel every call travels on; the payload names the contract channel. */
export const IPC_INVOKE = 'briefing:invoke';
export const IPC_COMMAND = 'briefing:command';
