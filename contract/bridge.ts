/**
 * The shape of `window.briefing`. The Electron preload and the Chromium test harness
 * both build it with `buildBridge`, so the page sees the same object whichever
 * transport carries the calls. No zod here: this file is bundled into the preload.
 */
import { methods, pushEventNames, type ChannelName, type PushEventName, type PushEvents } from './methods.ts';
import type { Result } from './result.ts';
import type { Request, Response } from './channels.ts';

export type BriefingApi = {
  [C in ChannelName as (typeof methods)[C]]: undefined extends Request<C>
    ? (request?: Request<C>) => Promise<Result<Response<C>>>
    : (request: Request<C>) => Promise<Result<Response<C>>>;
} & {
  /** Subscribe to events the main process pushes (menu commands, import progress); returns an unsubscribe function. */
  on<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): () => void;
};

export type Transport = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;

/** [method, channel] pairs: plain data, so it can also be handed to an init script. */
export const methodTable: ReadonlyArray<readonly [string, ChannelName]> = (
  Object.keys(methods) as ChannelName[]
).map((channel) => [methods[channel], channel] as const);

export type Subscribe = (event: PushEventName, listener: (payload: unknown) => void) => () => void;

export function buildBridge(invoke: Transport, subscribe: Subscribe): BriefingApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of methodTable) {
    api[method] = (request?: unknown) => invoke(channel, request);
  }
  api.on = (event: unknown, listener: unknown) => {
    if (!(pushEventNames as readonly unknown[]).includes(event)) throw new TypeError(`There is no event named ${String(event)}.`);
    if (typeof listener !== 'function') throw new TypeError('A listener must be a function.');
    return subscribe(event as PushEventName, listener as (payload: unknown) => void);
  };
  return Object.freeze(api) as BriefingApi;
}

/**
 * Listeners for pushed events, on the page side of the bridge. `deliver` ignores names
 * outside the contract, so nothing but contract events reaches page code.
 */
export function createListenerRegistry(): { subscribe: Subscribe; deliver(event: unknown, payload: unknown): void } {
  const listeners = new Map<PushEventName, Set<(payload: unknown) => void>>();
  return {
    subscribe(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => void set.delete(listener);
    },
    deliver(event, payload) {
      if (!(pushEventNames as readonly unknown[]).includes(event)) return;
      for (const listener of listeners.get(event as PushEventName) ?? []) listener(payload);
    },
  };
}
