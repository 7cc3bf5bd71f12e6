/**
 * One body row. Memoised on what it shows (event, position, active, columns) and not on the
 * TanStack row object, which is rebuilt whenever the window slides: while scrolling only the
 * rows entering the window render. Widths come from CSS variables on the grid, so resizing a
 * column re-renders no row at all.
 */
import { memo, useLayoutEffect, useRef, type MouseEvent } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { EventRow } from '../../../contract/events.ts';
import type { TableColumn } from '../../../contract/query.ts';
import { CELL_TITLE, type features, type GridRow } from './columns.tsx';

interface Props {
  index: number;
  /** Where the row sits in the window element (px). */
  offset: number;
  /** Undefined while the row is still being fetched. */
  event: EventRow | undefined;
  /** The TanStack row for `event`; ignored when comparing props (see above). */
  row: Row<typeof features, GridRow> | undefined;
  /** Visible columns in order; a new array only when they change. */
  columnIds: readonly TableColumn[];
  /** Changes when cell renderers change (new search terms, country names). */
  cellsVersion: unknown;
  active: boolean;
  onActivate(index: number): void;
  onOpen(index: number): void;
  /** The row had focus and is leaving the DOM (scrolled out of the window). */
  onFocusLost(): void;
}

function BodyRowView({ index, offset, event, row, columnIds, active, onActivate, onOpen, onFocusLost }: Props) {
  const element = useRef<HTMLDivElement>(null);

  // Runs before React removes the element: focus would otherwise fall to <body> and the
  // next j/k would go nowhere.
  useLayoutEffect(
    () => () => {
      if (element.current && element.current === document.activeElement) onFocusLost();
    },
    [onFocusLost],
  );

  const common = {
    ref: element,
    role: 'row',
    'aria-rowindex': index + 2,
    'aria-selected': active,
    'data-index': index,
    tabIndex: active ? 0 : -1,
    className: active ? 'egrid-row is-active' : 'egrid-row',
    style: { top: offset },
    onClick: () => onActivate(index),
    // A double-click opens the event; without this it would also select a word.
    onMouseDown: (e: MouseEvent) => e.detail > 1 && e.preventDefault(),
  } as const;

  if (!event || !row) {
    return (
      <div {...common} data-loading="true" aria-busy="true">
        {columnIds.map((id) => (
          <div key={id} role="gridcell" className={`egrid-td col-${id}`} />
        ))}
      </div>
    );
  }
  return (
    <div {...common} data-event-id={event.id} onDoubleClick={() => onOpen(index)}>
      {row.getVisibleCells().map((cell) => {
        const id = cell.column.id as TableColumn;
        return (
          <div key={id} role="gridcell" className={`egrid-td col-${id}`} title={CELL_TITLE[id]?.(event)}>
            <FlexRender cell={cell} />
          </div>
        );
      })}
    </div>
  );
}

const same = (a: Props, b: Props) =>
  a.index === b.index &&
  a.offset === b.offset &&
  a.event === b.event &&
  a.active === b.active &&
  a.columnIds === b.columnIds &&
  a.cellsVersion === b.cellsVersion &&
  a.onActivate === b.onActivate &&
  a.onOpen === b.onOpen &&
  a.onFocusLost === b.onFocusLost &&
  // A row that had no TanStack row yet must render once it has one.
  !a.row === !b.row;

export const BodyRow = memo(BodyRowView, same);
