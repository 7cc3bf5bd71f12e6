/**
 * Notes on a dashboard: how many live notes (not in the trash) are written on the period's
 * events, and the standing notes on exactly the dashboard's subject (the country, or the set
 * of countries, in any order: a subject is stored as its sorted codes, 'JP-US').
 */
import type { Database } from 'better-sqlite3';
import { subjectKey, type NoteListing } from '../../contract/annotations.ts';
import { listStandingNotes } from '../notes.ts';
import type { DashboardSql, Scope } from './period.ts';

/**
 * The live notes are counted per event first (few rows, in notes_by_event order), then the
 * period's events are walked on the date index and looked up among them (SQLite puts a Bloom
 * filter in front). Faster than probing notes_by_event for every event of the period, and
 * than reading the event row of every note when notes are many.
 */
export function notesOnEventsSql(scope: Scope): DashboardSql {
  return {
    sql: `SELECT coalesce(sum(k.notes), 0) AS notes
            FROM events AS e
           CROSS JOIN (SELECT event_id, count(*) AS notes FROM notes
                        WHERE event_id IS NOT NULL AND deleted_at IS NULL GROUP BY event_id) AS k ON k.event_id = e.id
           WHERE ${scope.where}`,
    params: scope.params,
  };
}

export function standingNotesOn(db: Database, countries: readonly string[]): NoteListing[] {
  const subject = subjectKey(countries);
  return listStandingNotes(db).filter((n) => n.subject !== null && subjectKey(n.subject) === subject);
}
