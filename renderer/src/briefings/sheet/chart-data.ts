/** The figures of a section's chart, read from the dashboards' own queries. */
import type { SectionChart } from '../../../../contract/briefings.ts';
import { CATEGORIES } from '../../../../contract/imports.ts';
import { call } from '../../api.ts';
import { capitalise } from '../../dashboards/figures.ts';
import { periodLabel } from '../../dashboards/period.ts';
import type { ChartSeries, SheetChartData } from './document.ts';

/** The dashboards' light-theme category colours: paper is always light. */
const PRINT_COLORS: Record<string, string> = {
  diplomacy: '#2f6db5',
  security: '#c2412d',
  economy: '#1d8254',
  politics: '#8552c0',
  technology: '#a86d00',
  other: '#6f7883',
};

type MonthCounts = ReadonlyArray<{ month: string; category: string; events: number }>;

function byCategory(perMonth: MonthCounts): Pick<SheetChartData, 'series' | 'rows'> {
  const rows = new Map<string, Record<string, number>>();
  const used = new Set<string>();
  for (const { month, category, events } of perMonth) {
    const values = rows.get(month) ?? {};
    values[category] = (values[category] ?? 0) + events;
    rows.set(month, values);
    if (events > 0) used.add(category);
  }
  const series: ChartSeries[] = CATEGORIES.filter((c) => used.has(c)).map((c) => ({ key: c, label: capitalise(c), color: PRINT_COLORS[c]! }));
  return { series, rows: [...rows].sort(([a], [b]) => a.localeCompare(b)).map(([month, values]) => ({ month, values })) };
}

export async function loadChart(chart: SectionChart): Promise<SheetChartData> {
  const { period } = chart;
  const when = periodLabel(period);
  if (chart.kind === 'country-per-month') {
    const d = await call((api) => api.countryDashboard({ country: chart.countries[0]!, period }));
    return { title: `${d.country.name}: events per month, ${when}`, definition: 'By the month each event starts in, by category.', ...byCategory(d.perMonth) };
  }
  const d = await call((api) => api.pairDashboard({ countries: [...chart.countries], period }));
  const names = d.countries.map((c) => c.name).join(' – ');
  if (chart.kind === 'pair-per-month') {
    return { title: `${names}: shared events per month, ${when}`, definition: 'Events in which every one of them takes part, by category.', ...byCategory(d.perMonth) };
  }
  return {
    title: `${names}: intensity of engagement, ${when}`,
    definition: 'Each shared event weighs 3 at leader level, 2 at minister level, 1 otherwise.',
    series: [
      { key: 'leader', label: 'Leader-level', color: '#2f6db5' },
      { key: 'minister', label: 'Minister-level', color: '#6ea8ec' },
      { key: 'other', label: 'Other', color: '#a3acb6' },
    ],
    rows: [...d.intensity]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((r) => ({ month: r.month, values: { leader: r.leader * 3, minister: r.minister * 2, other: r.other } })),
  };
}
