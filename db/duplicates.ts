/**
 * Possible duplicates: the same event reported by two chronologies, in different words and
 * perhaps a day apart ("Jan. 23" in one, the follow-up "Jan. 24" in another).
 *
 * Two events are a possible pair when their dates are within a day of each other (spans that
 * touch count as 0), they share a participating country (or one names none), they come from
 * different documents, both are dated to the day, and their summaries score at least
 * LIKELY_DUPLICATE (duplicate-similarity.ts; the threshold was measured, docs/DUPLICATES.md).
 * Candidates are read from the date index a few days at a time — never the whole store — so
 * the list costs the same at a thousand events as at a million, per day of events walked.
 */
import type { Database } from 'better-sqlite3';
import type { DuplicatePair, DuplicatePage, DuplicateSide, SimilarEvent } from '../contract/duplicates.ts';
import { StoreError } from './errors.ts';
import { dayGap, dayNumber, participantCodes, participantsOverlap, summaryWords, wordSimilarity } from './duplicate-similarity.ts';
import { prepareCached } from './statement-cache.ts';

/** The score from which two events are offered as possible duplicates (measured: docs/DUPLICATES.md). */
export const LIKELY_DUPLICATE = 0.3;
/** Most events one page of the list walks before it answers with what it found so far. */
const MAX_SCAN = 5_000;
/** Events read by the walk's first step, doubled each step up to MAX_STEP (whole days are read, so a step may hold more). */
const FIRST_STEP = 200;
const MAX_STEP = 3_200;
/** Days of stored events a preview's finder keeps (see makeSimilarFinder). */
const DAYS_KEPT = 64;

interface Candidate {
  id: number;
  date_start: string;
  date_end: string | null;
  date_text: string | null;
  summary: string;
  participants: string;
  source_id: number | null;
  source: string | null;
}

interface Prepared extends Candidate {
  words: Set<string>;
  codes: string[];
  /** First and last day as day numbers, so the date gate is integer arithmetic. */
  first: number;
  last: number;
}


const CANDIDATE_COLUMNS = `e.id, e.date_start, e.date_end, e.date_text, e.summary, e.participants, e.source_id, s.title AS source`;
const prepare = (c: Candidate): Prepared => ({
  ...c,
  words: summaryWords(c.summary),
  codes: participantCodes(c.participants),
  first: dayNumber(c.date_start),
  last: dayNumber(c.date_end ?? c.date_start),
});

/** The score of a pair, or null when the gates (date, country, document) already tell them apart. */
function scorePair(a: Prepared, b: Prepared): number | null {
  if (a.id === b.id) return null;
  if (a.source_id !== null && a.source_id === b.source_id) return null;
  if (dayGap(a, b) > 1) return null;
  if (!participantsOverlap(a.codes, b.codes)) return null;
  return wordSimilarity(a.words, b.words);
}

/** Stored events dated to the day whose start falls in [from, to], by the date index. */
function eventsBetween(db: Database, from: string, to: string): Prepared[] {
  const rows = prepareCached(
    db,
    `SELECT ${CANDIDATE_COLUMNS} FROM events AS e LEFT JOIN sources AS s ON s.id = e.source_id
      WHERE e.date_start BETWEEN ? AND ? AND e.precision = 'day'`,
  ).all(from, to) as Candidate[];
  return rows.map(prepare);
}

const shiftDay = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The stored event an import entry most likely repeats, if any scores LIKELY_DUPLICATE or more. */
export function makeSimilarFinder(db: Database): (entry: { dateStart: string; dateEnd: string | null; precision: string; summary: string; countries: readonly string[] }) => SimilarEvent | null {
  // A chronology's entries mostly run in date order, so neighbours share days: the last few
  // days are kept, read and reduced to words once for a whole preview.
  const days = new Map<string, Prepared[]>();
  const dayOf = (day: string): Prepared[] => {
    let events = days.get(day);
    if (!events) {
      events = eventsBetween(db, day, day);
      if (days.size >= DAYS_KEPT) days.delete(days.keys().next().value!);
      days.set(day, events);
    }
    return events;
  };
  const windowOf = (from: string, to: string): Prepared[] => {
    if (dayNumber(to) - dayNumber(from) > DAYS_KEPT / 2) return eventsBetween(db, from, to);
    const events: Prepared[] = [];
    for (let day = from; day <= to; day = shiftDay(day, 1)) events.push(...dayOf(day));
    return events;
  };
  return (entry) => {
    if (entry.precision !== 'day') return null;
    const self: Prepared = {
      id: 0,
      date_start: entry.dateStart,
      date_end: entry.dateEnd,
      date_text: null,
      summary: entry.summary,
      participants: '',
      source_id: null,
      source: null,
      words: summaryWords(entry.summary),
      codes: [...entry.countries],
      first: dayNumber(entry.dateStart),
      last: dayNumber(entry.dateEnd ?? entry.dateStart),
    };
    let best: SimilarEvent | null = null;
    for (const other of windowOf(shiftDay(entry.dateStart, -1), shiftDay(entry.dateEnd ?? entry.dateStart, 1))) {
      const score = scorePair(self, other);
      if (score === null || score < LIKELY_DUPLICATE || (best && best.score >= score)) continue;
      best = { eventId: other.id, dateStart: other.date_start, dateText: other.date_text, summary: other.summary, source: other.source, score: round(score) };
    }
    return best;
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * One page of possible duplicates, newest first, walking back from `before` (a date; the
 * newest event when absent, inclusive). A page ends with the day on which it reaches `limit`
 * pairs or MAX_SCAN events walked (a day with more pairs than that shows its best-scoring ones);
 * `next` is the day the following page starts from (null: the oldest event was reached).
 */
export function listDuplicates(db: Database, args: { before?: string; limit: number }): DuplicatePage {
  return findPairs(db, { ...args, minScore: LIKELY_DUPLICATE, maxScan: MAX_SCAN });
}

/** listDuplicates with its threshold and walk limit open, for measuring the detector. */
export function findPairs(db: Database, args: { before?: string; limit: number; minScore: number; maxScan: number }): DuplicatePage {
  const newest = args.before ?? (prepareCached(db, "SELECT max(date_start) FROM events WHERE precision = 'day'").pluck().get() as string | null);
  if (!newest) return { pairs: [], next: null, scanned: 0 };
  const dismissed = prepareCached(db, 'SELECT 1 FROM duplicate_dismissals WHERE low_id = ? AND high_id = ?').pluck();
  const earlierDay = prepareCached(db, "SELECT max(date_start) FROM events WHERE date_start < ? AND precision = 'day'").pluck();
  const stepFloor = prepareCached(
    db,
    "SELECT date_start FROM events WHERE date_start <= ? AND precision = 'day' ORDER BY date_start DESC LIMIT 1 OFFSET ?",
  ).pluck();
  const pairs: DuplicatePair[] = [];
  let hi: string | null = newest;
  let scanned = 0;
  // Small first: a dense store fills a page from its newest day or two.
  let step = FIRST_STEP;
  while (hi !== null) {
    // Whole days from hi down to the day of the step-th event back (all the rest when fewer
    // remain), read at once with the day before, for pairs across the edge; then compared a
    // day at a time, so a page can end at any day.
    const stepLow = stepFloor.get(hi, step) as string | undefined;
    step = Math.min(MAX_STEP, step * 2);
    const floor = stepLow ?? '0000-01-01';
    const byDay = new Map<string, Prepared[]>();
    for (const e of eventsBetween(db, stepLow === undefined ? floor : shiftDay(floor, -1), hi)) {
      const day = byDay.get(e.date_start);
      if (day) day.push(e);
      else byDay.set(e.date_start, [e]);
    }
    const days = [...byDay.keys()].filter((d) => d >= floor).sort().reverse();
    for (const day of days) {
      const found = pairsOfDay(byDay.get(day)!, byDay.get(shiftDay(day, -1)) ?? [], args.minScore, dismissed);
      scanned += byDay.get(day)!.length;
      pairs.push(...found);
      if (pairs.length >= args.limit || scanned >= args.maxScan) {
        // A day with more pairs than a page shows its best; the rest come up as those are settled.
        return { pairs: pairs.slice(0, args.limit), next: (earlierDay.get(day) as string | null) ?? null, scanned };
      }
    }
    hi = stepLow === undefined ? null : (earlierDay.get(floor) as string | null);
  }
  return { pairs, next: null, scanned };
}

/** Pairs with an event of `today`: against the day before, and against today's events with a lower id. Best first. */
function pairsOfDay(today: Prepared[], yesterday: Prepared[], minScore: number, dismissed: { get(low: number, high: number): unknown }): DuplicatePair[] {
  const found: DuplicatePair[] = [];
  for (const a of today) {
    for (const b of [...today, ...yesterday]) {
      if (b.date_start === a.date_start && b.id >= a.id) continue;
      const score = scorePair(a, b);
      if (score === null || score < minScore) continue;
      const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
      if (dismissed.get(low, high)) continue;
      found.push({ score: round(score), first: side(a), second: side(b) });
    }
  }
  return found.sort((x, y) => y.score - x.score);
}

function side(e: Prepared): DuplicateSide {
  return { id: e.id, dateStart: e.date_start, dateEnd: e.date_end, dateText: e.date_text, summary: e.summary, countries: e.codes, source: e.source };
}

/** The analyst says the two are different events: the list stops offering the pair. */
export function dismissDuplicate(db: Database, args: { ids: [number, number] }): { dismissed: boolean } {
  const [a, b] = args.ids;
  if (a === b) throw new StoreError('INVALID_INPUT', 'An event cannot be a duplicate of itself.');
  const [low, high] = a < b ? [a, b] : [b, a];
  const present = db.prepare('SELECT count(*) FROM events WHERE id IN (?, ?)').pluck().get(low, high) as number;
  if (present < 2) throw new StoreError('NOT_FOUND', 'One of these events is no longer in the store; nothing was changed.');
  const changes = db.prepare('INSERT OR IGNORE INTO duplicate_dismissals (low_id, high_id) VALUES (?, ?)').run(low, high).changes;
  return { dismissed: changes > 0 };
}
