/**
 * Chronologies that write each entry's date after its text, in brackets: "Leaders meet in
 * Seoul (March 3, 1999)." Such a document is read by moving each closing date to the front of
 * its line, so that the rest of the reader sees the usual "March 3, 1999: Leaders meet…".
 *
 * Only a document that is written this way is rewritten: more lines end with a bracketed date
 * than start with a date, and at least two do. A bracketed date closing a line of an ordinary
 * chronology ("…as agreed at the summit (Jan. 3, 2014).") stays where it is.
 */
import { parseLeadingDate } from './dates.ts';

const BULLET = /^(\s*(?:[-*•–]\s+|\d{1,3}[.)]\s+)?)/;
/** Text, then a date in round or square brackets, then at most a full stop. */
const TRAILING = /^(.*\S)\s*[([]([^()[\]]{3,40})[)\]]\s*\.?\s*$/;

interface Moved {
  bullet: string;
  date: string;
  text: string;
}

function trailingDate(line: string): Moved | null {
  const bullet = BULLET.exec(line)![1]!;
  const m = TRAILING.exec(line.slice(bullet.length));
  if (!m) return null;
  const date = m[2]!.trim();
  const read = parseLeadingDate(`${date}:`, { allowYearless: true });
  if (!read || read.rest !== '') return null;
  return { bullet, date, text: m[1]!.replace(/[,;:–—-]\s*$/, '').trim() };
}

/** The lines with each closing bracketed date moved to the front, when the document is written so. */
export function moveTrailingDates(lines: readonly string[]): string[] {
  let leading = 0;
  const moved = lines.map((line) => {
    if (!line.trim()) return null;
    if (parseLeadingDate(line, { allowYearless: true })) leading++;
    return trailingDate(line);
  });
  const trailing = moved.filter(Boolean).length;
  if (trailing < 2 || trailing <= leading) return [...lines];
  return lines.map((line, i) => {
    const m = moved[i];
    return m ? `${m.bullet}${m.date}: ${m.text}` : line;
  });
}
