/**
 * The events grid: TanStack Table in manual mode (the store sorts; the table knows only the
 * rows on screen) with a virtualised body that reaches the last of a million rows. Columns
 * resize, reorder (drag a header, or the Columns menu) and hide; the layout is controlled by
 * the parent, which keeps it in the store.
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { FlexRender, useTable, type ColumnSizingState, type SortingState, type Updater } from '@tanstack/react-table';
import type { EventRow } from '../../../contract/events.ts';
import { TABLE_COLUMNS, type EventSort, type TableColumn, type TableLayout } from '../../../contract/query.ts';
import { COLUMN_LABELS, features, isSortable, makeColumns, type GridRow } from './columns.tsx';
import { useScaledVirtualizer } from './useScaledVirtualizer.ts';

export interface EventsGridProps {
  total: number;
  /** Undefined while a row is still being fetched: a placeholder of the same height is shown. */
  rowAt(index: number): EventRow | undefined;
  /** The rows the grid needs now (inclusive), overscan included. */
  onRangeChange(first: number, last: number): void;
  sort: EventSort;
  onSortChange(sort: EventSort): void;
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
  activeIndex: number | null;
  onActiveIndexChange(index: number): void;
  onOpen(index: number): void;
  highlight: readonly string[];
  countryNames: ReadonlyMap<string, string>;
  label: string;
  ref?: Ref<EventsGridHandle>;
}

export interface EventsGridHandle {
  focus(): void;
  scrollToIndex(index: number): void;
}

const ROW_HEIGHT = 34;
const OVERSCAN = 12;
const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (o: T) => T)(old) : updater);

/** Every column exactly once: stored layouts from older versions may lack new columns. */
export function fullOrder(order: readonly TableColumn[]): TableColumn[] {
  return [...order.filter((c) => TABLE_COLUMNS.includes(c)), ...TABLE_COLUMNS.filter((c) => !order.includes(c))];
}

export function EventsGrid(props: EventsGridProps) {
  const { total, rowAt, layout, onLayoutChange, sort, activeIndex } = props;
  const body = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [dragging, setDragging] = useState<string | null>(null);
  const { virtualizer, spacerHeight, topOf, scrollToIndex: scrollTo } = useScaledVirtualizer({ count: total, rowHeight: ROW_HEIGHT, overscan: OVERSCAN, getScrollElement: () => body.current });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;

  const columns = useMemo(() => makeColumns({ highlight: props.highlight, countryNames: props.countryNames }), [props.highlight, props.countryNames]);
  // Rebuilt on every render: rowAt reads a cache that fills in without changing identity, and
  // the window is a few dozen rows.
  const data: GridRow[] = [];
  for (let i = first; i <= last; i++) {
    const event = rowAt(i);
    if (event) data.push({ index: i, event });
  }

  const order = fullOrder(layout.order);
  const sorting: SortingState = [{ id: sort.column, desc: sort.direction === 'desc' }];
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (r) => String(r.index),
    manualSorting: true,
    enableSortingRemoval: false,
    columnResizeMode: 'onEnd',
    state: {
      sorting,
      columnOrder: order,
      columnVisibility: Object.fromEntries(layout.hidden.filter((c) => c !== 'summary').map((c) => [c, false])),
      columnSizing: layout.widths as ColumnSizingState,
    },
    onSortingChange: (updater) => {
      const next = apply(updater, sorting)[0];
      if (next && isSortable(next.id)) props.onSortChange({ column: next.id, direction: next.desc ? 'desc' : 'asc' });
    },
    onColumnSizingChange: (updater) => onLayoutChange({ ...layout, widths: apply(updater, layout.widths as ColumnSizingState) as TableLayout['widths'] }),
    onColumnOrderChange: (updater) => onLayoutChange({ ...layout, order: apply(updater, order as string[]) as TableColumn[] }),
  });

  const { onRangeChange } = props;
  useEffect(() => {
    if (last >= first) onRangeChange(first, last);
  }, [first, last, total, onRangeChange]);

  useEffect(() => {
    const el = body.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const scrollToIndex = (index: number) => scrollTo(Math.max(0, Math.min(total - 1, index)));
  useImperativeHandle(props.ref, () => ({ focus: () => body.current?.focus(), scrollToIndex }));

  const visible = table.getVisibleLeafColumns();
  // Summary takes whatever width the other columns leave.
  const others = visible.filter((c) => c.id !== 'summary').reduce((n, c) => n + c.getSize(), 0);
  const widthOf = (id: string, size: number) => (id === 'summary' ? Math.max(size, width - others) : size);
  const rowWidth = visible.reduce((n, c) => n + widthOf(c.id, c.getSize()), 0);

  const move = (to: number) => {
    const index = Math.max(0, Math.min(total - 1, to));
    props.onActiveIndexChange(index);
    scrollToIndex(index);
  };
  const pageRows = Math.max(1, Math.floor((body.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.metaKey || e.altKey || total === 0) return;
    const at = activeIndex ?? -1;
    const keys: Record<string, () => void> = {
      j: () => move(at + 1),
      ArrowDown: () => move(at + 1),
      k: () => move(at - 1),
      ArrowUp: () => move(at - 1),
      PageDown: () => move(at + pageRows),
      PageUp: () => move(at - pageRows),
      Home: () => move(0),
      End: () => move(total - 1),
      Enter: () => activeIndex !== null && props.onOpen(activeIndex),
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };

  const loaded = new Map(table.getRowModel().rows.map((r) => [r.original.index, r]));
  return (
    <div className="egrid" role="grid" aria-label={props.label} aria-rowcount={total + 1} aria-colcount={visible.length}>
      <div className="egrid-head" ref={header} role="rowgroup">
        {table.getHeaderGroups().map((group) => (
          <div key={group.id} role="row" aria-rowindex={1} className="egrid-row" style={{ width: rowWidth }}>
            {group.headers.map((h) => {
              const id = h.column.id;
              const sorted = h.column.getIsSorted();
              return (
                <div
                  key={h.id}
                  role="columnheader"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : isSortable(id) ? 'none' : undefined}
                  className={`egrid-th col-${id}${dragging === id ? ' is-dragging' : ''}`}
                  style={{ width: widthOf(id, h.getSize()) }}
                  draggable
                  onDragStart={(e) => {
                    setDragging(id);
                    e.dataTransfer.setData('text/x-column', id);
                  }}
                  onDragEnd={() => setDragging(null)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    const from = e.dataTransfer.getData('text/x-column') as TableColumn;
                    if (!from || from === id) return;
                    const next = order.filter((c) => c !== from);
                    next.splice(next.indexOf(id as TableColumn), 0, from);
                    onLayoutChange({ ...layout, order: next });
                  }}
                >
                  {isSortable(id) ? (
                    <button type="button" className="egrid-sort" onClick={() => props.onSortChange({ column: id, direction: sort.column === id && sort.direction === 'desc' ? 'asc' : sort.column === id ? 'desc' : id === 'date' || id === 'importance' ? 'desc' : 'asc' })}>
                      <FlexRender header={h} />
                      <span aria-hidden="true" className="egrid-sort-mark">{sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}</span>
                    </button>
                  ) : (
                    <span className="egrid-label">
                      <FlexRender header={h} />
                    </span>
                  )}
                  <div
                    className="egrid-resize"
                    role="separator"
                    aria-orientation="vertical"
                    aria-label={`Resize ${COLUMN_LABELS[id as TableColumn]} column`}
                    tabIndex={0}
                    onMouseDown={h.getResizeHandler()}
                    onTouchStart={h.getResizeHandler()}
                    onKeyDown={(e) => {
                      if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                      e.preventDefault();
                      const size = h.getSize() + (e.key === 'ArrowRight' ? 20 : -20);
                      onLayoutChange({ ...layout, widths: { ...layout.widths, [id]: Math.max(50, Math.min(2000, size)) } });
                    }}
                  />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      <div
        ref={body}
        className="egrid-body"
        role="rowgroup"
        tabIndex={0}
        data-scroll-body=""
        aria-activedescendant={activeIndex !== null && activeIndex >= first && activeIndex <= last ? `egrid-row-${activeIndex}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => activeIndex === null && total > 0 && props.onActiveIndexChange(first)}
        onScroll={(e) => {
          if (header.current) header.current.scrollLeft = e.currentTarget.scrollLeft;
        }}
      >
        <div className="egrid-spacer" style={{ height: spacerHeight, width: rowWidth }}>
          {items.map((item) => {
            const row = loaded.get(item.index);
            const common = {
              id: `egrid-row-${item.index}`,
              role: 'row',
              'aria-rowindex': item.index + 2,
              'aria-selected': item.index === activeIndex,
              'data-index': item.index,
              className: `egrid-row${item.index === activeIndex ? ' is-active' : ''}`,
              style: { transform: `translateY(${topOf(item.start)}px)`, height: ROW_HEIGHT, width: rowWidth },
            } as const;
            if (!row) {
              return (
                <div key={item.index} {...common} data-loading="true">
                  <div role="gridcell" className="egrid-td egrid-placeholder" style={{ width: rowWidth }} />
                </div>
              );
            }
            return (
              <div
                key={item.index}
                {...common}
                data-event-id={row.original.event.id}
                onClick={() => props.onActiveIndexChange(item.index)}
                onDoubleClick={() => props.onOpen(item.index)}
              >
                {row.getVisibleCells().map((cell) => (
                  <div
                    key={cell.id}
                    role="gridcell"
                    className={`egrid-td col-${cell.column.id}`}
                    style={{ width: widthOf(cell.column.id, cell.column.getSize()) }}
                    title={cell.column.id === 'summary' ? row.original.event.summary : undefined}
                  >
                    <FlexRender cell={cell} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
