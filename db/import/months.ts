/** Month names as chronologies write them, and month lengths. */

const MONTH_NAMES: ReadonlyArray<readonly string[]> = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

export const MONTH_BY_NAME = new Map<string, number>();
MONTH_NAMES.forEach((names, i) => names.forEach((n) => MONTH_BY_NAME.set(n, i + 1)));

/**
 * 1–12 for a month name, full or abbreviated ('Jan', 'Jan.', 'Sept', 'SEPT.', 'september'),
 * any case, surrounding whitespace ignored; null for anything else ('Janu', 'Mai', '').
 */
export function monthIndex(name: string): number | null {
  let key = name.trim().toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  return MONTH_BY_NAME.get(key) ?? null;
}

/** Days in `month` (1–12) of `year`, Gregorian leap years. */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

