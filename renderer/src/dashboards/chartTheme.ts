/**
 * Recharts styling from the app's CSS variables, so charts follow light and dark mode and
 * print as they show. Nothing animates: screenshots and prints are the same every time.
 */
export const AXIS = {
  stroke: 'var(--line)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
  tickLine: false,
} as const;

export const GRID = { stroke: 'var(--line)', strokeDasharray: '2 3', vertical: false } as const;

/** The hover band behind a bar; the tooltip itself is ChartTooltip, styled in dashboards.css. */
export const TOOLTIP = { cursor: { fill: 'var(--surface-2)', stroke: 'none' } } as const;

/**
 * A value axis for counts: whole-number ticks at 1, 2 or 5 × 10ⁿ, at most five intervals, and
 * at least 0–4 so that sparse data (one or two events) reads as small rather than filling the box.
 */
export function niceScale(max: number): { top: number; ticks: number[] } {
  let step = 1;
  if (max > 4) {
    for (let p = 1; ; p *= 10) {
      const fit = [1, 2, 5].map((s) => s * p).find((s) => Math.ceil(max / s) <= 5);
      if (fit) {
        step = fit;
        break;
      }
    }
  }
  const top = Math.max(Math.ceil(max / step) * step, max > 4 ? step : 4);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return { top, ticks };
}
