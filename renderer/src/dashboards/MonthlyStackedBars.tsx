/**
 * Events per month, stacked by category. A segment opens that month's events of that
 * category; the month's column (its total above the bar, or the empty band around it) opens all
 * of the month's events; a legend entry opens the category over the whole period.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { CATEGORIES } from '../../../contract/imports.ts';
import type { CountryDashboard } from '../../../contract/dashboards.ts';
import { AXIS, GRID, niceScale, TOOLTIP } from './chartTheme.ts';
import { ChartFrame, CountButton } from './ChartFrame.tsx';
import { chartTooltip } from './ChartTooltip.tsx';
import { capitalise, categoryColor, plural, type Category } from './figures.ts';
import { monthLabel, monthTick } from './period.ts';

type MonthCategoryCount = CountryDashboard['perMonth'][number];

export interface MonthRow {
  month: string;
  total: number;
  counts: Partial<Record<Category, number>>;
}

/** One row per month of the period, in order, with its count per category. */
export function pivotMonths(perMonth: readonly MonthCategoryCount[]): MonthRow[] {
  const rows = new Map<string, MonthRow>();
  for (const { month, category, events } of perMonth) {
    const row = rows.get(month) ?? { month, total: 0, counts: {} };
    row.counts[category] = (row.counts[category] ?? 0) + events;
    row.total += events;
    rows.set(month, row);
  }
  return [...rows.values()].sort((a, b) => a.month.localeCompare(b.month));
}

interface Props {
  title: string;
  definition: string;
  perMonth: readonly MonthCategoryCount[];
  /** Whose events, for the summary read out in place of the chart ("Japan's events"). */
  what: string;
  onSelect(month: string, category?: Category): void;
  onSelectCategory?(category: Category): void;
  /** The largest value to make room for (shared by two charts side by side, so they compare at a glance). */
  yMax?: number;
  empty?: React.ReactNode;
  height?: number;
  testId?: string;
}

export function MonthlyStackedBars({ title, definition, perMonth, what, onSelect, onSelectCategory, yMax, empty, height = 240, testId }: Props) {
  const rows = pivotMonths(perMonth);
  const used = CATEGORIES.filter((c) => rows.some((r) => (r.counts[c] ?? 0) > 0));
  const total = rows.reduce((n, r) => n + r.total, 0);
  const spansYears = new Set(rows.map((r) => r.month.slice(0, 4))).size > 1;
  const data = rows.map((r) => ({ month: r.month, total: r.total, ...Object.fromEntries(CATEGORIES.map((c) => [c, r.counts[c] ?? 0])) }));
  const busiest = rows.reduce<MonthRow | null>((best, r) => (!best || r.total > best.total ? r : best), null);
  const summary =
    total === 0
      ? `${title}: none.`
      : `${title}: ${plural(total, 'event')} of ${what} over ${plural(rows.length, 'month')}: ${rows
          .map((r) => `${monthLabel(r.month)} ${r.total}`)
          .join(', ')}.${busiest ? ` Busiest: ${monthLabel(busiest.month)}.` : ''}`;
  const top = used.at(-1);
  const scale = niceScale(yMax ?? busiest?.total ?? 0);

  const segment = (category: Category) =>
    function Segment(props: BarShapeProps) {
      const { x, y, width, height: h, payload } = props;
      const month = (payload as { month: string }).month;
      const count = (payload as Record<string, number>)[category] ?? 0;
      if (!count || !h || h <= 0) return <g />;
      return (
        <rect
          className="chart-mark"
          x={x}
          y={y}
          width={width}
          height={h}
          fill={categoryColor(category)}
          data-month={month}
          data-category={category}
          data-count={count}
          onClick={() => onSelect(month, category)}
        >
          <title>{`${monthLabel(month)}, ${category}: ${plural(count, 'event')}`}</title>
        </rect>
      );
    };

  const band = (props: BarShapeProps) => {
    const month = (props.payload as { month: string }).month;
    return (
      <rect
        className="chart-band"
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        data-month={month}
        data-drill="month"
        onClick={() => onSelect(month)}
      />
    );
  };

  return (
    <ChartFrame
      title={title}
      definition={definition}
      summary={summary}
      testId={testId}
      empty={total === 0 ? empty : undefined}
      legend={<CategoryLegend categories={used} onSelect={onSelectCategory} />}
      table={
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">All</th>
              {used.map((c) => (
                <th scope="col" key={c}>
                  {capitalise(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} data-month={r.month}>
                <th scope="row">{monthLabel(r.month)}</th>
                <td data-testid="month-total">
                  <CountButton value={r.total} label={`Open the ${plural(r.total, 'event')} of ${monthLabel(r.month)}`} onClick={() => onSelect(r.month)} />
                </td>
                {used.map((c) => (
                  <td key={c}>
                    <CountButton
                      value={r.counts[c] ?? 0}
                      label={`Open the ${plural(r.counts[c] ?? 0, `${c} event`)} of ${monthLabel(r.month)}`}
                      onClick={() => onSelect(r.month, c)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 20, right: 8, bottom: 0, left: 0 }}
        barCategoryGap={rows.length > 24 ? '10%' : '22%'}
        accessibilityLayer={false}
      >
        <CartesianGrid {...GRID} />
        <XAxis
          dataKey="month"
          {...AXIS}
          tickFormatter={(m: string) => monthTick(m, spansYears)}
          interval={rows.length <= 13 ? 0 : 'preserveStartEnd'}
          minTickGap={6}
        />
        <YAxis {...AXIS} allowDecimals={false} width={34} domain={[0, scale.top]} ticks={scale.ticks} />
        <Tooltip
          cursor={TOOLTIP.cursor}
          isAnimationActive={false}
          content={chartTooltip(
            (m) => monthLabel(m),
            (d) => [
              ...[...used].reverse().flatMap((c) => (Number(d[c]) > 0 ? [{ key: c, label: capitalise(c), value: String(d[c]), color: categoryColor(c) }] : [])),
              { key: 'total', label: 'All', value: String(d.total), color: 'transparent' },
            ],
          )}
        />
        {used.map((c) => (
          <Bar
            key={c}
            dataKey={c}
            name={c}
            stackId="month"
            fill={categoryColor(c)}
            isAnimationActive={false}
            shape={segment(c)}
            background={c === used[0] ? band : undefined}
          >
            {c === top && (
              <LabelList
                dataKey="total"
                position="top"
                content={(p) => {
                  const i = Number(p.index);
                  const row = rows[i];
                  if (!row || row.total === 0) return <g />;
                  const x = Number(p.x) + Number(p.width) / 2;
                  return (
                    <text
                      className="chart-total"
                      x={x}
                      y={Number(p.y) - 5}
                      textAnchor="middle"
                      data-month={row.month}
                      data-drill="month"
                      onClick={() => onSelect(row.month)}
                    >
                      {row.total}
                    </text>
                  );
                }}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** The categories drawn, each a button that opens the category over the whole period. */
export function CategoryLegend({ categories, onSelect }: { categories: readonly Category[]; onSelect?(c: Category): void }) {
  if (categories.length === 0) return null;
  return (
    <ul className="chart-legend" aria-label="Categories">
      {categories.map((c) => (
        <li key={c}>
          {onSelect ? (
            <button type="button" className="legend-item" onClick={() => onSelect(c)} title={`Open the period's ${c} events`}>
              <span className="legend-swatch" style={{ background: categoryColor(c) }} aria-hidden="true" />
              {capitalise(c)}
            </button>
          ) : (
            <span className="legend-item">
              <span className="legend-swatch" style={{ background: categoryColor(c) }} aria-hidden="true" />
              {capitalise(c)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
