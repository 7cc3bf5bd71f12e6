/**
 * Officials since 1945 (heads of state and government, foreign and defence ministers and the
 * deputies chronologies name) for the states Indo-Pacific chronologies mention, gathered from
 * public lists with each office's source: data/officials-1945-*.json. They are merged into the
 * built-in people (people.ts), whose later offices are checked to the day: a person present in
 * both keeps every office of people.ts and gains the earlier ones here that do not overlap them.
 * The lists end with 2019: an office still held then is closed on 2020-01-01, and for a state
 * people.ts does not cover the person is marked `knownUntil`, so that a later entry says the
 * office is not known rather than that the person left it.
 */
import type { Person, Role } from './people.ts';
import partA from './data/officials-1945-a.json' with { type: 'json' };
import partB from './data/officials-1945-b.json' with { type: 'json' };

interface HistoryRole {
  title: string;
  level: Role['level'];
  from: string;
  to: string | null;
  source?: string;
  approximate?: boolean;
  country?: string;
}
interface HistoryPerson {
  id: string;
  name: string;
  country: string;
  aliases?: string[];
  ambiguous?: string[];
  roles: HistoryRole[];
}
interface HistoryFile {
  coverage?: string;
  sources: Array<{ id: string; title: string; url: string }>;
  people: HistoryPerson[];
}

export const historyFiles: readonly HistoryFile[] = [partA as HistoryFile, partB as HistoryFile];

/** States whose heads, foreign and defence ministers people.ts lists from this day on. */
const CHECKED_SINCE = '2020-01-01';
const CHECKED_FROM_2020 = new Set(['US', 'JP', 'DE', 'FR', 'GB', 'IT', 'CA', 'CN', 'KR', 'KP', 'AU', 'IN', 'RU', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);

const overlaps = (a: Role, b: Role) => a.from < (b.to ?? '9999') && b.from < (a.to ?? '9999');

function toRole(r: HistoryRole): Role {
  const role: Role = { title: r.title, level: r.level, from: r.from, to: r.to };
  if (r.country) role.country = r.country;
  return role;
}

/** The built-in people with the historical offices merged in (see the header). */
/** 'Volodymyr Zelenskyy' and 'Volodymyr Zelensky' of UA are one person: country and name, letters only, doubled letters once. */
const nameKey = (country: string, name: string) =>
  `${country}:${name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '').replace(/(.)\1+/g, '$1')}`;

export function withHistory(current: readonly Person[]): Person[] {
  const byId = new Map(current.map((p) => [p.id, { ...p, roles: [...p.roles], aliases: [...p.aliases] }]));
  // The same person under another id: by name, or by one of the names an alias gives.
  const byName = new Map<string, Person>();
  for (const p of byId.values()) for (const n of [p.name, ...p.aliases]) if (n.includes(' ')) byName.set(nameKey(p.country, n), p);
  for (const file of historyFiles) {
    for (const h of file.people) {
      const roles = h.roles.map(toRole);
      const known = byId.get(h.id) ?? [h.name, ...(h.aliases ?? [])].map((n) => byName.get(nameKey(h.country, n))).find((p) => p !== undefined);
      if (!known) {
        // Not among the offices held since 2020 in a state people.ts covers: gone by then.
        // Elsewhere the lists end with 2019: an office still held then is not known to go on.
        for (const r of roles) if (r.to === null || r.to > CHECKED_SINCE) r.to = r.from < CHECKED_SINCE ? CHECKED_SINCE : r.to;
        const person: Person = { id: h.id, name: h.name, country: h.country, aliases: [...new Set(h.aliases ?? [])], roles };
        if (!CHECKED_FROM_2020.has(h.country)) person.knownUntil = CHECKED_SINCE;
        if (h.ambiguous?.length) person.ambiguous = [...h.ambiguous];
        byId.set(h.id, person);
        for (const n of [h.name, ...(h.aliases ?? [])]) if (n.includes(' ')) byName.set(nameKey(h.country, n), person);
        continue;
      }
      // people.ts is checked to the day: an older office that overlaps one of its offices, under
      // whatever title, is the same office written another way.
      for (const r of roles) if (!known.roles.some((k) => overlaps(k, r))) known.roles.push(r);
      known.roles.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      // Full names only: which one-word names count alone is people.ts's own, curated choice.
      for (const a of h.aliases ?? []) if (/\s/.test(a) && !known.aliases.includes(a) && a !== known.name) known.aliases.push(a);
    }
  }
  markSharedNames(byId, new Set(current.map((p) => p.id)));
  return [...byId.values()];
}

/**
 * A one-word name that three or more officials share ('Kim', 'Li', 'Singh') counts only after a
 * title for the older officials: people.ts curates its own, the lists behind the older ones
 * cannot. Between two (the Koizumis, the Bushes) the office held on the date decides.
 */
function markSharedNames(byId: Map<string, Person>, curated: ReadonlySet<string>): void {
  const holders = new Map<string, Set<string>>();
  for (const p of byId.values()) {
    for (const a of [p.name, ...p.aliases]) if (!/\s/.test(a)) holders.set(a, (holders.get(a) ?? new Set()).add(p.id));
  }
  for (const p of byId.values()) {
    if (curated.has(p.id)) continue;
    const count = (a: string) => holders.get(a)?.size ?? 0;
    // The lists mark ordinary words ('Major', 'May') and names shared within one list; a name two
    // officials share is left to their tenures.
    const ambiguous = new Set([...(p.ambiguous ?? []).filter((a) => count(a) !== 2), ...p.aliases.filter((a) => count(a) > 2)]);
    if (ambiguous.size) p.ambiguous = [...ambiguous];
    else delete p.ambiguous;
  }
}
