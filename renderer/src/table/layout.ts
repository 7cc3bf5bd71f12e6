/**
 * The table layout (column order, hidden columns, widths) as the grid and the Columns menu
 * read and change it. A layout comes from the store and may predate a column, name one twice
 * or hide Summary; everything here tolerates that instead of trusting it.
 */
import { TABLE_COLUMNS, type TableColumn, type TableLayout } from '../../../contract/query.ts';

export const COLUMN_LABELS: Record<TableColumn, string> = {
  date: 'Date',
  participants: 'Participants',
  type: 'Type',
  category: 'Category',
  summary: 'Summary',
  location: 'Location',
  source: 'Source',
  notes: 'Notes',
  tags: 'Tags',
  importance: 'Importance',
};

/**
 * Widths at which a 1280–1600 px window shows the default columns without scrolling
 * sideways. Summary's width is only its minimum: it takes whatever the others leave.
 */
export const DEFAULT_WIDTHS: Record<TableColumn, number> = {
  date: 140,
  participants: 150,
  type: 88,
  category: 92,
  summary: 260,
  location: 128,
  source: 150,
  notes: 60,
  tags: 150,
  importance: 108,
};

export const MIN_WIDTH: Record<TableColumn, number> = {
  date: 72,
  participants: 56,
  type: 56,
  category: 56,
  summary: 160,
  location: 60,
  source: 60,
  notes: 44,
  tags: 56,
  importance: 64,
};

/** The contract's bounds for a stored width. */
export const MAX_WIDTH = 2000;
const STORED_MIN = 40;

/** A new store's layout: every column in the default order; the analyst's own marks start hidden. */
export const DEFAULT_LAYOUT: TableLayout = { order: [...TABLE_COLUMNS], hidden: ['tags', 'importance'], widths: {} };

const isColumn = (id: string): id is TableColumn => (TABLE_COLUMNS as readonly string[]).includes(id);

/** Every column exactly once, in the layout's order; columns it does not know go last. */
export function fullOrder(order: readonly string[]): TableColumn[] {
  const seen = new Set<TableColumn>();
  for (const id of order) if (isColumn(id)) seen.add(id);
  for (const id of TABLE_COLUMNS) seen.add(id);
  return [...seen];
}

/** Summary carries the row's meaning, so it can never be hidden. */
export const canHide = (id: TableColumn): boolean => id !== 'summary';

export const isHidden = (layout: TableLayout, id: TableColumn): boolean => canHide(id) && layout.hidden.includes(id);

export function setHidden(layout: TableLayout, id: TableColumn, hidden: boolean): TableLayout {
  if (!canHide(id)) return layout;
  const rest = layout.hidden.filter((h) => h !== id);
  return { ...layout, hidden: hidden ? [...rest, id] : rest };
}

/** Moves a column one place left (-1) or right (+1) among all columns. */
export function moveColumn(layout: TableLayout, id: TableColumn, by: -1 | 1): TableLayout {
  const order = fullOrder(layout.order);
  const at = order.indexOf(id);
  const to = at + by;
  if (at < 0 || to < 0 || to >= order.length) return layout;
  order.splice(at, 1);
  order.splice(to, 0, id);
  return { ...layout, order };
}

/** Puts `id` just before or after `target` (a header dropped on another). */
export function placeColumn(layout: TableLayout, id: TableColumn, target: TableColumn, side: 'before' | 'after'): TableLayout {
  if (id === target) return layout;
  const order = fullOrder(layout.order).filter((c) => c !== id);
  const at = order.indexOf(target);
  order.splice(side === 'before' ? at : at + 1, 0, id);
  return { ...layout, order };
}

export const clampWidth = (id: TableColumn, width: number): number =>
  Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH[id], STORED_MIN, width)));

export function setWidths(layout: TableLayout, widths: Partial<Record<TableColumn, number>>): TableLayout {
  const next = { ...layout.widths };
  for (const [id, width] of Object.entries(widths)) if (isColumn(id) && width !== undefined) next[id] = clampWidth(id, width);
  return { ...layout, widths: next };
}

/** Back to the column's default width (double-click on its resize handle). */
export function resetWidth(layout: TableLayout, id: TableColumn): TableLayout {
  const next = { ...layout.widths };
  delete next[id];
  return { ...layout, widths: next };
}

export const storedWidth = (layout: TableLayout, id: TableColumn): number => clampWidth(id, layout.widths[id] ?? DEFAULT_WIDTHS[id]);
