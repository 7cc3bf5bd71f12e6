/**
 * Years for entries that do not write one ("March 3 – …"), from the nearest reliable context,
 * as an analyst would read them: the period line or year heading above them (done while
 * reading, see dates.ts inferYear), else the entries around them — the year of the entry before,
 * turning over where the months turn back (December → January in a chronology that runs
 * forward; January → December in one that runs backward) — else a year the title or the text
 * before the chronology gives ("Key events in 2017"), else the year the analyst gave. What none
 * of these places stays yearless, for the analyst to be asked once for the whole document.
 */
import { MAX_YEAR, MIN_YEAR, placeInYear } from './dates.ts';
import type { RawEntry } from './chronology.ts';

export type YearSource = 'period' | 'neighbours' | 'title' | 'analyst';

/** Months back, in the document's direction, that count as the year turning, not an entry out of order. */
const TURN = 4;

const YEAR = /(?<![\p{L}\p{N}])(1[89]\d\d|20\d\d|2100)(?![\p{L}\p{N}])/gu;

function yearsIn(text: string): number[] {
  return [...text.matchAll(YEAR)].map((m) => +m[1]!).filter((y) => y >= MIN_YEAR && y <= MAX_YEAR);
}

/**
 * The year a document's title gives ('Timeline: North Korea's missile tests in 2017'; a span
 * '2017-18' gives its first year), else its preamble when that names one year only, else the
 * file's name. Null when none does.
 */
export function titleYear(heading: string | null, preamble: readonly string[], fileName: string | null): number | null {
  const first = (texts: readonly string[]): number | null => {
    for (const t of texts) {
      const ys = yearsIn(t);
      if (ys.length) return Math.min(...ys);
    }
    return null;
  };
  const fromTitle = first([heading ?? '', preamble[0] ?? '']);
  if (fromTitle !== null) return fromTitle;
  const inPreamble = new Set(yearsIn(preamble.join(' ')));
  if (inPreamble.size === 1) return [...inPreamble][0]!;
  return first([fileName ?? '']);
}

const monthOf = (iso: string) => +iso.slice(5, 7);
const yearOf = (iso: string) => +iso.slice(0, 4);

/** True when the chronology runs newest first, judged by the entries that carry a year, else by the months. */
function runsBackward(entries: readonly RawEntry[]): boolean {
  let forward = 0;
  let backward = 0;
  const dated = entries.filter((e) => !e.yearless);
  const keys = dated.length >= 2 ? dated.map((e) => e.dateStart) : entries.map((e) => e.dateStart.slice(5));
  for (let i = 1; i < keys.length; i++) {
    if (keys[i]! > keys[i - 1]!) forward++;
    else if (keys[i]! < keys[i - 1]!) backward++;
  }
  return backward > forward;
}

/** The year `month` belongs to, read after (step +1) or before (step -1) an entry of `prevYear`/`prevMonth`. */
function nextYear(prevYear: number, prevMonth: number | null, month: number, forward: boolean): number {
  if (prevMonth === null) return prevYear;
  if (forward && prevMonth - month >= TURN) return prevYear + 1;
  if (!forward && month - prevMonth >= TURN) return prevYear - 1;
  return prevYear;
}

function place(e: RawEntry, year: number, from: YearSource): void {
  const placed = e.yearless ? placeInYear(e.yearless, year) : null;
  if (!placed) return;
  e.dateStart = placed.dateStart;
  e.dateEnd = placed.dateEnd;
  e.yearFrom = from;
  delete e.yearless;
}

/**
 * Gives each yearless entry its year, in place. Entries between two dated ones take the year
 * of the one before (reading forward); entries before the first dated one take it from the one
 * after (reading backward). With no dated entry at all, the title's year (or the analyst's)
 * starts the count, and the months' turns carry it on.
 */
export function placeYears(entries: RawEntry[], fromTitle: number | null, fromAnalyst: number | null): void {
  if (!entries.some((e) => e.yearless)) return;
  const backward = runsBackward(entries);
  const anyDated = entries.some((e) => !e.yearless);

  if (anyDated) {
    // Forward from each dated entry.
    let cursor: { year: number; month: number } | null = null;
    for (const e of entries) {
      if (!e.yearless) {
        cursor = { year: yearOf(e.dateStart), month: monthOf(e.dateStart) };
        continue;
      }
      if (!cursor) continue;
      const year = nextYear(cursor.year, cursor.month, e.yearless.m1, !backward);
      place(e, year, 'neighbours');
      cursor = { year, month: e.yearless?.m1 ?? monthOf(e.dateStart) };
    }
    // Backward from the first dated entry, for those before it.
    const first = entries.findIndex((e) => !e.yearless);
    let back = { year: yearOf(entries[first]!.dateStart), month: monthOf(entries[first]!.dateStart) };
    for (let i = first - 1; i >= 0; i--) {
      const e = entries[i]!;
      if (!e.yearless) continue;
      const m = e.yearless.m1;
      const year = nextYear(back.year, back.month, m, backward);
      place(e, year, 'neighbours');
      back = { year, month: m };
    }
    return;
  }

  const start = fromTitle ?? fromAnalyst;
  if (start === null) return;
  const from: YearSource = fromTitle !== null ? 'title' : 'analyst';
  // A title's year is where a chronology starts when it runs forward, where it ends when it runs back.
  let cursor: { year: number; month: number | null } = { year: start, month: null };
  for (const e of entries) {
    const m = e.yearless!.m1;
    const year = nextYear(cursor.year, cursor.month, m, !backward);
    place(e, year, from);
    cursor = { year, month: m };
  }
}
