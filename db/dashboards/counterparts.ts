/**
 * Counterparts: the other countries (states and organisations alike, never the chosen ones)
 * that take part in the period's events, ranked by the number of events shared, ties by name.
 *
 * The period's events are grouped by their participant set (events.participants, ' JP KR US ')
 * on the date index's entries — no event row is read — and each of the few distinct sets is
 * then split into its codes. The window count gives the number of distinct counterparts (a
 * headline) before the LIMIT keeps the top ones. Where only that number is wanted (the previous
 * period, the pair), the distinct sets suffice: SQLite keeps them in a small temporary index
 * instead of sorting every event (about half the time of the grouping).
 */
import { marks, type DashboardSql, type Scope } from './period.ts';

export const TOP_COUNTERPARTS = 10;

export interface CounterpartRow {
  code: string;
  name: string;
  events: number;
  /** Distinct counterparts in the period, however many are listed. */
  total: number;
}

export function counterpartsSql(scope: Scope, chosen: readonly string[]): DashboardSql {
  return {
    sql: `WITH sets AS (
            SELECT e.participants, count(*) AS events FROM events AS e WHERE ${scope.where} GROUP BY e.participants
          )
          SELECT j.value AS code, coalesce(c.name, j.value) AS name, sum(sets.events) AS events, count(*) OVER () AS total
            FROM sets, json_each('["' || replace(trim(sets.participants), ' ', '","') || '"]') AS j
            LEFT JOIN countries AS c ON c.code = j.value
           WHERE j.value NOT IN (${marks(chosen.length)})
           GROUP BY j.value
           ORDER BY events DESC, name, code
           LIMIT ?`,
    params: [...scope.params, ...chosen, TOP_COUNTERPARTS],
  };
}

/** The number of distinct counterparts only. */
export function counterpartCountSql(scope: Scope, chosen: readonly string[]): DashboardSql {
  return {
    sql: `WITH sets AS (SELECT DISTINCT e.participants FROM events AS e WHERE ${scope.where})
          SELECT count(DISTINCT j.value) AS total
            FROM sets, json_each('["' || replace(trim(sets.participants), ' ', '","') || '"]') AS j
           WHERE j.value NOT IN (${marks(chosen.length)})`,
    params: [...scope.params, ...chosen],
  };
}
