/** Relative date ranges: a saved "this quarter" view means the quarter it is opened in. */
import type { DatePreset } from '../../../contract/query.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

export function presetRange(preset: Exclude<DatePreset, 'custom'>, today = new Date()): { dateFrom: string; dateTo: string } {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth();
  switch (preset) {
    case 'last-30-days': {
      const from = new Date(Date.UTC(y, m, today.getUTCDate() - 29));
      return { dateFrom: iso(from), dateTo: iso(today) };
    }
    case 'this-quarter': {
      const q = Math.floor(m / 3) * 3;
      return { dateFrom: iso(new Date(Date.UTC(y, q, 1))), dateTo: iso(new Date(Date.UTC(y, q + 3, 0))) };
    }
    case 'this-year':
      return { dateFrom: `${y}-01-01`, dateTo: `${y}-12-31` };
  }
}

export const PRESET_LABELS: Record<DatePreset, string> = {
  'last-30-days': 'Last 30 days',
  'this-quarter': 'This quarter',
  'this-year': 'This year',
  custom: 'Custom range',
};
