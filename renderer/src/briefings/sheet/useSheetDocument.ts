/**
 * Gathers a briefing's sheet: sources, chronology, country names, chart figures, and every text
 * formatted in the markdown worker (each within the worker's time budget; a text that cannot be
 * formatted in time prints as plain paragraphs). Reads again whenever `revision` changes.
 */
import type { Root } from 'hast';
import { useEffect, useState } from 'react';
import type { Briefing } from '../../../../contract/briefings.ts';
import { BriefingError, call } from '../../api.ts';
import { formatInWorker } from '../../markdown/format-in-worker.ts';
import { tooLargeToFormat } from '../../markdown/limits.ts';
import { loadChart } from './chart-data.ts';
import { printedNote, type SheetChartData, type SheetDocument } from './document.ts';

export type SheetLoad = { doc: SheetDocument; error: null } | { doc: null; error: string } | { doc: null; error: null };

let countryNames: Promise<Map<string, string>> | null = null;
function loadCountryNames(): Promise<Map<string, string>> {
  countryNames ??= call((api) => api.listCountries()).then(
    (list) => new Map(list.map((c) => [c.code, c.name])),
    (e: unknown) => {
      countryNames = null;
      throw e;
    },
  );
  return countryNames;
}

function textsOf(briefing: Briefing): string[] {
  const texts = new Set<string>();
  for (const s of briefing.sections) {
    if (s.body.trim()) texts.add(s.body);
    for (const c of s.citations) if (c.withNote) for (const n of c.snapshot.notes) texts.add(printedNote(n.body).text);
  }
  return [...texts];
}

/** Every text queued at once: the worker takes them one by one without waiting on the page in between. */
async function formatAll(texts: string[], signal: AbortSignal): Promise<Map<string, Root>> {
  const wanted = texts.filter((t) => !tooLargeToFormat(t));
  const results = await Promise.all(wanted.map((text) => formatInWorker(text, signal)));
  const out = new Map<string, Root>();
  results.forEach((result, i) => result?.ok && out.set(wanted[i]!, result.tree));
  return out;
}

/** What the sheet reads besides the briefing itself; the print page asks for it while the briefing is still on its way. */
export type SheetExtras = Pick<SheetDocument, 'sources' | 'chronology' | 'countryNames' | 'sectionBreaks'>;

export function readSheetExtras(id: number): Promise<SheetExtras> {
  return Promise.all([
    call((api) => api.briefingSources({ id })),
    call((api) => api.briefingChronology({ id })),
    loadCountryNames(),
    call((api) => api.getPreferences()),
  ]).then(([sources, chronology, countryNames, prefs]) => ({ sources, chronology, countryNames, sectionBreaks: prefs.sectionBreaks }));
}

export async function loadSheetDocument(
  briefing: Briefing,
  signal: AbortSignal,
  extras: Promise<SheetExtras> = readSheetExtras(briefing.id),
): Promise<SheetDocument> {
  const chartView = briefing.sections.some((s) => s.chart) ? import('./SheetChart.tsx').then((m) => m.SheetChart) : Promise.resolve(null);
  const [{ sources, chronology, countryNames: names, sectionBreaks }, formatted, ChartView] = await Promise.all([extras, formatAll(textsOf(briefing), signal), chartView]);
  const charts = new Map<number, SheetChartData | string>();
  for (const s of briefing.sections) {
    if (!s.chart) continue;
    try {
      charts.set(s.id, await loadChart(s.chart));
    } catch (e) {
      charts.set(s.id, e instanceof BriefingError ? e.message : String(e));
    }
  }
  return { briefing, sources, chronology, formatted, charts, countryNames: names, sectionBreaks, ChartView };
}

export function useSheetDocument(
  briefing: Briefing | null,
  revision: number,
  extras?: Promise<Pick<SheetDocument, 'sources' | 'chronology' | 'countryNames'>>,
): SheetLoad {
  const [state, setState] = useState<SheetLoad>({ doc: null, error: null });
  useEffect(() => {
    if (!briefing) return;
    const abort = new AbortController();
    loadSheetDocument(briefing, abort.signal, revision === 0 ? extras : undefined).then(
      (doc) => !abort.signal.aborted && setState({ doc, error: null }),
      (e: unknown) => !abort.signal.aborted && setState({ doc: null, error: e instanceof BriefingError ? e.message : String(e) }),
    );
    return () => abort.abort();
  }, [briefing, revision, extras]);
  return state;
}
