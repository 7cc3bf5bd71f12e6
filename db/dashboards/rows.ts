/**
 * The events a dashboard lists in full, as the table shows them (ROW_SELECT, toRow):
 *
 * - recent: the period's ten newest events that have happened (date_start <= today);
 * - upcoming: events after today, soonest first, ten, whatever the period;
 * - key meetings: the period's leader- and minister-level events, newest first, fifty.
 *
 * Recent and upcoming walk events_by_date in its order and stop after ten. Key meetings are
 * found on events_by_level first (ids only, so the few hundred candidates are sorted without
 * reading a row), and only the fifty kept are read in full.
 */
import { ROW_SELECT } from '../event-queries.ts';
import { KEY_LEVELS } from './engagement.ts';
import type { DashboardSql, Scope } from './period.ts';

export const RECENT_ROWS = 10;
export const UPCOMING_ROWS = 10;
export const KEY_MEETINGS = 50;

/** `scope` holds the period up to today (the caller bounds it, so the index range has one upper end). */
export function recentSql(scope: Scope): DashboardSql {
  return { sql: `${ROW_SELECT} WHERE ${scope.where} ORDER BY e.date_start DESC, e.id DESC LIMIT ${RECENT_ROWS}`, params: scope.params };
}

/** `scope` holds the days from tomorrow on. */
export function upcomingSql(scope: Scope): DashboardSql {
  return { sql: `${ROW_SELECT} WHERE ${scope.where} ORDER BY e.date_start ASC, e.id ASC LIMIT ${UPCOMING_ROWS}`, params: scope.params };
}

export function keyMeetingsSql(scope: Scope): DashboardSql {
  return {
    sql: `WITH k AS MATERIALIZED (
            SELECT e.id, e.level FROM events AS e
             WHERE e.level IN (${KEY_LEVELS.join(', ')}) AND ${scope.where}
             ORDER BY e.date_start DESC, e.id DESC LIMIT ${KEY_MEETINGS}
          )
          SELECT r.*, k.level AS engagement_level FROM (${ROW_SELECT} WHERE e.id IN (SELECT id FROM k)) AS r JOIN k ON k.id = r.id
           ORDER BY r.date_start DESC, r.id DESC`,
    params: scope.params,
  };
}
