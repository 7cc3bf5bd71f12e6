/**
 * The analyst's officials: the built-in gazetteer as synced into the store, plus people
 * the analyst added or corrected (user_edited = 1), which the importer's matcher knows too.
 */
import type { Database } from 'better-sqlite3';
import { createMentionFinder, findMentions } from './gazetteer/match.ts';
import { people as builtInPeople, type Person, type Role } from './gazetteer/people.ts';
import type { MentionFinder } from './import/parse-document.ts';
import type { OperationContext } from './operation-context.ts';

export interface PersonView {
  id: string;
  name: string;
  country: string | null;
  aliases: string[];
  roles: Array<{ title: string; level: Role['level']; from: string; to: string | null }>;
  builtIn: boolean;
  edited: boolean;
}

export interface PersonInput {
  id?: string;
  name: string;
  country: string;
  aliases: string[];
  roles: Array<{ title: string; level: Role['level']; from: string; to: string | null }>;
}

export class InvalidPerson extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidPerson';
  }
}

const builtInIds = new Set(builtInPeople.map((p) => p.id));

interface PersonRecord {
  id: string;
  name: string;
  country_code: string | null;
  aliases: string;
  user_edited: number;
  roles: string;
}

const SELECT_PEOPLE = `
  SELECT p.id, p.name, p.country_code, p.aliases, p.user_edited,
         (SELECT json_group_array(json_object('title', r.title, 'level', r.level, 'from', r.date_from, 'to', r.date_to))
            FROM (SELECT * FROM person_roles WHERE person_id = p.id ORDER BY date_from) AS r) AS roles
    FROM people AS p`;

const toView = (r: PersonRecord): PersonView => ({
  id: r.id,
  name: r.name,
  country: r.country_code,
  aliases: JSON.parse(r.aliases) as string[],
  roles: JSON.parse(r.roles) as PersonView['roles'],
  builtIn: builtInIds.has(r.id),
  edited: r.user_edited === 1,
});

/** LIKE patterns treat % and _ as wildcards; an analyst typing them means the characters. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function listPeople(db: Database, args: { query?: string; limit?: number }): { total: number; people: PersonView[] } {
  const query = args.query?.trim() ?? '';
  const where = query ? `WHERE p.name LIKE ? ESCAPE '\\' OR p.aliases LIKE ? ESCAPE '\\' OR p.id = ?` : '';
  const params = query ? [`%${likeEscape(query)}%`, `%${likeEscape(query)}%`, query] : [];
  const total = db.prepare(`SELECT count(*) FROM people AS p ${where}`).pluck().get(...params) as number;
  const rows = db.prepare(`${SELECT_PEOPLE} ${where} ORDER BY p.name LIMIT ?`).all(...params, args.limit ?? 100) as PersonRecord[];
  return { total, people: rows.map(toView) };
}

function slug(name: string): string {
  const words = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return words.length > 0 ? words.join('-') : 'person';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function validate(db: Database, input: PersonInput): void {
  if (!input.name.trim()) throw new InvalidPerson('A person needs a name.');
  const country = db.prepare('SELECT 1 FROM countries WHERE code = ?').pluck().get(input.country);
  if (!country) throw new InvalidPerson(`Unknown country code "${input.country}".`);
  input.roles.forEach((r, i) => {
    const which = `Role ${i + 1} (${r.title || 'untitled'})`;
    if (!r.title.trim()) throw new InvalidPerson(`Role ${i + 1} needs a title.`);
    if (!ISO_DATE.test(r.from)) throw new InvalidPerson(`${which}: the start date must be written YYYY-MM-DD.`);
    if (r.to !== null && !ISO_DATE.test(r.to)) throw new InvalidPerson(`${which}: the end date must be written YYYY-MM-DD or left empty.`);
    if (r.to !== null && r.to <= r.from) throw new InvalidPerson(`${which}: the end date must come after the start date.`);
  });
}

/** Adds a person (no id) or edits one; an edited built-in person is never overwritten by app updates. */
export function savePerson(db: Database, args: { person: PersonInput }, ctx: OperationContext): PersonView {
  const input = { ...args.person, name: args.person.name.trim(), aliases: [...new Set(args.person.aliases.map((a) => a.trim()).filter(Boolean))] };
  validate(db, input);
  const id = db.transaction(() => {
    let personId = input.id;
    if (personId) {
      const found = db.prepare('UPDATE people SET name = ?, country_code = ?, aliases = ?, user_edited = 1 WHERE id = ?').run(
        input.name,
        input.country,
        JSON.stringify(input.aliases),
        personId,
      );
      if (found.changes === 0) throw new InvalidPerson(`There is no person "${personId}" to edit.`);
      db.prepare('DELETE FROM person_roles WHERE person_id = ?').run(personId);
    } else {
      const base = slug(input.name);
      const taken = db.prepare('SELECT 1 FROM people WHERE id = ?').pluck();
      personId = base;
      for (let n = 2; taken.get(personId); n++) personId = `${base}-${n}`;
      db.prepare('INSERT INTO people (id, name, country_code, aliases, user_edited) VALUES (?, ?, ?, ?, 1)').run(
        personId,
        input.name,
        input.country,
        JSON.stringify(input.aliases),
      );
    }
    const role = db.prepare('INSERT INTO person_roles (person_id, title, level, date_from, date_to) VALUES (?, ?, ?, ?, ?)');
    for (const r of input.roles) role.run(personId, r.title.trim(), r.level, r.from, r.to);
    return personId;
  })();
  ctx.forgetMentionFinder();
  return toView(db.prepare(`${SELECT_PEOPLE} WHERE p.id = ?`).get(id) as PersonRecord);
}

/**
 * The matcher for imports: the built-in gazetteer, with the analyst's people added or taking
 * precedence, and the names the analyst taught the reader (reader-terms.ts).
 */
export function analystMentionFinder(db: Database): MentionFinder {
  const rows = db.prepare(`${SELECT_PEOPLE} WHERE p.user_edited = 1`).all() as PersonRecord[];
  const terms = db.prepare('SELECT term, country_code AS country FROM reader_terms').all() as Array<{ term: string; country: string }>;
  if (rows.length === 0 && terms.length === 0) return findMentions;
  const extra: Person[] = rows.map((r) => {
    const v = toView(r);
    return { id: v.id, name: v.name, aliases: v.aliases, country: v.country ?? '', roles: v.roles };
  });
  return createMentionFinder(extra, terms);
}
