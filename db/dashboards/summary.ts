/**
 * A period's headline figures in one pass, where nothing finer is needed (the previous
 * period): its events, how many are leader- and minister-level, and how many distinct
 * counterparts take part (countries other than the chosen ones, states and organisations).
 *
 * The pass walks events_by_level over all four levels (the IN list names every level the
 * schema allows, so it drops nothing), which carries the level and the participants: no event
 * row is read. The distinct participant sets are kept in a small temporary index as they come
 * (no sort over the events) and split into their codes afterwards.
 */
import { marks, type DashboardSql, type Scope } from './period.ts';

export interface PeriodSummary {
  events: number;
  leader: number;
  minister: number;
  counterparts: number;
}

export function summarySql(scope: Scope, chosen: readonly string[]): DashboardSql {
  return {
    sql: `WITH p AS (
            SELECT count(*) AS events, coalesce(sum(e.level = 3), 0) AS leader, coalesce(sum(e.level = 2), 0) AS minister,
                   json_group_array(DISTINCT e.participants) AS sets
              FROM events AS e
             WHERE e.level IN (0, 1, 2, 3) AND ${scope.where}
          )
          SELECT p.events, p.leader, p.minister,
                 (SELECT count(DISTINCT c.value)
                    FROM json_each(p.sets) AS s, json_each('["' || replace(trim(s.value), ' ', '","') || '"]') AS c
                   WHERE c.value NOT IN (${marks(chosen.length)})) AS counterparts
            FROM p`,
    params: [...scope.params, ...chosen],
  };
}
