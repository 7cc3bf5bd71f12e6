/**
 * The one list of everything the renderer may ask of the main process.
 * Each channel names its request and response schema; the preload, the main-process
 * dispatcher and the test harness are all derived from this table, so a channel
 * cannot exist in one layer and not in another.
 */
import { z } from 'zod';
import { EventRow, NewEvent } from './events.ts';
import type { ChannelName } from './methods.ts';

export type { ChannelName } from './methods.ts';

const NoInput = z.undefined().or(z.object({}).strict()).transform(() => undefined);

export const channels = {
  'app:info': {
    request: NoInput,
    response: z.object({
      name: z.string(),
      version: z.string(),
      storePath: z.string(),
      schemaVersion: z.number().int(),
      shell: z.enum(['electron', 'chromium-harness']),
    }),
  },
  'events:list': {
    request: z
      .object({
        offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict()
      .default({ offset: 0, limit: 200 }),
    response: z.object({ total: z.number().int().min(0), rows: z.array(EventRow) }),
  },
  'events:add': {
    request: z.object({ events: z.array(NewEvent).min(1).max(10_000) }).strict(),
    response: z.object({ added: z.number().int().min(0), ids: z.array(z.number().int()) }),
  },
  'store:check': {
    request: NoInput,
    response: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  },
  'shell:open-external': {
    request: z.object({ url: z.string().max(8192) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type Channels = typeof channels;
export type Request<C extends ChannelName> = z.input<Channels[C]['request']>;
export type ParsedRequest<C extends ChannelName> = z.output<Channels[C]['request']>;
export type Response<C extends ChannelName> = z.output<Channels[C]['response']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
