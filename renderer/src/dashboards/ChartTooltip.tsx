/** The charts' hover tooltip: the month or item, then each non-zero part, in the app's colours. */
import type { TooltipContentProps } from 'recharts';

interface Row {
  key: string;
  label: string;
  value: string;
  color: string;
}

/** `rows` turns the hovered datum into lines; zero lines are the caller's to leave out. */
export function chartTooltip(title: (label: string) => string, rows: (datum: Record<string, unknown>) => Row[]) {
  return function ChartTooltip({ active, payload, label }: TooltipContentProps) {
    const datum = payload?.[0]?.payload as Record<string, unknown> | undefined;
    if (!active || !datum) return null;
    const lines = rows(datum);
    return (
      <div className="chart-tooltip">
        <div className="chart-tooltip-title">{title(String(label ?? ''))}</div>
        {lines.map((r) => (
          <div key={r.key} className="chart-tooltip-row">
            <span className="legend-swatch" style={{ background: r.color }} aria-hidden="true" />
            <span>{r.label}</span>
            <span className="chart-tooltip-value">{r.value}</span>
          </div>
        ))}
      </div>
    );
  };
}
