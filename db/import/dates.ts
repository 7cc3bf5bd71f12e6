/**
 * The date that opens a chronology entry ("Jan. 11, 2023: …", "March 6-7, 2023 – …",
 * "Oct. 29-Nov. 2, 2009: …", "December 1991: …", "1991: …", "1950s - …"), read the way analysts
 * write it.
 *
 * Rules worth knowing (the tests pin each one down):
 * - Only the start of a line counts, after optional whitespace, a list bullet (`-`, `*`, `•`,
 *   `–` followed by a space) and optional markdown emphasis (`**Jan. 11, 2023**:`,
 *   `**Jan. 11, 2023:**`, `*…*`, `__…__`).
 * - A date must be followed by a separator: `:` (any spacing), ` - `, ` – `, ` -- `, `—`, or
 *   the end of the line (separator 'newline': the text continues on the next line).
 *   A full date (day, month and the entry's own year) may also be followed directly by a word
 *   that starts with a capital letter, a digit, a quote, `[` or `(` (separator ''); a date followed
 *   by lowercase prose or a comma ("March 3, 2023 was…", "March 3, 2023, the…") is not a
 *   leading date. A bare year needs a real separator ("1991:"), never '' or 'newline', since
 *   a year alone on a line is usually a section heading.
 * - Month precision needs a year ("December 1991"); "May officials…" or "May:" are not dates.
 * - dateEnd: null for a single day; the last day for a day range; for month and year precision
 *   the last day of the (last) month or year, so that a range query [from, to] finds
 *   "December 1991" (1991-12-01 … 1991-12-31) for any overlap. A day range whose end equals
 *   its start ("March 6-6") is a single day: dateEnd null.
 * - A range with the year written only at its end applies that year to the end; a start month
 *   later than the end month belongs to the year before ("Dec. 30-Jan. 2, 2023" → 2022-12-30).
 * - Entries without a year take it from the context (see DateContext / inferYear).
 * - Impossible dates (Feb. 30, day 0, end before start) and years outside 1000–2100 → null:
 *   the caller reports "no readable date".
 */

export type Precision = 'day' | 'month' | 'year';

export interface LeadingDate {
  /** The date exactly as written, without bullet, emphasis or separator: 'March 6-7, 2023'. */
  dateText: string;
  /** YYYY-MM-DD; for month precision the first of the month, for year precision Jan 1. */
  dateStart: string;
  /** YYYY-MM-DD or null for a single day; month/year precision: last day of the (last) month/year. */
  dateEnd: string | null;
  precision: Precision;
  /** True when the entry had no year of its own and it was taken from the context. */
  yearInferred: boolean;
  /** Text after the date and its separator, trimmed ('' when the line ends after the date). */
  rest: string;
  /**
   * Set when the entry has no year and the context could not give one (only with
   * `context.allowYearless`): the date's parts, for the reader to place once it knows the year
   * (see placeInYear). dateStart and dateEnd are then provisional (year 2000).
   */
  yearless?: YearlessParts;
  /** What separated date and text: ':', '–', '-', '--', '—', 'newline' or '' (see above). */
  separator: string;
}

export interface DateContext {
  /** YYYY-MM-DD (only year and month are used), from a period heading like 'JANUARY—APRIL 2023'. */
  periodStart?: string;
  /** YYYY-MM-DD (only year and month are used). */
  periodEnd?: string;
  /** Year for entries without one when no period is known (or the period cannot place them). */
  fallbackYear?: number;
  /** Month or day first in numeric dates such as '3/4/2022', when the document shows it. */
  numericOrder?: 'md' | 'dm';
  /** Return an entry whose year nothing here can give, marked `yearless`, instead of null. */
  allowYearless?: boolean;
}

/** A date read without its year: months and days, and the end's year when only it was written. */
export interface YearlessParts {
  m1: number;
  d1: number;
  m2: number;
  d2: number;
  precision: Precision;
  range: boolean;
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 2100;

export { lastDayOfMonth, monthIndex } from './months.ts';
import { lastDayOfMonth, MONTH_BY_NAME } from './months.ts';
import { readOtherForm, type DateParts } from './date-forms.ts';

// ---------------------------------------------------------------------------------------------
// Patterns (compiled once). No `i` flag: case-insensitivity is spelled out for the month names
// so that the continuation check can still tell a capital letter from a lowercase one.
// ---------------------------------------------------------------------------------------------

/** 'jan' → '[Jj][Aa][Nn]'; only letters are touched. */
const ci = (s: string): string => s.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

const MONTH_ALT = [
  'jan(?:uary)?',
  'feb(?:ruary)?',
  'mar(?:ch)?',
  'apr(?:il)?',
  'may',
  'june?',
  'july?',
  'aug(?:ust)?',
  'sep(?:t(?:ember)?)?',
  'oct(?:ober)?',
  'nov(?:ember)?',
  'dec(?:ember)?',
]
  .map(ci)
  .join('|');

/** Horizontal whitespace: a date never spans lines. */
const H = '[^\\S\\r\\n]';
/** A month name (captured without its period) that is a whole word. */
const MON = `(${MONTH_ALT})\\.?(?![A-Za-z])`;
const DAY = `(\\d{1,2})(?:[Ss][Tt]|[Nn][Dd]|[Rr][Dd]|[Tt][Hh])?(?![0-9A-Za-z])`;
const YEAR = `(\\d{4})(?![0-9A-Za-z])`;
/** Between day and year: 'Jan. 11, 2023', 'Jan 11 2023'. */
const DY = `(?:${H}*,${H}*|${H}+)`;
/** Between month and year: 'December 1991', 'December, 1991'. */
const MY = `(?:,${H}*|${H}+)`;
/** A range dash: '6-7', '6–7', '6 - 7', '6—7', '6--7'. */
const DASH = `(?:${H}*(?:--|[-–—])${H}*|${H}+to${H}+)`;

/** What may follow a date in any case: a separator, emphasis closer or the end of the line. */
const END_STRICT = `(?=${H}*(?:[:*_—]|--|[-–](?:${H}|$|[\\r\\n])|$|[\\r\\n]))`;
/** After a full date only: also a word starting with a capital, a digit, a quote or bracket. */
const END_FULL = `(?:${END_STRICT}|(?=${H}+[A-Z0-9"“‘'[(]))`;
/** After a bare year: only ':' or a dash separator (or an emphasis closer). */
const END_YEAR = `(?=${H}*(?:[:*_—]|--|[-–](?:${H}|$)))`;

// Month first, factored so that the month and day are read once; inside each group the more
// specific form comes first, and each form ends with the check of what follows, so that
// 'Jan. 11, 2023 – 13 ministers…' backtracks to the single day.
//   groups: 1 month; day forms: 2 day, 3 year, 4-6 month/day/year after a dash (cross-year),
//   7-8 month?/day after a dash, 9 year; month forms: 10 year, 11-12 month/year after a dash;
//   13-14 month/year after a dash (month range with one year).
const MONTH_FIRST = new RegExp(
  `${MON}(?:` +
    // Jan. 11, 2023 | Dec. 30, 2022-Jan. 2, 2023 | March 6-7, 2023 | Oct. 29-Nov. 2, 2009 | June 30 – July 2 | Jan. 11
    `${H}*${DAY}(?:` +
    `${DY}${YEAR}(?:${DASH}${MON}${H}*${DAY}${DY}${YEAR}${END_FULL}|${END_FULL})` +
    `|${DASH}(?:${MON}${H}*)?${DAY}(?:${DY}${YEAR}${END_FULL}|${END_STRICT})` +
    `|${END_STRICT})` +
    // December 1991 | Nov. 2022-Jan. 2023
    `|${MY}${YEAR}(?:${DASH}${MON}${MY}${YEAR}${END_STRICT}|${END_STRICT})` +
    // March-April 2023
    `|${DASH}${MON}${MY}${YEAR}${END_STRICT}` +
    `)`,
  'y',
);

// Day first. groups: 1 day; 2 month, 3 year, 4-6 day/month/year after a dash (cross-year),
// 7-8 day/month after a dash, 9 year; 10-11 day/month after a dash (same-month range), 12 year.
const DAY_FIRST = new RegExp(
  `${DAY}(?:` +
    // 11 January 2023 | 30 December 2022 - 2 January 2023 | 30 June - 2 July 2023 | 11 January
    `${H}+${MON}(?:` +
    `${MY}${YEAR}(?:${DASH}${DAY}${H}+${MON}${MY}${YEAR}${END_FULL}|${END_FULL})` +
    `|${DASH}${DAY}${H}+${MON}(?:${MY}${YEAR}${END_FULL}|${END_STRICT})` +
    `|${END_STRICT})` +
    // 6-7 March 2023 | 6-7 March
    `|${DASH}${DAY}${H}+${MON}(?:${MY}${YEAR}${END_FULL}|${END_STRICT})` +
    `)`,
  'y',
);

// A bare year or year range: '1991:', '1991-1992:'.
const YEAR_ONLY = new RegExp(`${YEAR}(?:${DASH}${YEAR})?${END_YEAR}`, 'y');
// A decade: '1950s -', 'the 1980s:'.
const DECADE = new RegExp(`(\\d{3}0)s(?![0-9A-Za-z])${END_YEAR}`, 'y');

/** A weekday before a date: 'Friday, ', 'Fri. ', 'Monday '. */
const WEEKDAY = new RegExp(`(?:${['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'].map(ci).join('|')})\\.?,?${H}+(?=[0-9A-Za-z])`, 'y');

const CAPITAL_START = /[A-Z0-9"“‘'[(]/;

// ---------------------------------------------------------------------------------------------
// parseLeadingDate
// ---------------------------------------------------------------------------------------------

type Parts = DateParts;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whitespace or the end of the line at k. */
const endsAt = (line: string, k: number): boolean => {
  const c = line.charCodeAt(k);
  return k >= line.length || isSpace(c) || c === 10 || c === 13;
};

/**
 * The date at the start of a chronology line, or null when the line does not start with one
 * (see the rules at the top of this file). Entries without a year need a period or fallbackYear
 * in `context`; without either they give null, for the caller to report.
 */
export function parseLeadingDate(line: string, context?: DateContext): LeadingDate | null {
  const n = line.length;
  let i = 0;
  while (i < n && isSpace(line.charCodeAt(i))) i++;
  // List bullet: '-', '*', '•', '–' followed by whitespace.
  const b = line.charCodeAt(i);
  if ((b === 45 || b === 42 || b === 0x2022 || b === 0x2013) && i + 1 < n && isSpace(line.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isSpace(line.charCodeAt(i))) i++;
  }
  // Markdown emphasis around the date.
  let opener = '';
  const e = line.charCodeAt(i);
  if (e === 42 || e === 95) {
    opener = line.charCodeAt(i + 1) === e ? line.slice(i, i + 2) : line[i]!;
    i += opener.length;
  }
  if (i >= n) return null;
  // 'Friday, April 27, 2018:': the weekday is part of the date as written, not of its value.
  const dateFrom = i;
  WEEKDAY.lastIndex = i;
  const weekday = WEEKDAY.exec(line);
  if (weekday) i += weekday[0].length;

  let m: RegExpExecArray | null;
  let parts: Parts | null = null;
  if (isDigit(line.charCodeAt(i))) {
    DAY_FIRST.lastIndex = i;
    m = DAY_FIRST.exec(line);
    if (m) parts = dayFirstParts(m);
    else {
      YEAR_ONLY.lastIndex = i;
      m = YEAR_ONLY.exec(line);
      if (m) {
        const y1 = +m[1]!;
        const y2 = m[2] === undefined ? y1 : +m[2];
        parts = { y1, m1: 1, d1: 1, y2, m2: 12, d2: 31, precision: 'year', range: true };
      } else {
        DECADE.lastIndex = i;
        m = DECADE.exec(line);
        if (m) parts = { y1: +m[1]!, m1: 1, d1: 1, y2: +m[1]! + 9, m2: 12, d2: 31, precision: 'year', range: true };
      }
    }
  } else {
    MONTH_FIRST.lastIndex = i;
    m = MONTH_FIRST.exec(line);
    if (m) parts = monthFirstParts(m);
  }
  let length = m && parts ? m[0].length : 0;
  if (!m || !parts) {
    const other = readOtherForm(line, i, context);
    if (!other) return null;
    parts = other.parts;
    length = other.length;
  }
  const dateEnd = i + length;
  const dateText = line.slice(dateFrom, dateEnd);

  // Separator (and the emphasis closer, before or after a colon).
  let p = dateEnd;
  let separator: string | null = null;
  if (opener) {
    let q = p;
    while (q < n && isSpace(line.charCodeAt(q))) q++;
    let inside: string | null = null;
    if (line.charCodeAt(q) === 58) {
      inside = ':';
      q++;
    }
    if (line.startsWith(opener, q)) {
      p = q + opener.length;
      separator = inside;
    }
  }
  let q = p;
  while (q < n && isSpace(line.charCodeAt(q))) q++;
  const spaced = q > p;
  if (separator === null) {
    const c = line.charCodeAt(q);
    const next = line.charCodeAt(q + 1);
    if (c === 58) separator = ':';
    else if (c === 45 && next === 45) separator = '--';
    else if (c === 0x2014) separator = '—';
    else if (c === 0x2013 && endsAt(line, q + 1)) separator = '–';
    else if (c === 45 && endsAt(line, q + 1)) separator = '-';
    else if (q >= n || c === 10 || c === 13) separator = 'newline';
    else if (spaced && parts.precision === 'day' && parts.y2 !== null && CAPITAL_START.test(line[q]!)) separator = '';
    else return null;
    if (separator !== 'newline' && separator !== '') q += separator.length;
  }
  if (parts.precision === 'year' && (separator === 'newline' || separator === '')) return null;
  const rest = line.slice(q).trim();

  // Years: the entry's own, else from the context.
  let yearInferred = false;
  let y1 = parts.y1;
  let y2 = parts.y2;
  if (y1 === null || y2 === null) {
    const wraps = parts.m2 < parts.m1;
    if (y2 !== null) {
      // Only the end's year was written.
      y1 = wraps ? y2 - 1 : y2;
    } else {
      const start = inferYear(parts.m1, parts.range ? parts.m2 : null, context);
      if (start === null) {
        if (!context?.allowYearless) return null;
        const yearless: YearlessParts = { m1: parts.m1, d1: parts.d1, m2: parts.m2, d2: parts.d2, precision: parts.precision, range: parts.range };
        // A leap year, so that 'Feb. 29' waits for its real year before it is judged.
        const placed = placeInYear(yearless, PROVISIONAL_YEAR);
        return placed && { dateText, ...placed, yearInferred: true, rest, separator, yearless };
      }
      y1 = start;
      y2 = wraps ? start + 1 : start;
      yearInferred = true;
    }
  }
  const placed = datesOf(parts, y1, y2);
  return placed && { dateText, ...placed, yearInferred, rest, separator };
}

const PROVISIONAL_YEAR = 2000;

/**
 * The dates of a yearless entry once its (start) year is known; a start month after the end
 * month runs into the next year ('Dec. 30-Jan. 2'). Null when the day does not exist that year.
 */
export function placeInYear(p: YearlessParts, year: number): Pick<LeadingDate, 'dateStart' | 'dateEnd' | 'precision'> | null {
  return datesOf({ ...p, y1: year, y2: p.m2 < p.m1 ? year + 1 : year }, year, p.m2 < p.m1 ? year + 1 : year);
}

function datesOf(parts: Parts, y1: number, y2: number): Pick<LeadingDate, 'dateStart' | 'dateEnd' | 'precision'> | null {
  if (y1 < MIN_YEAR || y1 > MAX_YEAR || y2 < MIN_YEAR || y2 > MAX_YEAR) return null;

  const { m1, m2, precision } = parts;
  let d1 = parts.d1;
  let d2 = parts.d2;
  if (precision === 'month') {
    d1 = 1;
    d2 = lastDayOfMonth(y2, m2);
  } else if (precision === 'day') {
    if (d1 < 1 || d1 > lastDayOfMonth(y1, m1) || d2 < 1 || d2 > lastDayOfMonth(y2, m2)) return null;
  }
  const startKey = y1 * 10000 + m1 * 100 + d1;
  const endKey = y2 * 10000 + m2 * 100 + d2;
  if (endKey < startKey) return null;

  return {
    dateStart: iso(y1, m1, d1),
    dateEnd: parts.range && endKey !== startKey ? iso(y2, m2, d2) : precision === 'day' ? null : iso(y2, m2, d2),
    precision,
  };
}

function monthFirstParts(m: RegExpExecArray): Parts {
  const m1 = mi(m[1]!);
  if (m[2] !== undefined) {
    const d1 = +m[2];
    if (m[3] !== undefined) {
      const y1 = +m[3];
      if (m[4] !== undefined) return { y1, m1, d1, y2: +m[6]!, m2: mi(m[4]), d2: +m[5]!, precision: 'day', range: true };
      return { y1, m1, d1, y2: y1, m2: m1, d2: d1, precision: 'day', range: false };
    }
    if (m[8] !== undefined) {
      return { y1: null, m1, d1, y2: m[9] === undefined ? null : +m[9], m2: m[7] === undefined ? m1 : mi(m[7]), d2: +m[8], precision: 'day', range: true };
    }
    return { y1: null, m1, d1, y2: null, m2: m1, d2: d1, precision: 'day', range: false };
  }
  if (m[10] !== undefined) {
    const y1 = +m[10];
    if (m[11] !== undefined) return { y1, m1, d1: 0, y2: +m[12]!, m2: mi(m[11]), d2: 0, precision: 'month', range: true };
    return { y1, m1, d1: 0, y2: y1, m2: m1, d2: 0, precision: 'month', range: false };
  }
  return { y1: null, m1, d1: 0, y2: +m[14]!, m2: mi(m[13]!), d2: 0, precision: 'month', range: true };
}

function dayFirstParts(m: RegExpExecArray): Parts {
  const d1 = +m[1]!;
  if (m[2] !== undefined) {
    const m1 = mi(m[2]);
    if (m[3] !== undefined) {
      const y1 = +m[3];
      if (m[4] !== undefined) return { y1, m1, d1, y2: +m[6]!, m2: mi(m[5]!), d2: +m[4], precision: 'day', range: true };
      return { y1, m1, d1, y2: y1, m2: m1, d2: d1, precision: 'day', range: false };
    }
    if (m[7] !== undefined) {
      return { y1: null, m1, d1, y2: m[9] === undefined ? null : +m[9], m2: mi(m[8]!), d2: +m[7], precision: 'day', range: true };
    }
    return { y1: null, m1, d1, y2: null, m2: m1, d2: d1, precision: 'day', range: false };
  }
  const m1 = mi(m[11]!);
  return { y1: null, m1, d1, y2: m[12] === undefined ? null : +m[12], m2: m1, d2: +m[10]!, precision: 'day', range: true };
}

/** The regexes only capture real month names, so the lookup cannot fail. */
function mi(name: string): number {
  return MONTH_BY_NAME.get(name.toLowerCase())!;
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * The year of an entry that has none, from its start month (and end month, for a range):
 * 1. the earliest year in the period [periodStart, periodEnd] in which the start month falls
 *    inside the period ('November 2022—February 2023': Nov → 2022, Jan → 2023);
 * 2. else, for a range, the year in which its end month falls inside the period (a start month
 *    after the end month then belongs to the year before: 'Dec. 30-Jan. 2' in Jan–Apr 2023
 *    starts 2022-12-30);
 * 3. else, for a period within one calendar year, that year (an entry just outside the period);
 * 4. else fallbackYear; else null.
 * Only year and month of periodStart/periodEnd are read; if only one is given it is used for both.
 */
export function inferYear(startMonth: number, endMonth: number | null, context?: DateContext): number | null {
  if (context) {
    const ps = context.periodStart ?? context.periodEnd;
    const pe = context.periodEnd ?? context.periodStart;
    if (ps !== undefined && pe !== undefined) {
      const sy = +ps.slice(0, 4);
      const sm = +ps.slice(5, 7);
      const ey = +pe.slice(0, 4);
      const em = +pe.slice(5, 7);
      // A period of many years ('1970s', '1950-53') cannot say which year a day falls in.
      const months = ey * 12 + em - (sy * 12 + sm);
      if (sy > 0 && ey >= sy && months <= 23 && sm >= 1 && sm <= 12 && em >= 1 && em <= 12) {
        const from = sy * 12 + sm;
        const to = ey * 12 + em;
        const inside = (month: number): number | null => {
          for (let y = sy; y <= ey; y++) {
            const k = y * 12 + month;
            if (k >= from && k <= to) return y;
          }
          return null;
        };
        const y = inside(startMonth);
        if (y !== null) return y;
        if (endMonth !== null) {
          const ye = inside(endMonth);
          if (ye !== null) return endMonth < startMonth ? ye - 1 : ye;
        }
        if (sy === ey) return sy;
      }
    }
  }
  return context?.fallbackYear ?? null;
}

// ---------------------------------------------------------------------------------------------
// findDateStarts
// ---------------------------------------------------------------------------------------------

/** A date with its own year, in any of the forms above. */
const FULL_DATE = [
  `${MON}${H}*${DAY}${DY}${YEAR}${DASH}${MON}${H}*${DAY}${DY}${YEAR}`,
  `${MON}${H}*${DAY}${DASH}(?:${MON}${H}*)?${DAY}${DY}${YEAR}`,
  `${MON}${H}*${DAY}${DY}${YEAR}`,
  `${MON}${MY}${YEAR}${DASH}${MON}${MY}${YEAR}`,
  `${MON}${DASH}${MON}${MY}${YEAR}`,
  `${MON}${MY}${YEAR}`,
  `${DAY}${H}+${MON}${MY}${YEAR}${DASH}${DAY}${H}+${MON}${MY}${YEAR}`,
  `${DAY}${H}+${MON}${DASH}${DAY}${H}+${MON}${MY}${YEAR}`,
  `${DAY}(?:${DASH}${DAY})?${H}+${MON}${MY}${YEAR}`,
]
  .map((alt) => `(?:${alt})`)
  .join('|');

/**
 * Start of text, or the end of a sentence ('.', '!', '?', ')', ']', '"', '”', '’') and whitespace;
 * then a full date; then ':' or a spaced dash.
 */
const DATE_START = new RegExp(
  `(?<=^\\s*|[.!?)\\]"”’]\\s+)(?=[0-9JFMASONDjfmasond])(?:${FULL_DATE})(?=${H}*:|${H}+(?:--|—|[-–]\\s))`,
  'g',
);

/**
 * Offsets where a new entry begins in text flattened from a PDF, where many entries run
 * together on one line: a date with its own year followed by ':' (or ' -', ' –', ' --', ' —'),
 * at the start of the text or after the end of a sentence. Dates inside sentences
 * ('on July 14, 2023, the…', 'the March 26 attack') are not entry starts. Calendar validity is
 * not checked here, so that an entry with an impossible date ('Feb. 30, 2023:') still starts a
 * segment of its own, which the caller then reports, instead of vanishing into the entry before.
 */
export function findDateStarts(text: string): number[] {
  const out: number[] = [];
  DATE_START.lastIndex = 0;
  for (let m = DATE_START.exec(text); m; m = DATE_START.exec(text)) out.push(m.index);
  return out;
}
