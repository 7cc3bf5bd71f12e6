/**
 * How alike two chronology entries are, as a number: two chronologies write the same meeting
 * in different words ("Kishida hosts Yoon in Tokyo" / "Yoon travels to Tokyo … meets
 * Kishida"), so exact text cannot find them.
 *
 * The words of each summary are reduced to a set of stems — lower case, accents and
 * punctuation gone, stop words and bare numbers dropped (days and years are the dates'
 * business, and "2023" in one entry and not the other says nothing), a crude suffix strip so
 * "meets" and "meeting" agree — and compared by the mean of two measures: Jaccard (shared
 * over all) and the overlap coefficient (shared over the shorter set), because one
 * chronology's entry is often a short line and the other's a paragraph about the same event.
 * The thresholds that use the score were measured (docs/DUPLICATES.md).
 */

const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with without into onto over under about after before during between among ' +
    'as its it his her their them they he she we our this that these those which who whom whose is are was were be been being ' +
    'has have had do does did will would shall should can could may might not no than then there here also both each other ' +
    'such same first second new two three one amid while where when what s said says say'
  ).split(' '),
);

const NUMBER = /^\d+(st|nd|rd|th)?$/;
const NOT_PRINTABLE_ASCII = /[^ -~]/;

/** 'meetings' → 'meet', 'hosted' → 'host', 'talks' → 'talk'; short words are left alone. */
function stem(word: string): string {
  for (const suffix of ['ings', 'ing', 'ies', 'ied', 'es', 'ed', 's']) {
    if (word.length - suffix.length < 4 || !word.endsWith(suffix)) continue;
    const root = word.slice(0, -suffix.length);
    return suffix === 'ies' || suffix === 'ied' ? `${root}y` : root;
  }
  return word;
}

/** The set of stems a summary is compared by. */
export function summaryWords(summary: string): Set<string> {
  const lower = summary.toLowerCase();
  // Accents and the Unicode classes change nothing in printable ASCII, where they cost most of the time.
  const words = NOT_PRINTABLE_ASCII.test(lower)
    ? lower.normalize('NFKD').replace(/\p{M}+/gu, '').replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}]+/u)
    : lower.replace(/'s\b/g, '').split(/[^a-z0-9]+/);
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 2 || STOP_WORDS.has(w) || NUMBER.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

/** 0 (nothing shared) to 1 (the same words): the mean of Jaccard and the overlap coefficient. */
export function wordSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const w of small) if (large.has(w)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  const overlap = shared / small.size;
  return (jaccard + overlap) / 2;
}

/** An ISO date as a day number (days since 1970-01-01, UTC), so date gaps are integer arithmetic. */
export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

/** The days between two spans of day numbers: 0 when they touch or overlap. */
export const dayGap = (a: { first: number; last: number }, b: { first: number; last: number }): number => Math.max(0, Math.max(a.first, b.first) - Math.min(a.last, b.last));

/** Country codes from events.participants (' JP US '). */
export const participantCodes = (participants: string): string[] => participants.trim().split(' ').filter(Boolean);

/** True when the two share a country, or either names none (nothing to tell them apart by). */
export function participantsOverlap(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((code) => b.includes(code));
}
