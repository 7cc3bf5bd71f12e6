import type { BriefingApi } from '../../contract/bridge.ts';

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}
