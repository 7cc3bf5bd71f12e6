/**
 * Leading dates in the less common forms chronologies also use, read after the usual
 * "Jan. 11, 2023" / "11 January 2023" forms have failed (see dates.ts for the separator rules,
 * which apply to these forms too):
 *
 * - numeric dates: '11/25/1963', '11/25/63', '11/25-26/63', '11/25/63-12/2/63', '25/11/1963'.
 *   Month or day first is decided by a number that cannot be a month, in the date itself or in
 *   another numeric date of the same document (see numericDateOrder); a date such as '3/4/2022'
 *   in a document that never says is not read, and the analyst is told. '25.11.1963' is day
 *   first; ISO '1963-11-25' and '1963/11/25' are unambiguous;
 * - seasons: 'Spring 1921', 'Spring-Summer 1921', 'Winter 1950-51' (meteorological seasons of
 *   the northern hemisphere: spring March–May, summer June–August, autumn/fall
 *   September–November; winter of one year its January–February, of '1950-51' December to
 *   February);
 * - vague parts: 'early 1950', 'mid-1950s', 'late March 1950', 'c. 1950' — the whole year,
 *   decade or month, since the guide dates a month-only or year-only entry by the whole span;
 * - year first, as East Asian sources often write: '1994, July 8', '1954 June', '2023 March 3-5';
 * - a month running to a day: 'May-September 16, 1939' (1 May to 16 September);
 * - a year range with its end abbreviated: '1950-53'.
 */
import type { DateContext, Precision } from './dates.ts';
import { monthIndex } from './months.ts';

export interface DateParts {
  y1: number | null;
  m1: number;
  /** 0 for month and year precision. */
  d1: number;
  y2: number | null;
  m2: number;
  d2: number;
  precision: Precision;
  range: boolean;
}

export interface OtherForm {
  /** Length of the date as written, from where it starts. */
  length: number;
  parts: DateParts;
  /** A day with its year: may be followed by a capitalised word without a separator. */
  full: boolean;
}

const H = '[^\\S\\r\\n]';
const DASH = `${H}*(?:--|[-–—]|${H}to${H})${H}*`;
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])';
const SEASON = '(spring|summer|autumn|fall|winter)';
const VAGUE = '(early|mid|late|end of|beginning of|the end of|c\\.|ca\\.|circa)';
/** What ends a date that needs no lookahead beyond a word boundary. */
const STOP = '(?![0-9A-Za-z/.]|\\.\\d)';

const FORMS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray, context?: DateContext) => DateParts | null }> = [
  // 1963-11-25, 1963/11/25
  { re: re(`(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})${STOP}`), read: (m) => day(+m[1]!, +m[3]!, +m[4]!) },
  // 11/25/1963, 11/25-26/63, 11/25/63-12/2/63, 25/11/1963
  {
    re: re(`(\\d{1,2})/(\\d{1,2})(?:${DASH}(\\d{1,2}))?/(\\d{4}|\\d{2})(?:${DASH}(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2}))?${STOP}`),
    read: (m, c) => slashed(m, c),
  },
  // 1994, July 8 | 1954 June | 2023 March 3-5 (year first, as East Asian sources often write)
  {
    re: re(`(\\d{4}),?${H}+${MONTH}(?:${H}+(\\d{1,2})(?:st|nd|rd|th)?(?:${DASH}(\\d{1,2}))?)?${STOP}`),
    read: (m) => yearFirst(+m[1]!, monthIndex(m[2]!)!, m[3], m[4]),
  },
  // 25.11.1963
  { re: re(`(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${STOP}`), read: (m) => day(+m[3]!, +m[2]!, +m[1]!) },
  // Spring 1921, Spring-Summer 1921, Winter 1950-51, late spring 1950
  { re: re(`(?:${VAGUE}[-\\s]+)?${SEASON}(?:${DASH}${SEASON})?(?:${H}+of)?,?${H}+(\\d{4})(?:[-–/](\\d{2}|\\d{4}))?${STOP}`), read: (m) => season(m) },
  // May-September 16, 1939
  { re: re(`${MONTH}${DASH}${MONTH}${H}+(\\d{1,2})(?:st|nd|rd|th)?,?${H}+(\\d{4})${STOP}`), read: (m) => monthToDay(m) },
  // late March 1950, early March, 1950
  { re: re(`${VAGUE}[-\\s]+${MONTH},?${H}+(\\d{4})${STOP}`), read: (m) => month(+m[3]!, monthIndex(m[2]!)!) },
  // early 1950, mid-1950s, c. 1950, the early 1990s
  { re: re(`(?:the${H}+)?${VAGUE}[-\\s]*(\\d{4})(s?)${STOP}`), read: (m) => years(+m[2]!, m[3] ? +m[2]! + 9 : +m[2]!) },
  // 1950-53
  { re: re(`(\\d{4})[-–](\\d{2})${STOP}`), read: (m) => years(+m[1]!, centuryOf(+m[1]!) + +m[2]!) },
];

function re(source: string): RegExp {
  return new RegExp(source, 'iy');
}

/** The first of the forms above that starts at `from` in `line`, or null. */
export function readOtherForm(line: string, from: number, context?: DateContext): OtherForm | null {
  for (const form of FORMS) {
    form.re.lastIndex = from;
    const m = form.re.exec(line);
    if (!m) continue;
    const parts = form.read(m, context);
    if (parts) return { length: m[0].length, parts, full: parts.precision === 'day' && parts.y1 !== null && !parts.range };
  }
  return null;
}

function day(y: number, m: number, d: number): DateParts | null {
  if (m < 1 || m > 12) return null;
  return { y1: y, m1: m, d1: d, y2: y, m2: m, d2: d, precision: 'day', range: false };
}

function yearFirst(y: number, m: number, d1?: string, d2?: string): DateParts | null {
  if (d1 === undefined) return month(y, m);
  if (d2 === undefined) return day(y, m, +d1);
  return { y1: y, m1: m, d1: +d1, y2: y, m2: m, d2: +d2, precision: 'day', range: true };
}

function month(y: number, m: number): DateParts {
  return { y1: y, m1: m, d1: 0, y2: y, m2: m, d2: 0, precision: 'month', range: false };
}

function years(y1: number, y2: number): DateParts | null {
  if (y2 < y1) return null;
  return { y1, m1: 1, d1: 1, y2, m2: 12, d2: 31, precision: 'year', range: true };
}

const centuryOf = (year: number): number => Math.floor(year / 100) * 100;

function slashed(m: RegExpExecArray, context?: DateContext): DateParts | null {
  let [a, b] = [+m[1]!, +m[2]!];
  const order = a > 12 ? 'dm' : b > 12 ? 'md' : a === b ? 'md' : context?.numericOrder;
  // '3/4/2022' is the 3rd of April or the 4th of March: only the document can say which.
  if (!order) return null;
  const dayFirst = order === 'dm';
  const [m1, d1] = dayFirst ? [b, a] : [a, b];
  const y1 = fullYear(m[4]!, context);
  if (m[5] !== undefined) {
    [a, b] = [+m[5], +m[6]!];
    const [m2, d2] = dayFirst ? [b, a] : [a, b];
    return { y1, m1, d1, y2: fullYear(m[7]!, context), m2, d2, precision: 'day', range: true };
  }
  if (m[3] !== undefined) return { y1, m1, d1, y2: y1, m2: m1, d2: +m[3], precision: 'day', range: true };
  return day(y1, m1, d1);
}

/**
 * A two-digit year in the century that puts it nearest the document's own years (its period or
 * the year given for it); without those, 1931–2030, as most chronologies are of the last century.
 */
function fullYear(written: string, context?: DateContext): number {
  if (written.length === 4) return +written;
  const yy = +written;
  const near = context?.periodStart ? +context.periodStart.slice(0, 4) : context?.fallbackYear;
  if (near === undefined) return yy > 30 ? 1900 + yy : 2000 + yy;
  const candidates = [centuryOf(near) - 100 + yy, centuryOf(near) + yy, centuryOf(near) + 100 + yy];
  return candidates.reduce((best, y) => (Math.abs(y - near) < Math.abs(best - near) ? y : best));
}

const SEASON_MONTHS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [1, 2] };

function season(m: RegExpExecArray): DateParts | null {
  const first = SEASON_MONTHS[m[2]!.toLowerCase()]!;
  const last = SEASON_MONTHS[(m[3] ?? m[2]!).toLowerCase()]!;
  const y1 = +m[4]!;
  if (m[5] !== undefined) {
    const y2 = m[5].length === 4 ? +m[5] : centuryOf(y1) + +m[5];
    if (y2 !== y1 + 1) return null;
    // 'Winter 1950-51' starts in the December of the first year.
    const m1 = first[0] === 1 ? 12 : first[0];
    return { y1, m1, d1: 0, y2, m2: last[1], d2: 0, precision: 'month', range: true };
  }
  if (last[1] < first[0]) return null;
  return { y1, m1: first[0], d1: 0, y2: y1, m2: last[1], d2: 0, precision: 'month', range: true };
}

function monthToDay(m: RegExpExecArray): DateParts {
  const y = +m[4]!;
  const m1 = monthIndex(m[1]!)!;
  const m2 = monthIndex(m[2]!)!;
  return { y1: m2 < m1 ? y - 1 : y, m1, d1: 1, y2: y, m2, d2: +m[3]!, precision: 'day', range: true };
}

const NUMERIC_AT_START = /^\s*(?:[-*•–]\s+)?(\d{1,2})\/(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\/(?:\d{4}|\d{2})(?![0-9])/;

/**
 * Whether the numeric dates that open the document's lines put the month or the day first:
 * 'md' when one has a second number above 12 ('11/25/63'), 'dm' when one has a first number
 * above 12 ('25/11/63'); undefined when none says, or when they disagree.
 */
export function numericDateOrder(lines: readonly string[]): 'md' | 'dm' | undefined {
  let md = false;
  let dm = false;
  for (const line of lines) {
    const m = NUMERIC_AT_START.exec(line);
    if (!m) continue;
    if (+m[1]! > 12 && +m[2]! <= 12) dm = true;
    if (+m[2]! > 12 && +m[1]! <= 12) md = true;
  }
  return md === dm ? undefined : md ? 'md' : 'dm';
}
