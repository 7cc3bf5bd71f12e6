/** Small pure helpers shared by the dashboard widgets: change against the previous period, labels, colours. */
import { CATEGORIES } from '../../../contract/imports.ts';

export type Category = (typeof CATEGORIES)[number];

/** "+42%", "−12%", "no change"; "new" when there was nothing before; "—" when there is nothing either time. */
export function changeText(value: number, previous: number): string {
  if (value === 0 && previous === 0) return '—';
  if (previous === 0) return 'new';
  const pct = Math.round(((value - previous) / previous) * 100);
  if (pct === 0) return 'no change';
  return pct > 0 ? `+${pct}%` : `−${Math.abs(pct)}%`;
}

export function changeDirection(value: number, previous: number): 'up' | 'down' | 'flat' {
  return value > previous ? 'up' : value < previous ? 'down' : 'flat';
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** One fixed colour per category, defined in dashboards.css for light and dark. */
export const categoryColor = (category: string) => `var(--cat-${(CATEGORIES as readonly string[]).includes(category) ? category : 'other'})`;

export const LEVEL_COLORS = { leader: 'var(--level-leader)', minister: 'var(--level-minister)', other: 'var(--level-other)' } as const;

export const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "United States and Japan", "the United States, Japan and South Korea". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** "United States–Japan", "United States–Japan–South Korea". */
export const pairName = (names: readonly string[]) => names.join('–');
