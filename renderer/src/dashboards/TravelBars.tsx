/**
 * Travel: the country's visits abroad by host, and visits to it by visiting country, as one bar
 * per country split by direction. Each part opens exactly the visits it counts (by their ids:
 * the host is read from the text, which no other filter can say); so do the visits with no
 * clear host.
 */
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import type { CountryDashboard } from '../../../contract/dashboards.ts';
import { AXIS, niceScale, TOOLTIP } from './chartTheme.ts';
import { ChartFrame, CountButton } from './ChartFrame.tsx';
import { chartTooltip } from './ChartTooltip.tsx';
import { plural } from './figures.ts';

interface Row {
  code: string;
  name: string;
  made: number;
  received: number;
  madeIds: number[];
  receivedIds: number[];
}

const SERIES = [
  { key: 'made', label: 'Visits made (to)', color: 'var(--travel-made)' },
  { key: 'received', label: 'Visits received (from)', color: 'var(--travel-received)' },
] as const;

interface Props {
  name: string;
  travel: CountryDashboard['travel'];
  when: string;
  /** Opens these visits: one direction of one country's bar. */
  onSelect(code: string, ids: number[]): void;
  /** Opens the visits whose host could not be told. */
  onSelectUnknown(ids: number[]): void;
}

export function TravelBars({ name, travel, when, onSelect, onSelectUnknown }: Props) {
  const byCode = new Map<string, Row>();
  for (const c of travel.made) byCode.set(c.code, { code: c.code, name: c.name, made: c.events, received: 0, madeIds: c.ids, receivedIds: [] });
  for (const c of travel.received) {
    const row = byCode.get(c.code) ?? { code: c.code, name: c.name, made: 0, received: 0, madeIds: [], receivedIds: [] };
    row.received = c.events;
    row.receivedIds = c.ids;
    byCode.set(c.code, row);
  }
  const rows = [...byCode.values()].sort((a, b) => b.made + b.received - (a.made + a.received) || a.name.localeCompare(b.name, 'en'));
  const max = rows.reduce((m, r) => Math.max(m, r.made + r.received), 0);
  const made = travel.made.reduce((n, c) => n + c.events, 0);
  const received = travel.received.reduce((n, c) => n + c.events, 0);
  const unknown = travel.unknown ? (
    <>
      {' '}
      <button type="button" className="link-button" data-testid="travel-unknown" onClick={() => onSelectUnknown(travel.unknownIds)}>
        {plural(travel.unknown, 'visit')} with no clear host
      </button>{' '}
      left out.
    </>
  ) : null;
  const idsOf = (row: Row, key: 'made' | 'received') => (key === 'made' ? row.madeIds : row.receivedIds);
  const actionLabel = (row: Row, key: 'made' | 'received') =>
    key === 'made' ? `Open the ${plural(row.made, 'visit')} by ${name} to ${row.name}` : `Open the ${plural(row.received, 'visit')} by ${row.name} to ${name}`;
  const summary = `Travel: ${name} made ${plural(made, 'visit')} (${travel.made.map((c) => `${c.name} ${c.events}`).join(', ') || 'none'}) and received ${plural(received, 'visit')} (${
    travel.received.map((c) => `${c.name} ${c.events}`).join(', ') || 'none'
  }).`;

  const shape = (key: 'made' | 'received', color: string) =>
    function TravelBar(props: BarShapeProps) {
      const row = props.payload as Row;
      if (!props.width || props.width <= 0) return <g />;
      return (
        <rect className="chart-mark" x={props.x} y={props.y} width={props.width} height={props.height} fill={color} data-key={row.code} data-direction={key} data-count={row[key]} onClick={() => onSelect(row.code, idsOf(row, key))}>
          <title>{key === 'made' ? `${name} to ${row.name}: ${plural(row.made, 'visit')}` : `${row.name} to ${name}: ${plural(row.received, 'visit')}`}</title>
        </rect>
      );
    };

  return (
    <ChartFrame
      testId="travel"
      title="Travel"
      definition={
        <>
          Visits by {name} abroad, by host, and visits to {name}, by visitor.{unknown}
        </>
      }
      summary={summary}
      empty={rows.length === 0 ? <p>No visits made or received by {name} in {when}.{unknown}</p> : undefined}
      legend={
        <ul className="chart-legend" aria-label="Direction">
          {SERIES.map((s) => (
            <li key={s.key} className="legend-item">
              <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
              {s.label}
            </li>
          ))}
        </ul>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">Travel</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Made (to)</th>
              <th scope="col">Received (from)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-key={r.code}>
                <th scope="row">{r.name}</th>
                {(['made', 'received'] as const).map((k) => (
                  <td key={k}>
                    <CountButton value={r[k]} label={actionLabel(r, k)} onClick={() => onSelect(r.code, idsOf(r, k))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart layout="vertical" data={rows} responsive style={{ width: '100%', height: rows.length * 26 + 12 }} margin={{ top: 4, right: 28, bottom: 4, left: 0 }} barCategoryGap={5} accessibilityLayer={false}>
        <XAxis type="number" hide domain={[0, niceScale(max).top]} allowDecimals={false} />
        <YAxis type="category" dataKey="name" {...AXIS} axisLine={false} width={118} interval={0} tick={{ ...AXIS.tick, fill: 'var(--text)' }} />
        <Tooltip
          cursor={TOOLTIP.cursor}
          isAnimationActive={false}
          content={chartTooltip(
            (l) => l,
            (d) => SERIES.flatMap((s) => (Number(d[s.key]) > 0 ? [{ key: s.key, label: s.label, value: String(d[s.key]), color: s.color }] : [])),
          )}
        />
        {SERIES.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} stackId="travel" fill={s.color} isAnimationActive={false} shape={shape(s.key, s.color)} maxBarSize={18}>
            {s.key === 'received' && (
              <LabelList
                dataKey="received"
                content={(p) => {
                  const row = rows[Number(p.index)];
                  if (!row) return <g />;
                  return (
                    <text className="chart-value" x={Number(p.x) + Number(p.width) + 6} y={Number(p.y) + Number(p.height) / 2} dominantBaseline="central">
                      {row.made + row.received}
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
