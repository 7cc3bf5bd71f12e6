/**
 * The dashboards' period: one choice for the whole screen, resolved to two dates when the
 * store is asked. Relative choices ("this quarter") are resolved against today, so a dashboard
 * left open over a quarter's end moves on with it.
 */
import type { DashboardPeriod } from '../../../contract/dashboards.ts';
import { formatDateRange } from '../format.ts';

export type PeriodChoice =
  | { kind: 'this-quarter' }
  | { kind: 'last-quarter' }
  | { kind: 'this-year' }
  | { kind: 'last-12-months' }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: string; to: string };

export type PeriodKind = PeriodChoice['kind'];

export const PERIOD_KINDS: ReadonlyArray<{ kind: PeriodKind; label: string }> = [
  { kind: 'this-quarter', label: 'This quarter' },
  { kind: 'last-quarter', label: 'Last quarter' },
  { kind: 'this-year', label: 'This year' },
  { kind: 'last-12-months', label: 'Last 12 months' },
  { kind: 'year', label: 'All of a year' },
  { kind: 'custom', label: 'Custom range' },
];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');
/** A UTC calendar date as YYYY-MM-DD; Date.UTC normalises overflowing months and days. */
const iso = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

/** Today in the analyst's own calendar (the store's dates are plain calendar dates). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function resolvePeriod(choice: PeriodChoice, today: string): DashboardPeriod {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const month = m - 1;
  const quarter = Math.floor(month / 3) * 3;
  switch (choice.kind) {
    case 'this-quarter':
      return { from: iso(y, quarter, 1), to: iso(y, quarter + 3, 0) };
    case 'last-quarter':
      return { from: iso(y, quarter - 3, 1), to: iso(y, quarter, 0) };
    case 'this-year':
      return { from: `${y}-01-01`, to: `${y}-12-31` };
    case 'last-12-months':
      // Whole months, so that every bar of a monthly chart is a full month except the current one.
      return { from: iso(y, month - 11, 1), to: today };
    case 'year':
      return { from: `${choice.year}-01-01`, to: `${choice.year}-12-31` };
    case 'custom':
      return choice.from <= choice.to ? { from: choice.from, to: choice.to } : { from: choice.to, to: choice.from };
  }
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "Q1 2023", "2023", "March 2023", "Jan 1 – Apr 30, 2023". */
export function periodLabel({ from, to }: DashboardPeriod): string {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = to.split('-').map(Number) as [number, number, number];
  const wholeMonths = d1 === 1 && d2 === lastDay(y2, m2);
  if (wholeMonths && y1 === y2) {
    if (m1 === 1 && m2 === 12) return String(y1);
    if (m1 === m2) return `${MONTH_NAMES[m1 - 1]} ${y1}`;
    if (m2 === m1 + 2 && (m1 - 1) % 3 === 0) return `Q${(m1 + 2) / 3} ${y1}`;
    return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  }
  if (wholeMonths) return `${MONTHS[m1 - 1]} ${y1} – ${MONTHS[m2 - 1]} ${y2}`;
  return formatDateRange(from, to);
}

/** "2023-03" → "Mar 2023" (axis ticks use the short form "Mar", or "Mar 23" across years). */
export function monthLabel(month: string, withYear = true): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return withYear ? `${MONTHS[m - 1]} ${y}` : MONTHS[m - 1]!;
}

export function monthTick(month: string, spansYears: boolean): string {
  const [y, m] = month.split('-') as [string, string];
  return spansYears ? `${MONTHS[Number(m) - 1]} ’${y.slice(2)}` : MONTHS[Number(m) - 1]!;
}

/** The first and last day of a month, for a drill-through to the table. */
export function monthRange(month: string): { dateFrom: string; dateTo: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { dateFrom: `${month}-01`, dateTo: `${month}-${pad(lastDay(y, m))}` };
}

/** A month's days inside the period (the first and last month may be partial). */
export function monthInPeriod(month: string, period: DashboardPeriod): { dateFrom: string; dateTo: string } {
  const { dateFrom, dateTo } = monthRange(month);
  return { dateFrom: dateFrom < period.from ? period.from : dateFrom, dateTo: dateTo > period.to ? period.to : dateTo };
}

/**
 * Where a dashboard opens when the analyst has not chosen: this quarter when the store has
 * events in it, else this year, else the whole of the newest year with events (a store of
 * older chronologies, such as the 2023 sample, opens on that year rather than on nothing).
 */
export function defaultPeriod(newest: string | null, today: string): PeriodChoice {
  if (!newest) return { kind: 'this-quarter' };
  const quarter = resolvePeriod({ kind: 'this-quarter' }, today);
  if (newest >= quarter.from) return { kind: 'this-quarter' };
  if (newest.slice(0, 4) === today.slice(0, 4)) return { kind: 'this-year' };
  return { kind: 'year', year: Number(newest.slice(0, 4)) };
}
