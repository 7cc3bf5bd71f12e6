/**
 * The monthly intensity index of a pair: each shared event weighs by its level — leader 3,
 * minister 2, any other 1 — and the month's index is the sum. Drawn as a stack of the three
 * contributions, so the bar's height is the index and its parts say where it comes from.
 * A part of a month opens that month's shared events at its level (other: officials named or
 * no one); the month's band and total open all of them.
 */
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { INTENSITY_WEIGHTS, type EngagementLevel, type PairDashboard } from '../../../contract/dashboards.ts';
import { AXIS, GRID, niceScale, TOOLTIP } from './chartTheme.ts';
import { ChartFrame, CountButton } from './ChartFrame.tsx';
import { chartTooltip } from './ChartTooltip.tsx';
import { LEVEL_COLORS, plural } from './figures.ts';
import { monthLabel, monthTick } from './period.ts';

type Level = keyof typeof INTENSITY_WEIGHTS;
const LEVELS: Level[] = ['leader', 'minister', 'other'];
const LEVEL_LABELS: Record<Level, string> = { leader: 'Leader-level', minister: 'Minister-level', other: 'Other' };
/** The table's levels of engagement behind each part of the index. */
const LEVEL_FILTER: Record<Level, EngagementLevel[]> = { leader: ['leader'], minister: ['minister'], other: ['official', 'unnamed'] };

export const INTENSITY_DEFINITION = `Per month: leader-level events × ${INTENSITY_WEIGHTS.leader} + minister-level × ${INTENSITY_WEIGHTS.minister} + other shared events × ${INTENSITY_WEIGHTS.other} (level = the highest office named).`;

interface Props {
  intensity: PairDashboard['intensity'];
  pairName: string;
  /** Opens the month's shared events, at these levels only when given. */
  onSelect(month: string, levels?: EngagementLevel[]): void;
  yMax?: number;
  empty?: React.ReactNode;
  height?: number;
  testId?: string;
}

export function IntensityChart({ intensity, pairName, onSelect, yMax, empty, height = 240, testId }: Props) {
  const rows = [...intensity].sort((a, b) => a.month.localeCompare(b.month));
  const data = rows.map((r) => ({
    month: r.month,
    index: r.index,
    leader: r.leader * INTENSITY_WEIGHTS.leader,
    minister: r.minister * INTENSITY_WEIGHTS.minister,
    other: r.other * INTENSITY_WEIGHTS.other,
  }));
  const peak = rows.reduce<(typeof rows)[number] | null>((best, r) => (!best || r.index > best.index ? r : best), null);
  const spansYears = new Set(rows.map((r) => r.month.slice(0, 4))).size > 1;
  const title = 'Intensity index';
  const summary = `${title} of ${pairName} by month: ${rows.map((r) => `${monthLabel(r.month)} ${r.index}`).join(', ')}.${
    peak && peak.index > 0 ? ` Highest: ${monthLabel(peak.month)}, ${peak.index}.` : ''
  }`;
  const used = LEVELS.filter((l) => rows.some((r) => r[l] > 0));
  const scale = niceScale(yMax ?? peak?.index ?? 0);

  const segment = (level: Level) =>
    function Segment(props: BarShapeProps) {
      const { x, y, width, height: h, payload } = props;
      const row = payload as (typeof data)[number];
      if (!h || h <= 0 || row[level] === 0) return <g />;
      return (
        <rect className="chart-mark" x={x} y={y} width={width} height={h} fill={LEVEL_COLORS[level]} data-month={row.month} data-level={level} onClick={() => onSelect(row.month, LEVEL_FILTER[level])}>
          <title>{`${monthLabel(row.month)}: ${LEVEL_LABELS[level].toLowerCase()} ${row[level] / INTENSITY_WEIGHTS[level]} × ${INTENSITY_WEIGHTS[level]}`}</title>
        </rect>
      );
    };
  const band = (props: BarShapeProps) => {
    const month = (props.payload as { month: string }).month;
    return <rect className="chart-band" x={props.x} y={props.y} width={props.width} height={props.height} data-month={month} data-drill="month" onClick={() => onSelect(month)} />;
  };

  return (
    <ChartFrame
      title={title}
      definition={INTENSITY_DEFINITION}
      summary={summary}
      testId={testId}
      empty={peak && peak.index > 0 ? undefined : empty}
      legend={
        <ul className="chart-legend" aria-label="Levels">
          {LEVELS.map((l) => (
            <li key={l} className="legend-item">
              <span className="legend-swatch" style={{ background: LEVEL_COLORS[l] }} aria-hidden="true" />
              {LEVEL_LABELS[l]} × {INTENSITY_WEIGHTS[l]}
            </li>
          ))}
        </ul>
      }
      table={
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Leader-level</th>
              <th scope="col">Minister-level</th>
              <th scope="col">Other</th>
              <th scope="col">Index</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.month} data-month={r.month}>
                <th scope="row">{monthLabel(r.month)}</th>
                {LEVELS.map((l) => (
                  <td key={l} data-level={l}>
                    <CountButton value={r[l]} label={`Open the ${plural(r[l], `${LEVEL_LABELS[l].toLowerCase()} shared event`)} of ${monthLabel(r.month)}`} onClick={() => onSelect(r.month, LEVEL_FILTER[l])} />
                  </td>
                ))}
                <td data-testid="intensity-index">
                  <CountButton
                    value={r.index}
                    label={`Open the ${plural(r.leader + r.minister + r.other, 'shared event')} of ${monthLabel(r.month)}`}
                    onClick={() => onSelect(r.month)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart data={data} responsive style={{ width: '100%', height }} margin={{ top: 20, right: 8, bottom: 0, left: 0 }} barCategoryGap="22%" accessibilityLayer={false}>
        <CartesianGrid {...GRID} />
        <XAxis dataKey="month" {...AXIS} tickFormatter={(m: string) => monthTick(m, spansYears)} interval={rows.length <= 13 ? 0 : 'preserveStartEnd'} minTickGap={6} />
        <YAxis {...AXIS} allowDecimals={false} width={34} domain={[0, scale.top]} ticks={scale.ticks} />
        <Tooltip
          cursor={TOOLTIP.cursor}
          isAnimationActive={false}
          content={chartTooltip(
            (m) => monthLabel(m),
            (d) => [
              ...[...LEVELS].flatMap((l) =>
                Number(d[l]) > 0 ? [{ key: l, label: LEVEL_LABELS[l], value: `${Number(d[l]) / INTENSITY_WEIGHTS[l]} × ${INTENSITY_WEIGHTS[l]}`, color: LEVEL_COLORS[l] }] : [],
              ),
              { key: 'index', label: 'Index', value: String(d.index), color: 'transparent' },
            ],
          )}
        />
        {used.map((l) => (
          <Bar key={l} dataKey={l} name={l} stackId="index" fill={LEVEL_COLORS[l]} isAnimationActive={false} shape={segment(l)} background={l === used[0] ? band : undefined}>
            {l === used.at(-1) && (
              <LabelList
                dataKey="index"
                content={(p) => {
                  const row = data[Number(p.index)];
                  if (!row || row.index === 0) return <g />;
                  return (
                    <text
                      className="chart-total"
                      x={Number(p.x) + Number(p.width) / 2}
                      y={Number(p.y) - 5}
                      textAnchor="middle"
                      data-month={row.month}
                      data-drill="month"
                      data-testid="intensity-label"
                      onClick={() => onSelect(row.month)}
                    >
                      {row.index}
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
