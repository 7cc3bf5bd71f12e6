/**
 * The one door into the main process. Every call from the page, over Electron IPC or
 * the test harness's binding, comes through `dispatch`: sender check, channel lookup,
 * size limit, input validation, handler, output validation, result envelope.
 */
import { z } from 'zod';
import { channels, isChannelName } from '../contract/channels.ts';
import { READ_CHANNELS } from '../contract/read-channels.ts';
import type { ContractError, Result } from '../contract/result.ts';
import { isStoreError, type StoreErrorCode } from '../db/errors.ts';
import { handlers, type Services } from './handlers.ts';

export interface Sender {
  /** URL of the frame that sent the call; null when Electron could not tell (frame gone). */
  url: string | null;
  isMainFrame: boolean;
  /** The hidden window that prints a briefing: it may call only the channels that read. */
  readOnly?: boolean;
}

/** Requests are small (filters, ids, text); anything bigger is a bug or an attack. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export type Dispatch = (channel: unknown, payload: unknown, sender: Sender) => Promise<Result<unknown>>;

export function createDispatch(services: Services, trustedOrigin: string, log: (line: string) => void = console.error): Dispatch {
  return async (channel, payload, sender) => {
    const fail = (error: ContractError): Result<unknown> => ({ ok: false, error });

    if (!isTrustedSender(sender, trustedOrigin)) {
      log(`[ipc] refused ${String(channel)} from ${sender.url ?? 'an unknown frame'}${sender.isMainFrame ? '' : ' (subframe)'}`);
      return fail({ code: 'FORBIDDEN_SENDER', message: 'This call did not come from the Briefing Book window and was refused.' });
    }
    if (!isChannelName(channel)) {
      return fail({ code: 'UNKNOWN_CHANNEL', message: `There is no channel named ${JSON.stringify(String(channel)).slice(0, 200)}.` });
    }
    if (sender.readOnly && !READ_CHANNELS.has(channel)) {
      log(`[ipc] refused ${channel} from the print window`);
      return fail({ code: 'FORBIDDEN_SENDER', message: `The print window only reads the briefing it prints; ${channel} was refused.` });
    }
    if (approximateSize(payload) > MAX_REQUEST_BYTES) {
      return fail({ code: 'PAYLOAD_TOO_LARGE', message: `The request to ${channel} is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB and was refused.` });
    }
    const spec = channels[channel];
    const parsed = spec.request.safeParse(payload);
    if (!parsed.success) {
      return fail({ code: 'BAD_REQUEST', message: `The request to ${channel} is not valid.`, issues: formatIssues(parsed.error) });
    }
    try {
      const handler = handlers[channel] as (req: unknown, s: Services) => Promise<unknown>;
      const value = spec.response.parse(await handler(parsed.data, services));
      return { ok: true, value };
    } catch (e) {
      if (isStoreError(e)) {
        return fail({ code: contractCode(e.code), message: e.message });
      }
      log(`[ipc] ${channel} failed: ${(e as Error)?.stack ?? String(e)}`);
      return fail({ code: 'INTERNAL', message: `${channel} failed: ${(e as Error)?.message ?? String(e)}` });
    }
  };
}

function contractCode(code: StoreErrorCode): ContractError['code'] {
  if (code === 'STORE_CLOSED' || code === 'WORKER_FAILED' || code === 'STORE_IN_USE') return 'STORE_UNAVAILABLE';
  if (code === 'INVALID_INPUT') return 'BAD_REQUEST';
  if (code === 'NOT_FOUND') return 'NOT_FOUND';
  return 'INTERNAL';
}

export function isTrustedSender(sender: Sender, trustedOrigin: string): boolean {
  if (!sender.isMainFrame || !sender.url) return false;
  try {
    // Not URL.origin: for a custom scheme such as app:// it is the string "null".
    const url = new URL(sender.url);
    return `${url.protocol}//${url.host}` === trustedOrigin;
  } catch {
    return false;
  }
}

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(request)'}: ${i.message}`);
}

function approximateSize(payload: unknown): number {
  if (payload === undefined) return 0;
  try {
    return JSON.stringify(payload)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}
