/**
 * A ranked mix as horizontal bars: event types, categories, counterparts, levels, visits.
 * Each bar (and its row in the table) opens what it counts.
 */
import { Bar, BarChart, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { AXIS, niceScale, TOOLTIP } from './chartTheme.ts';
import { ChartFrame, CountButton } from './ChartFrame.tsx';
import { chartTooltip } from './ChartTooltip.tsx';
import { plural } from './figures.ts';

export interface MixItem {
  key: string;
  label: string;
  value: number;
  color?: string;
}

interface Props {
  title: string;
  definition?: string;
  items: readonly MixItem[];
  /** "event" → "3 events"; the unit of the numbers. */
  unit?: string;
  /** What a click does, said on the button in the table: "Open the 3 visit events". */
  actionLabel?(item: MixItem): string;
  onSelect?(key: string): void;
  empty?: React.ReactNode;
  /** Width kept for the labels on the left. */
  labelWidth?: number;
  testId?: string;
  /** Keep zero rows (a fixed set such as levels of engagement); otherwise they are left out. */
  keepZeros?: boolean;
  xMax?: number;
  headerLabel?: string;
}

const ROW = 26;

export function MixBars({ title, definition, items, unit = 'event', actionLabel, onSelect, empty, labelWidth = 96, testId, keepZeros, xMax, headerLabel = 'Events' }: Props) {
  const shown = keepZeros ? [...items] : items.filter((i) => i.value > 0);
  const total = shown.reduce((n, i) => n + i.value, 0);
  const max = shown.reduce((m, i) => Math.max(m, i.value), 0);
  const summary = `${title}: ${shown.map((i) => `${i.label} ${i.value}`).join(', ')}.`;
  const label = (i: MixItem) => actionLabel?.(i) ?? `Open the ${plural(i.value, unit)}: ${i.label}`;

  const shape = (props: BarShapeProps) => {
    const item = props.payload as MixItem;
    if (!props.width || props.width <= 0) return <g />;
    return (
      <rect
        className={onSelect ? 'chart-mark' : undefined}
        x={props.x}
        y={props.y}
        width={props.width}
        height={props.height}
        fill={item.color ?? 'var(--accent)'}
        data-key={item.key}
        data-count={item.value}
        onClick={onSelect ? () => onSelect(item.key) : undefined}
      >
        <title>{`${item.label}: ${plural(item.value, unit)}`}</title>
      </rect>
    );
  };

  return (
    <ChartFrame
      title={title}
      definition={definition}
      summary={summary}
      testId={testId}
      empty={total === 0 ? empty : undefined}
      table={
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{title}</th>
              <th scope="col">{headerLabel}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.key} data-key={i.key}>
                <th scope="row">{i.label}</th>
                <td>
                  <CountButton value={i.value} label={label(i)} onClick={onSelect ? () => onSelect(i.key) : undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <BarChart
        layout="vertical"
        data={shown}
        responsive
        style={{ width: '100%', height: shown.length * ROW + 12 }}
        margin={{ top: 4, right: 28, bottom: 4, left: 0 }}
        barCategoryGap={5}
        accessibilityLayer={false}
      >
        <XAxis type="number" hide domain={[0, niceScale(xMax ?? max).top]} allowDecimals={false} />
        <YAxis type="category" dataKey="label" {...AXIS} axisLine={false} width={labelWidth} interval={0} tick={{ ...AXIS.tick, fill: 'var(--text)' }} />
        <Tooltip
          cursor={TOOLTIP.cursor}
          isAnimationActive={false}
          content={chartTooltip(
            (l) => l,
            (d) => [{ key: 'value', label: plural(Number(d.value), unit).replace(/^[\d,]+ /, ''), value: String(d.value), color: String(d.color ?? 'var(--accent)') }],
          )}
        />
        <Bar dataKey="value" isAnimationActive={false} shape={shape} maxBarSize={18}>
          <LabelList dataKey="value" position="right" className="chart-value" offset={6} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
