/**
 * A dashboard chart on paper: vector SVG at a fixed size (no animation, no tooltip), on the
 * light palette whatever the app's theme, with its figures in words for screen readers.
 */
import { Bar, BarChart, CartesianGrid, Legend, XAxis, YAxis } from 'recharts';
import { monthLabel, monthTick } from '../../dashboards/period.ts';
import type { SheetChartData } from './document.ts';

export const CHART_HEIGHT_PX = 210;
const CHART_WIDTH_PX = 640;

export function SheetChart({ data }: { data: SheetChartData }) {
  const spansYears = new Set(data.rows.map((r) => r.month.slice(0, 4))).size > 1;
  const rows = data.rows.map((r) => ({ month: r.month, ...r.values }));
  const total = data.rows.reduce((n, r) => n + Object.values(r.values).reduce((a, b) => a + b, 0), 0);
  const summary = `${data.title}: ${data.rows.map((r) => `${monthLabel(r.month)} ${Object.values(r.values).reduce((a, b) => a + b, 0)}`).join(', ')}.`;
  return (
    <figure className="sheet-chart">
      <figcaption>
        <span className="sheet-chart-title">{data.title}</span> <span className="sheet-chart-definition">{data.definition}</span>
      </figcaption>
      {total === 0 ? (
        <p className="sheet-empty">Nothing to chart in this period.</p>
      ) : (
        <div role="img" aria-label={summary}>
          <BarChart width={CHART_WIDTH_PX} height={CHART_HEIGHT_PX} data={rows} margin={{ top: 6, right: 8, bottom: 0, left: -18 }}>
            <CartesianGrid vertical={false} stroke="#d9dde3" />
            <XAxis dataKey="month" tickFormatter={(m: string) => monthTick(m, spansYears)} tick={{ fontSize: 10, fill: '#3c4450' }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 10, fill: '#3c4450' }} />
            {data.series.length > 1 && <Legend iconSize={8} wrapperStyle={{ fontSize: 10 }} />}
            {data.series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} stackId="one" fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </div>
      )}
    </figure>
  );
}
