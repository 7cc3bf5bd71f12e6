/**
 * Saved views (named filters, sort and columns), the table's own layout, and the choices
 * the filter panel offers (groupings, tags, sources), all kept in the store.
 */
import type { Database } from 'better-sqlite3';
import { SavedView, TableLayout, ViewName, ViewState } from '../contract/query.ts';
import { StoreError } from './errors.ts';

interface ViewRecord {
  id: number;
  name: string;
  state: string;
  updated_at: string;
}

/** A view that no longer parses (e.g. saved by a later version) is left out of the list but kept in the store; saving under its name replaces it. */
function toView(r: ViewRecord): SavedView | null {
  const state = ViewState.safeParse(JSON.parse(r.state));
  return state.success ? { id: r.id, name: r.name, state: state.data, updatedAt: r.updated_at } : null;
}

export function listViews(db: Database): SavedView[] {
  const rows = db.prepare('SELECT id, name, state, updated_at FROM saved_views ORDER BY name COLLATE NOCASE').all() as ViewRecord[];
  return rows.map(toView).filter((v): v is SavedView => v !== null);
}

function checkedName(name: string): string {
  const parsed = ViewName.safeParse(name);
  if (!parsed.success) throw new StoreError('INVALID_INPUT', parsed.error.issues[0]!.message);
  return parsed.data;
}

/** Saves under a name; saving again under the same name (any case) replaces that view. */
export function saveView(db: Database, args: { name: string; state: ViewState }): SavedView {
  const name = checkedName(args.name);
  const row = db
    .prepare(
      `INSERT INTO saved_views (name, state) VALUES (?, ?)
       ON CONFLICT (name) DO UPDATE SET state = excluded.state, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
       RETURNING id, name, state, updated_at`,
    )
    .get(name, JSON.stringify(args.state)) as ViewRecord;
  return toView(row)!;
}

export function renameView(db: Database, args: { id: number; name: string }): SavedView {
  const name = checkedName(args.name);
  const clash = db.prepare('SELECT id FROM saved_views WHERE name = ? COLLATE NOCASE AND id <> ?').pluck().get(name, args.id);
  if (clash !== undefined) throw new StoreError('INVALID_INPUT', `A view called "${name}" already exists; choose another name.`);
  const row = db
    .prepare("UPDATE saved_views SET name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ? RETURNING id, name, state, updated_at")
    .get(name, args.id) as ViewRecord | undefined;
  if (!row) throw new StoreError('NOT_FOUND', 'That view no longer exists.');
  return toView(row)!;
}

export function deleteView(db: Database, args: { id: number }): { deleted: boolean } {
  return { deleted: db.prepare('DELETE FROM saved_views WHERE id = ?').run(args.id).changes === 1 };
}

const LAYOUT_KEY = 'events-table-layout';

export function getTableLayout(db: Database): TableLayout | null {
  const value = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(LAYOUT_KEY) as string | undefined;
  const parsed = value === undefined ? null : TableLayout.safeParse(JSON.parse(value));
  return parsed?.success ? parsed.data : null;
}

export function saveTableLayout(db: Database, args: { layout: TableLayout }): { saved: true } {
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(LAYOUT_KEY, JSON.stringify(args.layout));
  return { saved: true };
}

export interface FilterChoices {
  groupings: Array<{ id: string; name: string; members: string[] }>;
  tags: Array<{ id: number; name: string; color: string | null }>;
  sources: Array<{ id: number; title: string; fileCountries: string[]; events: number }>;
}

export function filterChoices(db: Database): FilterChoices {
  const groupings = db
    .prepare(
      `SELECT g.id, g.name, (SELECT json_group_array(country_code) FROM (SELECT country_code FROM grouping_members WHERE grouping_id = g.id ORDER BY country_code)) AS members
         FROM groupings AS g ORDER BY g.name`,
    )
    .all() as Array<{ id: string; name: string; members: string }>;
  const sources = db
    .prepare(
      `SELECT s.id, s.title, s.file_countries, (SELECT count(*) FROM events WHERE source_id = s.id) AS events
         FROM sources AS s ORDER BY s.title COLLATE NOCASE, s.id`,
    )
    .all() as Array<{ id: number; title: string; file_countries: string; events: number }>;
  return {
    groupings: groupings.map((g) => ({ id: g.id, name: g.name, members: JSON.parse(g.members) as string[] })),
    tags: db.prepare('SELECT id, name, color FROM tags ORDER BY name COLLATE NOCASE').all() as FilterChoices['tags'],
    sources: sources.map((s) => ({ id: s.id, title: s.title, fileCountries: JSON.parse(s.file_countries) as string[], events: s.events })),
  };
}
