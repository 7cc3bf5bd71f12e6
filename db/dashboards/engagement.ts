/**
 * Level of engagement and the intensity index.
 *
 * - The engagement level of an event is the highest level among the offices its named
 *   officials (event_people) hold on its date (person_roles, date_from <= date_start <
 *   date_to): leader > minister > official; 'unnamed' when no official is named or none holds
 *   an office that day. It is stored in events.level (3, 2, 1, 0) and kept in step by triggers
 *   (db/migrations/005-engagement-level.ts): computing it per dashboard took 66–77 ms per
 *   period at a million events, over the 100 ms goal once two periods are needed.
 * - The intensity index of a month: 3 × leader-level events + 2 × minister-level events
 *   + 1 × every other event (official-level and unnamed) that started in the month.
 *
 * Counting walks events_by_level (level, date_start, id, participants) as months.ts walks
 * events_by_category: one stretch per level, the pairing decided on the index entry, counted
 * per day in index order, then summed per month. Only the levels wanted are read (named
 * officials are found in a minority of events): unnamed, or "other", is the month's total
 * (from the per-month counts) less the levels counted.
 */
import { INTENSITY_WEIGHTS, type EngagementLevel } from '../../contract/dashboards.ts';
import type { DashboardSql, Scope } from './period.ts';

/** events.level → its name. */
export const LEVEL_NAMES: readonly EngagementLevel[] = ['unnamed', 'official', 'minister', 'leader'];

export interface MonthLevelRow {
  month: string;
  level: number;
  events: number;
}

/** Events per month and level, for the stored levels given (e.g. [1, 2, 3]: every named level). */
export function levelsByMonthSql(scope: Scope, levels: readonly number[]): DashboardSql {
  return {
    sql: `SELECT substr(d.day, 1, 7) AS month, d.level, sum(d.events) AS events
            FROM (SELECT e.level, e.date_start AS day, count(*) AS events
                    FROM events AS e
                   WHERE e.level IN (${levels.map(Number).join(', ')}) AND ${scope.where}
                   GROUP BY e.level, e.date_start) AS d
           GROUP BY month, d.level`,
    params: scope.params,
  };
}

/** Every named level; leader and minister only (what the intensity index and key meetings need). */
export const NAMED_LEVELS = [1, 2, 3];
export const KEY_LEVELS = [3, 2];

export type Engagement = Record<EngagementLevel, number>;

/** The period's events by level, from the named levels' counts and the period's total. */
export function engagementOf(rows: readonly MonthLevelRow[], total: number): Engagement {
  const counts: Engagement = { leader: 0, minister: 0, official: 0, unnamed: 0 };
  for (const r of rows) counts[LEVEL_NAMES[r.level]!] += r.events;
  counts.unnamed = total - counts.leader - counts.minister - counts.official;
  return counts;
}

export interface IntensityCounts {
  leader: number;
  minister: number;
  /** Official-level and unnamed events. */
  other: number;
}

export const intensityIndex = (c: IntensityCounts): number =>
  INTENSITY_WEIGHTS.leader * c.leader + INTENSITY_WEIGHTS.minister * c.minister + INTENSITY_WEIGHTS.other * c.other;

/** Leader- and minister-level events out of `total`; the rest is "other". */
export const intensityCounts = (total: number, leader: number, minister: number): IntensityCounts => ({ leader, minister, other: total - leader - minister });

/**
 * The index for every month of the period, months in order (zero where nothing happened):
 * `levels` holds the month's leader- and minister-level counts, `totals` its events.
 */
export function intensityByMonth(levels: readonly MonthLevelRow[], totals: ReadonlyMap<string, number>, months: readonly string[]): Array<IntensityCounts & { month: string; index: number }> {
  return months.map((month) => {
    const at = (level: number) => levels.find((r) => r.month === month && r.level === level)?.events ?? 0;
    const counts = intensityCounts(totals.get(month) ?? 0, at(3), at(2));
    return { month, ...counts, index: intensityIndex(counts) };
  });
}
