/**
 * Keeps the store's reference tables (countries, groupings, people) in step with the
 * gazetteer built into the app. Runs at open, and does work only when the built-in data
 * changed; people an analyst has edited are never overwritten.
 */
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { countries } from './gazetteer/countries.ts';
import { groupings } from './gazetteer/groupings.ts';
import { people } from './gazetteer/people.ts';

const KEY = 'reference_data_hash';

/** Bumped when the tables are filled differently, so stores written by an older version are filled again. */
const SYNC_FORMAT = 2;

let builtInHash: string | undefined;
function referenceHash(): string {
  builtInHash ??= createHash('sha256').update(JSON.stringify([SYNC_FORMAT, countries, groupings, people])).digest('hex');
  return builtInHash;
}

export function syncReferenceData(db: Database): boolean {
  const hash = referenceHash();
  const current = db.prepare('SELECT value FROM app_meta WHERE key = ?').pluck().get(KEY);
  if (current === hash) return false;

  db.transaction(() => {
    const country = db.prepare(
      `INSERT INTO countries (code, alpha3, name, kind) VALUES (?, ?, ?, ?)
       ON CONFLICT (code) DO UPDATE SET alpha3 = excluded.alpha3, name = excluded.name, kind = excluded.kind`,
    );
    for (const c of countries) country.run(c.code, c.alpha3 || null, c.name, c.kind);

    const grouping = db.prepare('INSERT INTO groupings (id, name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name');
    const member = db.prepare('INSERT OR IGNORE INTO grouping_members (grouping_id, country_code, since) VALUES (?, ?, ?)');
    const clearMembers = db.prepare('DELETE FROM grouping_members WHERE grouping_id = ?');
    for (const g of groupings) {
      grouping.run(g.id, g.name);
      clearMembers.run(g.id);
      for (const code of g.members) member.run(g.id, code, g.since?.[code] ?? null);
    }

    const person = db.prepare(
      `INSERT INTO people (id, name, country_code, aliases) VALUES (?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, country_code = excluded.country_code, aliases = excluded.aliases
       WHERE people.user_edited = 0`,
    );
    const edited = db.prepare('SELECT user_edited FROM people WHERE id = ?').pluck();
    const clearRoles = db.prepare('DELETE FROM person_roles WHERE person_id = ?');
    const role = db.prepare('INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES (?, ?, ?, ?, ?)');
    for (const p of people) {
      if (edited.get(p.id) === 1) continue;
      person.run(p.id, p.name, p.country, JSON.stringify(p.aliases));
      clearRoles.run(p.id);
      for (const r of p.roles) role.run(p.id, r.title, r.level, r.from, r.to);
    }
    db.prepare('INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, hash);
  })();
  return true;
}
