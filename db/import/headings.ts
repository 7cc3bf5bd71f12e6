/**
 * The lines around a chronology that are not entries: its title ("CHRONOLOGY OF US-JAPAN
 * RELATIONS" — which relationship file it belongs to), its period ("JANUARY—APRIL 2023" — which
 * year an entry without one belongs to) and, in text taken from a PDF, the running headers and
 * footers of each page ("US-JAPAN RELATIONS | JANUARY 2023 73") that land in the middle of
 * entries and must go.
 */
import { lastDayOfMonth, MAX_YEAR, MIN_YEAR, monthIndex, parseLeadingDate } from './dates.ts';

export interface Heading {
  kind: 'title';
  /** The countries (or groupings) of the relationship as written, 'U.S.' shortened to 'US': ['US', 'Japan']. */
  file: string[];
  /** The heading as written, without markdown marks or a trailing colon. */
  text: string;
}

export interface Period {
  kind: 'period';
  /** YYYY-MM-DD, first day of the first month. */
  start: string;
  /** YYYY-MM-DD, last day of the last month. */
  end: string;
  /** The period as written. */
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Titles
// ---------------------------------------------------------------------------------------------

/** A word of a country or grouping name: 'Japan', 'U.S.', "Côte", 'ASEAN'. */
const WORD = `\\p{L}[\\p{L}.'’]*`;
/** A name of one or more words ('South Korea'); lazy, so an inline title ends at its keyword. */
const NAME = `${WORD}(?:\\s+${WORD})*?`;
/** Two or more names joined by a hyphen, en or em dash or slash: 'US-Japan', 'Japan – South Korea'. */
const PAIR = `${NAME}(?:\\s*[-–—/]\\s*${NAME})+?`;
const PAIR_SPLIT = /\s*[-–—/]\s*/u;

/** 'Chronology of (the) X-Y Relations/Relationship' | 'X-Y (Relations) Chronology'. */
const TITLE = `(?:chronology\\s+of\\s+(?:the\\s+)?(${PAIR})\\s+relations(?:hip)?|(${PAIR})\\s+(?:relations\\s+)?chronology)(?![\\p{L}\\p{N}])`;
/** Markdown heading marks and emphasis that may wrap a title or period line. */
const LEAD = `^\\s*(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*`;
const TAIL = `\\s*(?:\\*\\*|__)?\\s*:?\\s*`;

const TITLE_LINE = new RegExp(`${LEAD}(${TITLE})${TAIL}$`, 'iu');
const TITLE_FRONT = new RegExp(`${LEAD}(${TITLE})${TAIL}`, 'iu');
/** Cheap test first: every title has the word. */
const MAY_BE_TITLE = /chronology/i;

/** 'U.S.', 'U.S', 'U. S.' → 'US'; other names as written. */
function normaliseName(name: string): string {
  return /^U\.\s?S\.?$/i.test(name) ? 'US' : name;
}

function titleFrom(m: RegExpExecArray): Heading {
  const pair = (m[2] ?? m[3])!;
  return { kind: 'title', file: pair.split(PAIR_SPLIT).map(normaliseName), text: m[1]!.trim() };
}

/**
 * A chronology title on a line of its own: 'CHRONOLOGY OF US-JAPAN RELATIONS',
 * 'Chronology of U.S.-China Relations', 'Japan-Korea Relations Chronology', 'US–Japan chronology',
 * '# Chronology of US-Japan Relations'. Needs two or more names joined by a dash or slash.
 */
export function parseHeading(line: string): Heading | null {
  if (!MAY_BE_TITLE.test(line)) return null;
  const m = TITLE_LINE.exec(line);
  return m ? titleFrom(m) : null;
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

const P_MONTH = `(\\p{L}+)\\.?`;
const P_YEAR = `(\\d{4})(?![\\p{L}\\p{N}])`;
const P_TO = `\\s*(?:--|[-–—])\\s*|\\s+(?:to|through|until)\\s+`;
/** 'JANUARY—APRIL 2023', 'November 2022—February 2023', 'January to April 2023'. */
const PERIOD_RANGE = `${P_MONTH}(?:,?\\s+${P_YEAR})?(?:${P_TO})${P_MONTH},?\\s+${P_YEAR}`;
/** 'MAY 2023' — a period only when it is the whole line. */
const PERIOD_MONTH = `${P_MONTH},?\\s+${P_YEAR}`;

/** A year (or years) alone on a line: '1950', '## 1950', '=== 1950 ===', '**1950**', '1840-42'. */
const YEAR_LINE = new RegExp(`${LEAD}(=*\\s*(\\d{4})(?:\\s*[-–]\\s*(\\d{2}|\\d{4}))?\\s*=*)${TAIL}$`, 'u');
/** A decade alone on a line: '1970s', '== 2000s ==', '### The 1990s'. */
const DECADE_LINE = new RegExp(`${LEAD}(=*\\s*(?:[Tt]he\\s+)?(\\d{3}0)s\\s*=*)${TAIL}$`, 'u');
const PERIOD_LINE = new RegExp(`${LEAD}(?:(${PERIOD_RANGE})|(${PERIOD_MONTH}))${TAIL}$`, 'iu');
const PERIOD_FRONT = new RegExp(`${LEAD}(${PERIOD_RANGE})(?=\\s|$)${TAIL}`, 'iu');

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** m: [_, text, month1, year1?, month2, year2] (offset by `at`). */
function periodFrom(text: string, month1: string, year1: string | undefined, month2: string, year2: string): Period | null {
  const m1 = monthIndex(month1);
  const m2 = monthIndex(month2);
  if (m1 === null || m2 === null) return null;
  const y2 = +year2;
  // A start month after the end month with no year of its own is in the year before.
  const y1 = year1 === undefined ? (m1 > m2 ? y2 - 1 : y2) : +year1;
  if (y1 < MIN_YEAR || y2 > MAX_YEAR || y1 * 12 + m1 > y2 * 12 + m2) return null;
  return { kind: 'period', start: iso(y1, m1, 1), end: iso(y2, m2, lastDayOfMonth(y2, m2)), text: text.trim() };
}

/**
 * A period line: 'JANUARY—APRIL 2023', 'July-September 2009', 'SEPTEMBER–DECEMBER 2022',
 * 'November 2022—February 2023', 'January to April 2023', and a single month ('MAY 2023') or a
 * year ('1950', '=== 1950 ===') when it is the whole line. The end is the last day of the last month.
 */
export function parsePeriod(line: string): Period | null {
  const y = parseYearLine(line);
  if (y) return y;
  const m = PERIOD_LINE.exec(line);
  if (!m) return null;
  if (m[1] !== undefined) return periodFrom(m[1], m[2]!, m[3], m[4]!, m[5]!);
  return periodFrom(m[6]!, m[7]!, undefined, m[7]!, m[8]!);
}

/**
 * A year or a span of years alone on a line ('1950', '=== 1950 ===', '1840-42'): a heading for the
 * dated entries under it, or the date of the line of text that follows it (chronology.ts).
 */
export function parseYearLine(line: string): Period | null {
  const decade = DECADE_LINE.exec(line);
  if (decade) {
    const from = +decade[2]!;
    if (from < MIN_YEAR || from + 9 > MAX_YEAR) return null;
    return { kind: 'period', start: iso(from, 1, 1), end: iso(from + 9, 12, 31), text: decade[1]!.replace(/=/g, '').trim() };
  }
  const y = YEAR_LINE.exec(line);
  if (!y) return null;
  const from = +y[2]!;
  const to = y[3] === undefined ? from : y[3].length === 2 ? Math.floor(from / 100) * 100 + +y[3] : +y[3];
  if (from < MIN_YEAR || to > MAX_YEAR || to < from) return null;
  return { kind: 'period', start: iso(from, 1, 1), end: iso(to, 12, 31), text: y[1]!.replace(/=/g, '').trim() };
}

/**
 * Peels a title and/or a period off the front of a line where text flattened from a PDF runs
 * them into the first entry: 'CHRONOLOGY OF US-JAPAN RELATIONS JANUARY—APRIL 2023 Jan. 11, 2023: …'.
 * Each is taken only when what follows it is nothing, a period (after a title) or a dated
 * entry, so that an entry such as 'March-April 2023: …' or prose that happens to start with a
 * title's words is left alone: then heading and period are null and rest is the whole line.
 */
export function splitInlineHeading(line: string): { heading: Heading | null; period: Period | null; rest: string } {
  const none = { heading: null, period: null, rest: line };
  let heading: Heading | null = null;
  let rest = line;
  const t = MAY_BE_TITLE.test(rest) ? TITLE_FRONT.exec(rest) : null;
  if (t) {
    heading = titleFrom(t);
    rest = rest.slice(t[0].length);
  }
  let period: Period | null = null;
  const p = PERIOD_FRONT.exec(rest);
  if (p) {
    const candidate = periodFrom(p[1]!, p[2]!, p[3], p[4]!, p[5]!);
    const after = rest.slice(p[0].length);
    if (candidate && (!after.trim() || startsEntry(after, candidate))) {
      period = candidate;
      rest = after;
    }
  } else if (heading) {
    // A single-month period is accepted only as all that is left after the title.
    period = parsePeriod(rest);
    if (period) rest = '';
  }
  if (heading && !period && rest.trim() && !startsEntry(rest, null)) return none;
  if (!heading && !period) return none;
  return { heading, period, rest: rest.trim() };
}

function startsEntry(text: string, period: Period | null): boolean {
  // Any year will do here: the question is only whether a dated entry starts.
  return parseLeadingDate(text, period ? { periodStart: period.start, periodEnd: period.end } : { fallbackYear: 2000 }) !== null;
}

// ---------------------------------------------------------------------------------------------
// Running headers and footers
// ---------------------------------------------------------------------------------------------

const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** 'May 2023' / 'MAY 2023' (full month names; case as printed: Title or CAPITALS). */
const H_MONTH_YEAR = `(?:${FULL_MONTHS.flatMap((m) => [m, m.toUpperCase()]).join('|')})\\s+\\d{4}(?![\\p{L}\\p{N}])`;
/** A page number: 1–3 digits standing alone (so never part of a year or another number). */
const H_PAGE = `(?<![\\p{N}.,])\\d{1,3}(?![\\p{L}\\p{N}]|[.,]\\p{N})`;
/** 'U.S.' or a capitalised word; a name is one word, or two after a compass word ('South Korea'). */
const H_WORD = `(?:\\p{Lu}\\.){2,}|\\p{Lu}[\\p{L}'’]*`;
const H_COMPASS = `(?:South|SOUTH|North|NORTH|East|EAST|West|WEST|Southeast|SOUTHEAST|Northeast|NORTHEAST|Central|CENTRAL|New|NEW)\\s+`;
const H_NAME = `(?:${H_COMPASS})?(?:${H_WORD})`;
/** 'US-Japan Relations', 'CHINA–KOREA RELATIONS' (capital R: prose says 'relations'). */
const H_REL = `${H_NAME}(?:\\s*[-–—/]\\s*${H_NAME})+\\s+(?:Relations|RELATIONS)`;
const H_JOURNAL = `(?:Comparative Connections|COMPARATIVE CONNECTIONS)`;
/** Between the parts: whitespace and/or a '|'. */
const S = `(?:\\s*\\|\\s*|\\s+)`;

const alt = (...parts: string[]) => `(?:${parts.join('|')})`;
// Factored by what comes first, so that each position is tried against few branches.
const HEADER = alt(
  // Relations title first: needs a page number, or a '|' before the month and year.
  `${H_REL}` +
    alt(
      `${S}${H_PAGE}${S}${H_MONTH_YEAR}`, // China-Korea Relations 105 April 2009
      `${S}${H_MONTH_YEAR}${S}${H_PAGE}`, // US-JAPAN RELATIONS | JANUARY 2023 73
      `\\s*\\|\\s*${H_MONTH_YEAR}`, //   US-JAPAN RELATIONS | JANUARY 2023
    ),
  // Journal name first, with a page number and/or the month and year.
  `${H_JOURNAL}${S}` +
    alt(
      `${H_MONTH_YEAR}(?:${S}${H_PAGE})?`, // COMPARATIVE CONNECTIONS | MAY 2023 (87)
      `${H_PAGE}(?:${S}${H_MONTH_YEAR})?`, // Comparative Connections 87 (May 2023)
    ),
  // Page number first.
  `${H_PAGE}${S}` +
    alt(
      `${H_REL}${S}${H_MONTH_YEAR}`, //      72 US-JAPAN RELATIONS | JANUARY 2023
      `${H_JOURNAL}(?:${S}${H_MONTH_YEAR})?`, // 87 COMPARATIVE CONNECTIONS (| MAY 2023)
    ),
  // Month and year first.
  `${H_MONTH_YEAR}${S}` +
    alt(
      `${H_REL}${S}${H_PAGE}`, //            JANUARY 2023 | US-JAPAN RELATIONS 73
      `${H_JOURNAL}(?:${S}${H_PAGE})?`, //   MAY 2023 | COMPARATIVE CONNECTIONS (87)
    ),
);

// The leading lookahead lets most positions (lowercase letters, spaces) fail at once.
const HEADER_ANYWHERE = new RegExp(`(?=[\\p{Lu}\\p{Nd}])(?<![\\p{L}\\p{N}.'’])(?:${HEADER})(?![\\p{L}\\p{N}])`, 'gu');
/** Every header holds one of these words in these cases; a line without them is left at once. */
const HEADER_KEYWORDS = ['Relations', 'RELATIONS', 'Comparative Connections', 'COMPARATIVE CONNECTIONS'];
const HEADER_WHOLE = new RegExp(`^\\s*(?:${HEADER})\\s*$`, 'u');

/**
 * A page header or footer printed by the journal, on its own: a relations title
 * ('US-Japan Relations', capital R) with a page number and the month and year in
 * either order ('China-Korea Relations 105 April 2009', 'US-JAPAN RELATIONS | JANUARY 2023 73'),
 * or with a '|' before the month and year; or the journal's name ('Comparative Connections')
 * with a page number and/or month and year. Prose never has the page number
 * ('Japan-Korea relations improved in April 2009'), nor does a plain title line ('US-JAPAN RELATIONS').
 */
export function isRunningHeader(fragment: string): boolean {
  if (!HEADER_KEYWORDS.some((k) => fragment.includes(k))) return false;
  return HEADER_WHOLE.test(fragment);
}

/**
 * Removes running headers and footers anywhere in a string (text flattened from a PDF puts
 * them mid-sentence), each replaced by a single space; `removed` lists them with their offsets
 * in the original string.
 */
export function stripRunningHeaders(text: string): { text: string; removed: Array<{ text: string; index: number }> } {
  const removed: Array<{ text: string; index: number }> = [];
  if (!HEADER_KEYWORDS.some((k) => text.includes(k))) return { text, removed };
  HEADER_ANYWHERE.lastIndex = 0;
  const out = text.replace(HEADER_ANYWHERE, (match: string, index: number) => {
    removed.push({ text: match, index });
    return ' ';
  });
  return { text: removed.length ? out : text, removed };
}
