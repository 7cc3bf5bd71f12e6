/**
 * The page's only way out: the contract API the shell placed on window.briefing.
 * `call` turns the result envelope into a value or a BriefingError.
 */
import type { BriefingApi } from '../../contract/bridge.ts';
import { BriefingError, unwrap, type Result } from '../../contract/result.ts';

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}

export function bridge(): BriefingApi {
  if (!window.briefing) {
    throw new BriefingError({ code: 'STORE_UNAVAILABLE', message: 'Briefing Book must be opened from the app; the store bridge is missing.' });
  }
  return window.briefing;
}

export async function call<T>(request: (api: BriefingApi) => Promise<Result<T>>): Promise<T> {
  return unwrap(await request(bridge()));
}

export { BriefingError };
