/**
 * One body row. Memoised on what it shows (event, position, active, selected, columns) and not on the
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
  /** In the analyst's selection (by event id); shown and announced apart from the active row. */
  selected: boolean;
  /** Set when rows can be selected: a leading checkbox cell; Ctrl/Cmd+click toggles, Shift+click takes a range. */
  onSelect: ((index: number, how: SelectHow) => void) | undefined;
  onActivate(index: number): void;
  onOpen(index: number): void;
  /** The row had focus and is leaving the DOM (scrolled out of the window). */
  onFocusLost(): void;
}

export type SelectHow = 'toggle' | 'range';

function BodyRowView({ index, offset, event, row, columnIds, active, selected, onSelect, onActivate, onOpen, onFocusLost }: Props) {
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
    'aria-selected': onSelect ? selected : undefined,
    'data-index': index,
    'data-active': active || undefined,
    tabIndex: active ? 0 : -1,
    className: `egrid-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`,
    style: { top: offset },
    onClick: (e: MouseEvent) => {
      if (onSelect && event && (e.ctrlKey || e.metaKey)) onSelect(index, 'toggle');
      else if (onSelect && event && e.shiftKey) onSelect(index, 'range');
      onActivate(index);
    },
    // A double-click opens the event and a Shift+click takes a range; neither should select
    // text. Focus still comes to the row, so that Space and j/k act from here.
    onMouseDown: (e: MouseEvent<HTMLDivElement>) => {
      if (e.detail > 1 || e.shiftKey) {
        e.preventDefault();
        e.currentTarget.focus({ preventScroll: true });
      }
    },
  } as const;

  // The whole cell is the checkbox's target; a click on it toggles, with Shift takes a range.
  const lead = onSelect && (
    <div
      role="gridcell"
      className="egrid-td egrid-select"
      onClick={(e) => {
        e.stopPropagation();
        if (!event) return;
        onSelect(index, e.shiftKey ? 'range' : 'toggle');
        onActivate(index);
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {event && <input type="checkbox" tabIndex={-1} aria-label="Select this event" checked={selected} readOnly />}
    </div>
  );

  if (!event || !row) {
    return (
      <div {...common} data-loading="true" aria-busy="true">
        {lead}
        {columnIds.map((id) => (
          <div key={id} role="gridcell" className={`egrid-td col-${id}`} />
        ))}
      </div>
    );
  }
  return (
    <div {...common} data-event-id={event.id} onDoubleClick={() => onOpen(index)}>
      {lead}
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
  a.selected === b.selected &&
  a.onSelect === b.onSelect &&
  a.columnIds === b.columnIds &&
  a.cellsVersion === b.cellsVersion &&
  a.onActivate === b.onActivate &&
  a.onOpen === b.onOpen &&
  a.onFocusLost === b.onFocusLost &&
  // A row that had no TanStack row yet must render once it has one.
  !a.row === !b.row;

export const BodyRow = memo(BodyRowView, same);
