/**
 * The events grid: TanStack Table in manual mode over a virtualised body that reaches the
 * last of a million rows. The store sorts, filters and pages; the grid only holds the rows
 * around the viewport and says which ones it needs. Sort and layout are controlled by the
 * parent, which keeps them in the store.
 */
import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import type { EventRow } from '../../../contract/events.ts';
import type { EventSort, TableLayout } from '../../../contract/query.ts';
import { BodyRow, type SelectHow } from './BodyRow.tsx';
import { makeColumns } from './columns.tsx';
import { GridHeader } from './GridHeader.tsx';
import { makeHighlighter } from './highlight.tsx';
import { useStableList, useStableMap } from './stable.ts';
import { useGridTable } from './useGridTable.ts';
import { useRowNavigation } from './useRowNavigation.ts';
import { useScaledVirtualizer } from './useScaledVirtualizer.ts';
import { useWindowRows } from './useWindowRows.ts';
import './grid.css';

// The grid's companions, so a parent can take everything from here.
export { ColumnsMenu, type ColumnsMenuProps } from './ColumnsMenu.tsx';
export { DEFAULT_LAYOUT } from './layout.ts';

export interface EventsGridProps {
  /** Rows in the whole result. */
  total: number;
  /** Undefined while a row is not loaded yet: a placeholder of the same height is shown. */
  rowAt(index: number): EventRow | undefined;
  /** The rows the grid needs now (inclusive, overscan included); called when they change. */
  onRangeChange(first: number, last: number): void;
  sort: EventSort;
  onSortChange(sort: EventSort): void;
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
  activeIndex: number | null;
  onActiveIndexChange(index: number): void;
  /** Enter or double-click on a row. */
  onOpen(index: number): void;
  /** Event ids in the analyst's selection. With `onSelect`, rows get a checkbox and aria-selected. */
  selected?: ReadonlySet<number>;
  /** Checkbox, Ctrl/Cmd+click or Space: toggle; Shift+click or Shift+Space: the range from the last one. Loaded rows only. */
  onSelect?(index: number, how: SelectHow): void;
  /** Lower-case search words, marked where a word starts in Summary and Location. */
  highlight: readonly string[];
  /** Country code → name, for the participant chips. */
  countryNames: ReadonlyMap<string, string>;
  /** Accessible name of the grid. */
  label: string;
  ref?: Ref<EventsGridHandle>;
}

export interface EventsGridHandle {
  /** Focuses the active row, or the grid body while that row is not rendered. */
  focus(): void;
  scrollToIndex(index: number): void;
}

/**
 * One line of 13 px text plus the row's border; grid.css draws rows from this. Comfortable rows
 * hold three 20 px lines of summary: every row has the same height still, so the virtualiser's
 * arithmetic (and its speed at a million rows) is the same as for compact rows.
 */
export const ROW_HEIGHTS = { compact: 34, comfortable: 72 } as const;
const HEADER_HEIGHT = 34;
const OVERSCAN = 8;
/** The selection checkbox's cell, before the columns. */
const SELECT_WIDTH = 34;
const NOTHING_SELECTED: ReadonlySet<number> = new Set();

export function EventsGrid(props: EventsGridProps) {
  const { total, rowAt, onRangeChange, sort, onSortChange, layout, onLayoutChange, onActiveIndexChange, onOpen, label, ref } = props;
  const selectable = props.onSelect !== undefined;
  const selected = props.selected ?? NOTHING_SELECTED;
  const activeIndex = props.activeIndex !== null && props.activeIndex >= 0 && props.activeIndex < total ? props.activeIndex : null;

  const terms = useStableList(props.highlight);
  const countryNames = useStableMap(props.countryNames);
  const columns = useMemo(() => makeColumns({ highlight: makeHighlighter(terms), countryNames }), [terms, countryNames]);

  const density = layout.density ?? 'compact';
  const rowHeight = ROW_HEIGHTS[density];
  const scaled = useScaledVirtualizer({ count: total, rowHeight, headerHeight: HEADER_HEIGHT, overscan: OVERSCAN });
  const { items, scrollRef, windowRef, scrollToIndex } = scaled;
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const data = useWindowRows(first, last, rowAt);

  const { table, visibleIds, widths, cssVariables, isResizing } = useGridTable({
    columns,
    data,
    sort,
    onSortChange,
    layout,
    onLayoutChange,
    viewportWidth: scaled.viewportWidth,
    rowHeight,
    headerHeight: HEADER_HEIGHT,
    leadingWidth: selectable ? SELECT_WIDTH : 0,
  });

  // Also after a new sort: the parent drops its rows then, and the window may not have moved.
  useEffect(() => {
    if (total > 0 && last >= first) onRangeChange(first, last);
  }, [first, last, total, sort.column, sort.direction, onRangeChange]);

  // Stable callbacks for the memoised rows, reading the latest props.
  const onSelect = props.onSelect;
  const latest = useRef({ onActiveIndexChange, onOpen, onSelect, rowAt });
  useLayoutEffect(() => {
    latest.current = { onActiveIndexChange, onOpen, onSelect, rowAt };
  });
  const activate = useCallback((index: number) => latest.current.onActiveIndexChange(index), []);
  const open = useCallback((index: number) => {
    if (latest.current.rowAt(index)) latest.current.onOpen(index);
  }, []);
  const select = useCallback((index: number, how: SelectHow) => {
    if (latest.current.rowAt(index)) latest.current.onSelect?.(index, how);
  }, []);

  const nav = useRowNavigation({ total, activeIndex, onActiveIndexChange, open, select: selectable ? select : undefined, scrollRef, windowRef, scrollToIndex, firstInView: scaled.firstInView, viewportRows: scaled.viewportRows });

  useImperativeHandle(ref, () => ({ focus: nav.focusActive, scrollToIndex: (index: number) => scrollToIndex(index) }), [nav.focusActive, scrollToIndex]);

  const activeRendered = activeIndex !== null && activeIndex >= first && activeIndex <= last;
  const rowByIndex = new Map(table.getRowModel().rows.map((r) => [r.original.index, r]));

  return (
    <div className={isResizing ? 'egrid is-resizing' : 'egrid'} data-density={density} style={cssVariables}>
      {/* The grid role sits on the focusable scroll body: a grid may hold only rows and row
          groups, and a focusable element without a role between them breaks that for screen readers. */}
      <div
        ref={scrollRef}
        className="egrid-scroll"
        data-scroll-body=""
        role="grid"
        aria-label={label}
        aria-rowcount={total + 1}
        aria-colcount={visibleIds.length + (selectable ? 1 : 0)}
        aria-multiselectable={selectable || undefined}
        // A Tab stop only while no active row is there to take focus instead.
        tabIndex={activeRendered ? -1 : 0}
        onKeyDown={nav.onKeyDown}
        onFocus={nav.onFocus}
      >
        <GridHeader table={table} widths={widths} layout={layout} onLayoutChange={onLayoutChange} onLeaveDown={nav.focusActive} leading={selectable} />
        <div role="rowgroup" className="egrid-spacer" style={{ height: scaled.spacerHeight }}>
          <div ref={windowRef} className="egrid-window">
            {items.map(({ index }) => {
              const row = rowByIndex.get(index);
              const event = row?.original.event;
              return (
                <BodyRow
                  key={index}
                  index={index}
                  offset={scaled.offsetOf(index)}
                  event={event}
                  row={row}
                  columnIds={visibleIds}
                  cellsVersion={columns}
                  active={index === activeIndex}
                  selected={event !== undefined && selected.has(event.id)}
                  onSelect={selectable ? select : undefined}
                  onActivate={activate}
                  onOpen={open}
                  onFocusLost={nav.focusBody}
                />
              );
            })}
          </div>
        </div>
      </div>
    </div>
  );
}
