/**
 * The TanStack table behind the grid, with every piece of its state controlled by the
 * parent's props: sort, column order, visibility and widths. TanStack reports changes through
 * its updaters; they are turned back into an EventSort or a TableLayout for the parent.
 */
import { useMemo, type CSSProperties } from 'react';
import { useTable, type ColumnSizingState, type Updater } from '@tanstack/react-table';
import { TABLE_COLUMNS, type EventSort, type TableColumn, type TableLayout } from '../../../contract/query.ts';
import { features, isSortable, type GridRow, type makeColumns } from './columns.tsx';
import { canHide, clampWidth, fullOrder, isHidden, setWidths, storedWidth } from './layout.ts';

interface Options {
  columns: ReturnType<typeof makeColumns>;
  data: GridRow[];
  sort: EventSort;
  onSortChange(sort: EventSort): void;
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
  /** The body's inner width: Summary fills what the other columns leave of it. */
  viewportWidth: number;
  rowHeight: number;
  headerHeight: number;
  /** Fixed cells before the columns (the selection checkbox): part of the row, not of the layout. */
  leadingWidth?: number;
}

const apply = <T>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater);
const isColumn = (id: string): id is TableColumn => (TABLE_COLUMNS as readonly string[]).includes(id);

/** Summary is as wide as its stored width or as what the others leave, whichever is more. */
function fillSummary(widths: Record<TableColumn, number>, visible: readonly TableColumn[], viewportWidth: number): Record<TableColumn, number> {
  const others = visible.reduce((n, id) => (id === 'summary' ? n : n + widths[id]), 0);
  return { ...widths, summary: Math.max(widths.summary, viewportWidth - others) };
}

export function useGridTable({ columns, data, sort, onSortChange, layout, onLayoutChange, viewportWidth: outerWidth, rowHeight, headerHeight, leadingWidth = 0 }: Options) {
  const viewportWidth = outerWidth - leadingWidth;
  const order = useMemo(() => fullOrder(layout.order), [layout.order]);
  // Keyed by content: a new width must not hand every row a new column list (and a render).
  const visibleKey = order.filter((id) => !isHidden(layout, id)).join(' ');
  const visibleIds = useMemo(() => visibleKey.split(' ') as TableColumn[], [visibleKey]);
  const columnVisibility = useMemo(() => Object.fromEntries(order.map((id) => [id, visibleIds.includes(id)])), [order, visibleIds]);
  const sorting = useMemo(() => [{ id: sort.column, desc: sort.direction === 'desc' }], [sort.column, sort.direction]);
  const columnSizing = useMemo(() => {
    const stored = Object.fromEntries(TABLE_COLUMNS.map((id) => [id, storedWidth(layout, id)])) as Record<TableColumn, number>;
    return fillSummary(stored, visibleIds, viewportWidth);
  }, [layout, visibleIds, viewportWidth]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => String(row.index),
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    // Widths are committed (and stored by the parent) once, on release; while dragging they
    // are drawn from the resize state below.
    columnResizeMode: 'onEnd',
    state: { sorting, columnOrder: order, columnVisibility, columnSizing },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting)[0];
      if (next && isSortable(next.id)) onSortChange({ column: next.id, direction: next.desc ? 'desc' : 'asc' });
    },
    onColumnOrderChange: (updater) => onLayoutChange({ ...layout, order: apply(updater, order as string[]).filter(isColumn) }),
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, columnVisibility);
      onLayoutChange({ ...layout, hidden: TABLE_COLUMNS.filter((id) => canHide(id) && next[id] === false) });
    },
    onColumnSizingChange: (updater) => {
      const next = apply(updater, columnSizing as ColumnSizingState);
      // Only the column the analyst dragged: Summary's fill was not their choice.
      const changed = Object.fromEntries(Object.entries(next).filter(([id, w]) => isColumn(id) && w !== columnSizing[id]));
      if (Object.keys(changed).length > 0) onLayoutChange(setWidths(layout, changed));
    },
  });

  // Widths as drawn: the column being dragged already shows its new width.
  const resizing = table.state.columnResizing;
  const widths = useMemo(() => {
    const drawn = { ...columnSizing };
    const id = resizing.isResizingColumn;
    if (id && isColumn(id) && resizing.startSize !== null) drawn[id] = clampWidth(id, resizing.startSize + (resizing.deltaOffset ?? 0));
    return fillSummary(drawn, visibleIds, viewportWidth);
  }, [columnSizing, resizing, visibleIds, viewportWidth]);

  // Set once on the grid: cells size themselves from these, so a resize renders no row.
  const cssVariables = useMemo(() => {
    const vars: Record<string, string> = {
      '--egrid-row-w': `${visibleIds.reduce((n, id) => n + widths[id], leadingWidth)}px`,
      '--egrid-lead-w': `${leadingWidth}px`,
      '--egrid-row-h': `${rowHeight}px`,
      '--egrid-head-h': `${headerHeight}px`,
    };
    for (const id of TABLE_COLUMNS) vars[`--egrid-w-${id}`] = `${widths[id]}px`;
    return vars as CSSProperties;
  }, [widths, visibleIds, rowHeight, headerHeight, leadingWidth]);

  return { table, visibleIds, widths, cssVariables, isResizing: resizing.isResizingColumn !== false };
}
