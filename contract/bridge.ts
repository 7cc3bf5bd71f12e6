/**
 * The shape of `window.briefing`. The Electron preload and the Chromium test harness
 * both build it with `buildBridge`, so the page sees the same object whichever
 * transport carries the calls. No zod here: this file is bundled into the preload.
 */
import { methods, type AppCommand, type ChannelName } from './methods.ts';
import type { Result } from './result.ts';
import type { Request, Response } from './channels.ts';

export type BriefingApi = {
  [C in ChannelName as (typeof methods)[C]]: undefined extends Request<C>
    ? (request?: Request<C>) => Promise<Result<Response<C>>>
    : (request: Request<C>) => Promise<Result<Response<C>>>;
} & {
  /** Subscribe to menu commands from the shell; returns an unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
};

export type Transport = (channel: ChannelName, request: unknown) => Promise<Result<unknown>>;

/** [method, channel] pairs: plain data, so it can also be handed to an init script. */
export const methodTable: ReadonlyArray<readonly [string, ChannelName]> = (
  Object.keys(methods) as ChannelName[]
).map((channel) => [methods[channel], channel] as const);

export function buildBridge(
  invoke: Transport,
  subscribe: (listener: (command: AppCommand) => void) => () => void,
): BriefingApi {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of methodTable) {
    api[method] = (request?: unknown) => invoke(channel, request);
  }
  api.onCommand = subscribe;
  return Object.freeze(api) as BriefingApi;
}
