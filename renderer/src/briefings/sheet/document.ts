/**
 * Everything a briefing sheet shows, gathered before layout: the briefing, its sources and
 * chronology, the formatted markdown of its texts, and the figures of its charts.
 */
import type { Root } from 'hast';
import type { ComponentType } from 'react';
import type { Briefing, BriefingSource, ChronologyEntry } from '../../../../contract/briefings.ts';
import type { SectionBreaks } from '../../../../contract/annotations.ts';

export interface ChartSeries {
  key: string;
  label: string;
  /** A CSS colour, the dashboards' category colours. */
  color: string;
}

export interface SheetChartData {
  title: string;
  /** What is counted, in one line. */
  definition: string;
  series: ChartSeries[];
  rows: Array<{ month: string; values: Record<string, number> }>;
}

export interface SheetDocument {
  briefing: Briefing;
  sources: BriefingSource[];
  chronology: ChronologyEntry[];
  /** Formatted markdown by its text; a text without an entry is shown as plain paragraphs. */
  formatted: ReadonlyMap<string, Root>;
  /** Chart figures by section id; a section whose chart could not be read has an error string. */
  charts: ReadonlyMap<number, SheetChartData | string>;
  countryNames: ReadonlyMap<string, string>;
  /** How a Briefing book's sections meet (Settings): run on when they fit (the default), or each on a new page. */
  sectionBreaks?: SectionBreaks;
  /** The chart component, loaded (with the charts library) only for a briefing that has charts. */
  ChartView: ComponentType<{ data: SheetChartData }> | null;
}

/** A note longer than this is shortened on the sheet (the app keeps it whole). */
export const MAX_PRINTED_NOTE_CHARS = 20_000;

export function printedNote(body: string): { text: string; cut: number } {
  if (body.length <= MAX_PRINTED_NOTE_CHARS) return { text: body, cut: 0 };
  let end = MAX_PRINTED_NOTE_CHARS;
  if (/[\uD800-\uDBFF]/.test(body.charAt(end - 1))) end--;
  return { text: body.slice(0, end), cut: body.length - end };
}
