/**
 * A table row pasted from a web page or a word processor: cells separated by tabs, one of them
 * the date — whole ('June 22, 1965'), or split between a year cell and a day cell ('1965' |
 * 'June 22'), or a year alone — and the others the entry's text ('Japan and South Korea sign
 * the Treaty on Basic Relations'). A header row ('Year | Date | Event') has no date and is left
 * to the caller.
 */
import { parseLeadingDate, type DateContext, type LeadingDate } from './dates.ts';

const YEAR_CELL = /^(\d{4})s?$/;
/** Footnote markers that web tables keep in their cells: '[1]', '[note 2]'. */
const FOOTNOTES = /\s*\[(?:\d+|[a-z]|note \d+|citation needed)\]/g;

/** The date a cell holds when it holds nothing else. */
function cellDate(cell: string, context: DateContext): LeadingDate | null {
  const d = parseLeadingDate(`${cell}:`, context);
  return d && d.rest === '' ? d : null;
}

/** Column names that make a table a list of trips: each row's place is where someone went. */
const DESTINATION = /^(locale|destination|country|countries( visited)?|place|places visited|visited)$/i;

/** The header row of a table, when it names its columns ('Name ⇥ Locale ⇥ Remarks ⇥ Date'). */
export interface TableHeader {
  destination: number | null;
}

/** A row with no date whose cells are all short words: the table's column names. */
export function tableHeader(row: string): TableHeader | null {
  const cells = row.split('\t').map((c) => c.trim());
  if (cells.filter(Boolean).length < 2 || cells.some((c) => c.length > 40 || /\d/.test(c))) return null;
  const destination = cells.findIndex((c) => DESTINATION.test(c));
  return { destination: destination >= 0 ? destination : null };
}

export function tableRow(row: string, context: DateContext, header: TableHeader | null = null): LeadingDate | null {
  const raw = row.split('\t').map((c) => c.replace(FOOTNOTES, '').trim());
  // In a list of trips the place is where the traveller went: 'visits Paris' reads as the trip it is.
  const at = header?.destination ?? null;
  const cells = at !== null && raw[at] ? raw.map((c, k) => (k === at ? `visits ${c}:` : c)) : raw;
  const filled = cells.filter(Boolean);
  if (filled.length < 2) return null;
  const yearAt = filled.findIndex((c) => YEAR_CELL.test(c));
  const year = yearAt >= 0 ? +YEAR_CELL.exec(filled[yearAt]!)![1]! : null;
  // A day and month with the year from its own cell; else a whole date in any cell; else the year.
  for (let k = 0; k < filled.length; k++) {
    if (k === yearAt) continue;
    const d = cellDate(filled[k]!, year !== null ? { fallbackYear: year } : context);
    if (!d) continue;
    const rest = filled.filter((_, j) => j !== k && j !== yearAt).join(' ');
    return rest ? { ...d, yearInferred: d.yearInferred && year === null, rest, separator: '\t' } : null;
  }
  if (yearAt < 0) return null;
  const d = cellDate(filled[yearAt]!, context);
  const rest = filled.filter((_, j) => j !== yearAt).join(' ');
  return d && rest ? { ...d, rest, separator: '\t' } : null;
}
