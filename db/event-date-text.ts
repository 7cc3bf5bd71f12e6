/**
 * Reads a date an analyst types when correcting an event with the importer's own reader, so an
 * edited event's start, end and precision follow the same rules as an imported one.
 */
import { MAX_YEAR, MIN_YEAR, parseLeadingDate, type Precision } from './import/dates.ts';

export interface EventDate {
  dateStart: string;
  dateEnd: string | null;
  precision: Precision;
  dateText: string;
  /** The text had no year; it was taken from `fallbackYear`. */
  yearInferred: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function isoDay(text: string): EventDate | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const d = new Date(`${text}T00:00:00Z`);
  if (year < MIN_YEAR || year > MAX_YEAR || Number.isNaN(d.getTime()) || !d.toISOString().startsWith(text)) return null;
  return { dateStart: text, dateEnd: null, precision: 'day', dateText: text, yearInferred: false };
}

/**
 * The whole text must be one date: "Jan. 13, 2023", "March 6-7, 2023", "Oct. 29-Nov. 2, 2009",
 * "December 1991", "1991" or "2023-01-13". A date without a year ("Jan. 13") takes
 * `fallbackYear` (the event's own year). Null when the text is not a readable date.
 */
export function readEventDate(input: string, fallbackYear?: number): EventDate | null {
  const text = input.trim();
  if (!text) return null;
  const iso = isoDay(text);
  if (iso) return iso;
  // The reader expects a chronology line; a separator after the date makes a bare year ("1991")
  // a date rather than a heading, and anything left after it means the text was not only a date.
  const read = parseLeadingDate(`${text}:`, fallbackYear === undefined ? undefined : { fallbackYear });
  if (!read || read.rest !== '' || read.dateText !== text) return null;
  return { dateStart: read.dateStart, dateEnd: read.dateEnd, precision: read.precision, dateText: text, yearInferred: read.yearInferred };
}
