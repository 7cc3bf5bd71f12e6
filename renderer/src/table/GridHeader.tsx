/**
 * The header row: sort buttons (the store sorts; a click only reports the new order), resize
 * handles (drag, or Shift+arrows on a focused header; double-click resets) and drag-to-reorder.
 *
 * The row is a single Tab stop: arrows move between column headers, so the analyst does not
 * tab through twenty controls to reach the rows. Arrow down goes on into the rows.
 */
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { FlexRender, type ReactTable } from '@tanstack/react-table';
import type { TableColumn, TableLayout } from '../../../contract/query.ts';
import type { features, GridRow } from './columns.tsx';
import { COLUMN_LABELS, placeColumn, resetWidth, setWidths } from './layout.ts';

type GridHeaderProps = {
  table: ReactTable<typeof features, GridRow>;
  /** Widths as drawn (Summary's fill and a drag in progress included). */
  widths: Readonly<Record<TableColumn, number>>;
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
  /** Arrow down from the header: focus goes to the rows. */
  onLeaveDown(): void;
  /** The rows start with a selection checkbox: an empty header cell above it. */
  leading?: boolean;
};

/** Only our own header drags: a file dropped on the window starts an import elsewhere. */
const DRAG_TYPE = 'application/x-briefing-column';
const KEY_STEP = 10;
const KEYS_HINT = 'Left and right arrows move between columns, Shift with an arrow resizes, down arrow goes to the rows.';

type Drop = { id: TableColumn; side: 'before' | 'after' };

export function GridHeader({ table, widths, layout, onLayoutChange, onLeaveDown, leading = false }: GridHeaderProps) {
  const [dragging, setDragging] = useState<TableColumn | null>(null);
  const [drop, setDrop] = useState<Drop | null>(null);
  const [current, setCurrent] = useState<TableColumn | null>(null);
  const row = useRef<HTMLDivElement>(null);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const ids = headers.map((h) => h.column.id as TableColumn);
  const tabStop = current && ids.includes(current) ? current : ids[0];

  const focusColumn = (id: TableColumn | undefined) => {
    if (!id) return;
    row.current?.querySelector<HTMLElement>(`[data-focus-column="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = (e.target as HTMLElement).getAttribute('data-focus-column') as TableColumn | null;
    if (!id || e.ctrlKey || e.metaKey || e.altKey) return;
    const at = ids.indexOf(id);
    if (e.shiftKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      onLayoutChange(setWidths(layout, { [id]: widths[id] + (e.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP) }));
    } else if (e.shiftKey) {
      return;
    } else if (e.key === 'ArrowLeft') focusColumn(ids[at - 1]);
    else if (e.key === 'ArrowRight') focusColumn(ids[at + 1]);
    else if (e.key === 'Home') focusColumn(ids[0]);
    else if (e.key === 'End') focusColumn(ids.at(-1));
    else if (e.key === 'ArrowDown') onLeaveDown();
    else return;
    e.preventDefault();
  };

  const endDrag = () => {
    setDragging(null);
    setDrop(null);
  };

  const dropTarget = (id: TableColumn) => ({
    onDragOver: (e: DragEvent<HTMLDivElement>) => {
      if (!dragging || !e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'move';
      const box = e.currentTarget.getBoundingClientRect();
      const side = e.clientX < box.left + box.width / 2 ? 'before' : 'after';
      if (drop?.id !== id || drop.side !== side) setDrop({ id, side });
    },
    onDrop: (e: DragEvent<HTMLDivElement>) => {
      if (!dragging || !drop) return;
      e.preventDefault();
      onLayoutChange(placeColumn(layout, dragging, drop.id, drop.side));
      endDrag();
    },
  });

  return (
    <div role="rowgroup" className="egrid-head">
      <div ref={row} role="row" aria-rowindex={1} className="egrid-row" onKeyDown={onKeyDown}>
        {leading && (
          <div role="columnheader" className="egrid-th egrid-select">
            <span className="visually-hidden">Selected</span>
          </div>
        )}
        {headers.map((header) => {
          const id = header.column.id as TableColumn;
          const sorted = header.column.getIsSorted();
          const sortable = header.column.getCanSort();
          // The header's keyboard focus: its sort button, or the header itself when it does not sort.
          const focusProps = {
            'data-focus-column': id,
            tabIndex: id === tabStop ? 0 : -1,
            'aria-description': KEYS_HINT,
            onFocus: () => setCurrent(id),
          };
          const resize = header.getResizeHandler();
          return (
            <div
              key={header.id}
              role="columnheader"
              // Named by its label alone, not by the resize handle inside it.
              aria-label={COLUMN_LABELS[id]}
              // Only the sorted column says so, as in the ARIA sortable-table pattern.
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
              className={`egrid-th col-${id}${dragging === id ? ' is-dragging' : ''}${header.column.getIsResizing() ? ' is-resizing' : ''}`}
              data-drop={drop?.id === id && dragging !== id ? drop.side : undefined}
              {...(sortable ? {} : focusProps)}
              {...dropTarget(id)}
            >
              <span
                className="egrid-grip"
                draggable
                title="Drag to move the column"
                onDragStart={(e) => {
                  e.dataTransfer.setData(DRAG_TYPE, id);
                  e.dataTransfer.effectAllowed = 'move';
                  setDragging(id);
                }}
                onDragEnd={endDrag}
              >
                {sortable ? (
                  <button type="button" className="egrid-sort" title={`Sort by ${COLUMN_LABELS[id]}`} onClick={header.column.getToggleSortingHandler()} {...focusProps}>
                    <span className="egrid-label">
                      <FlexRender header={header} />
                    </span>
                    <span className={`egrid-sort-mark${sorted ? '' : ' is-idle'}`} aria-hidden="true">
                      {sorted === 'asc' ? '▲' : '▼'}
                    </span>
                  </button>
                ) : (
                  <span className="egrid-label">
                    <FlexRender header={header} />
                  </span>
                )}
              </span>
              <div
                role="separator"
                aria-orientation="vertical"
                aria-label={`Resize ${COLUMN_LABELS[id]} column`}
                title="Drag to resize (or Shift+arrow on the header); double-click for the default width"
                className="egrid-resize"
                onMouseDown={resize}
                onTouchStart={resize}
                onDoubleClick={() => onLayoutChange(resetWidth(layout, id))}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}
