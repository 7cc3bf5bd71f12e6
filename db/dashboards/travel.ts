/**
 * Travel: the period's visits (events of type 'visit') with the country taking part, by
 * direction. The visit rows are few (a year of Japan's visits at a million events is ~2,500), so
 * SQL selects them on events_by_type and the host is read here, in the store, from their text:
 *
 * 1. The host is the country whose name (or short name, alias), capital or capital alias
 *    (db/gazetteer/countries.ts) appears in the event's location — a participant if one is
 *    named there, else whichever country is (a visit to a third country's capital).
 * 2. With no country in the location (or none), the summary: the first place after "to",
 *    "visits" or "in" that names a participant ("travels to Tokyo", "visits Japan").
 * 3. Words the gazetteer marks ambiguous ('Brussels' for Belgium, 'Georgia') count only for a
 *    country that takes part.
 *
 * Then: host = the dashboard's country → received, from each other participating state; host =
 * another participant → made, to that host; otherwise (no host, a host that does not take
 * part, or the country hosting with no other state present) → unknown.
 */
import { countries as gazetteer } from '../gazetteer/countries.ts';
import type { DashboardSql, Scope } from './period.ts';

export function visitsSql(scope: Scope): DashboardSql {
  return {
    sql: `SELECT e.id, e.location, e.summary, e.participants FROM events AS e WHERE e.type = 'visit' AND ${scope.where} ORDER BY e.date_start, e.id`,
    params: scope.params,
  };
}

export function visitCountSql(scope: Scope): DashboardSql {
  return { sql: `SELECT count(*) AS events FROM events AS e WHERE e.type = 'visit' AND ${scope.where}`, params: scope.params };
}

export interface Visit {
  location: string | null;
  summary: string;
  /** Participating countries' codes. */
  countries: readonly string[];
}

interface TermOf {
  code: string;
  ambiguous: boolean;
}

/** Every name and capital of every country, to the countries it may mean. */
const TERMS = new Map<string, TermOf[]>();
for (const c of gazetteer) {
  const ambiguous = new Set(c.ambiguous ?? []);
  for (const term of new Set([c.name, c.shortName, ...c.aliases, c.capital, ...(c.capitalAliases ?? [])])) {
    if (!term) continue;
    const list = TERMS.get(term) ?? [];
    list.push({ code: c.code, ambiguous: ambiguous.has(term) });
    TERMS.set(term, list);
  }
}

/**
 * Terms by their first two characters, longest first, so 'South Korea' is tried before
 * 'South …' and a word is looked up among a handful of names. (One regular expression
 * alternating the thousand names, flat or shaped like a trie, took 15–25 µs per visit; this
 * takes about 1 µs.)
 */
const BY_PREFIX = new Map<string, string[]>();
for (const term of [...TERMS.keys()].sort((a, b) => b.length - a.length)) {
  const key = term.slice(0, 2);
  BY_PREFIX.set(key, [...(BY_PREFIX.get(key) ?? []), term]);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;
/** "to", "visits" or "in", then the place (after an optional "the"). */
const DESTINATION = /(?<![\p{L}\p{N}])(?:to|visits|in)\s+(?:the\s+)?(?=[\p{L}\p{N}])/gu;

/** The longest name starting at `pos` that ends a word there (case-sensitive, as match.ts reads names). */
function termAt(text: string, pos: number): string | undefined {
  for (const term of BY_PREFIX.get(text.slice(pos, pos + 2)) ?? []) {
    if (text.startsWith(term, pos) && !WORD_CHAR.test(text.charAt(pos + term.length))) return term;
  }
  return undefined;
}

/** Places repeat ('Tokyo', 'Washington, DC'): their names are read once (bounded, cleared when full). */
const placeNames = new Map<string, string[]>();
const PLACES_KEPT = 10_000;

function mentionsInPlace(location: string): string[] {
  let found = placeNames.get(location);
  if (!found) {
    if (placeNames.size >= PLACES_KEPT) placeNames.clear();
    placeNames.set(location, (found = mentions(location)));
  }
  return found;
}

/** Every country name or capital in a text, in order. */
function mentions(text: string): string[] {
  const found: string[] = [];
  let after = 0;
  for (const m of text.matchAll(WORD_START)) {
    if (m.index < after) continue;
    const term = termAt(text, m.index);
    if (term) {
      found.push(term);
      after = m.index + term.length;
    }
  }
  return found;
}

/** The countries a term may mean, leaving out ambiguous readings of countries that do not take part. */
function meanings(term: string, taking: ReadonlySet<string>): string[] {
  return (TERMS.get(term) ?? []).filter((t) => !t.ambiguous || taking.has(t.code)).map((t) => t.code);
}

/** The host of a visit; null when it cannot be told. */
export function visitHost(visit: Visit): string | null {
  const taking = new Set(visit.countries);
  const named = visit.location ? mentionsInPlace(visit.location).flatMap((term) => meanings(term, taking)) : [];
  if (named.length) return named.find((code) => taking.has(code)) ?? named[0]!;
  for (const m of visit.summary.matchAll(DESTINATION)) {
    const term = termAt(visit.summary, m.index + m[0].length);
    const host = term && meanings(term, taking).find((code) => taking.has(code));
    if (host) return host;
  }
  return null;
}

export type VisitDirection = { made: string } | { received: string[] } | 'unknown';

/** Which way a visit went for `country`; `isState` tells states from organisations. */
export function visitDirection(country: string, visit: Visit, isState: (code: string) => boolean): VisitDirection {
  const host = visitHost(visit);
  if (host === null || !visit.countries.includes(host)) return 'unknown';
  if (host !== country) return { made: host };
  const from = visit.countries.filter((code) => code !== country && isState(code));
  return from.length ? { received: from } : 'unknown';
}

export interface Named {
  code: string;
  name: string;
}

export interface Travel {
  /** Each bar's visits: their count and ids (the table opens exactly these). */
  made: Array<Named & { events: number; ids: number[] }>;
  received: Array<Named & { events: number; ids: number[] }>;
  unknown: number;
  unknownIds: number[];
}

/** Counts per country, most first, ties by name; ids in the order of the visits given. */
export function travelOf(country: string, visits: ReadonlyArray<Visit & { id: number }>, names: ReadonlyMap<string, { name: string; kind: string }>): Travel {
  const made = new Map<string, number[]>();
  const received = new Map<string, number[]>();
  const unknownIds: number[] = [];
  const isState = (code: string) => (names.get(code)?.kind ?? 'state') === 'state';
  const add = (counts: Map<string, number[]>, code: string, id: number) => counts.set(code, [...(counts.get(code) ?? []), id]);
  for (const visit of visits) {
    const direction = visitDirection(country, visit, isState);
    if (direction === 'unknown') unknownIds.push(visit.id);
    else if ('made' in direction) add(made, direction.made, visit.id);
    else for (const code of direction.received) add(received, code, visit.id);
  }
  const ranked = (counts: Map<string, number[]>) =>
    [...counts]
      .map(([code, ids]) => ({ code, name: names.get(code)?.name ?? code, events: ids.length, ids }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name, 'en') || (a.code < b.code ? -1 : 1));
  return { made: ranked(made), received: ranked(received), unknown: unknownIds.length, unknownIds };
}
