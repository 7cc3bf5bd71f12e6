/**
 * What each contract channel does. Plain functions of (request, services): no Electron
 * here, so the same handlers serve the Electron shell and the Chromium test harness.
 */
import type { ChannelName, ParsedRequest, Response } from '../contract/channels.ts';
import type { PushEventName, PushEvents } from '../contract/methods.ts';
import type { StoreClient } from '../db/store-client.ts';
import { parseExternalUrl } from './external-url.ts';

/** What only the shell can do, supplied at start-up (Electron's, or the harness's). */
export interface Ports {
  openExternal(url: string): Promise<void>;
  /** Pushes an event to the page (webContents.send in the shell). */
  emit<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
}

export interface AppIdentity {
  name: string;
  version: string;
  shell: 'electron' | 'chromium-harness';
}

export interface Services {
  store: StoreClient;
  ports: Ports;
  identity: AppIdentity;
}

export type Handlers = { [C in ChannelName]: (request: ParsedRequest<C>, services: Services) => Promise<Response<C>> };

export const handlers: Handlers = {
  'app:info': async (_req, { store, identity }) => ({ ...identity, storePath: store.path, schemaVersion: store.schemaVersion }),
  'events:list': (req, { store }) => store.call('listEvents', req),
  'events:add': (req, { store }) => store.call('addEvents', req),
  'store:check': (_req, { store }) => store.call('checkIntegrity', undefined as never),
  'shell:open-external': async (req, { ports }) => {
    const url = parseExternalUrl(req.url);
    if (!url) return { opened: false };
    await ports.openExternal(url);
    return { opened: true };
  },
};
