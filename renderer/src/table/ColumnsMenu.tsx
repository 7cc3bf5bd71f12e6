/**
 * "Columns": show, hide and move the grid's columns; the keyboard way to do what dragging a
 * header does. Changes the same controlled layout the grid draws, so place it anywhere
 * (the events toolbar does).
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { TableLayout } from '../../../contract/query.ts';
import { COLUMN_LABELS, DEFAULT_LAYOUT, canHide, fullOrder, isHidden, moveColumn, setHidden } from './layout.ts';
import './grid.css';

export interface ColumnsMenuProps {
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
}

export function ColumnsMenu({ layout, onLayoutChange }: ColumnsMenuProps) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const order = fullOrder(layout.order);

  useEffect(() => {
    if (!open) return;
    box.current?.querySelector<HTMLElement>('input, button:not(:disabled)')?.focus();
    const outside = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="columns-menu" ref={box}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <div
          id={panelId}
          className="columns-popover"
          role="group"
          aria-label="Columns"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            // Handled here so the screen-wide Escape (close the detail panel) is not triggered too.
            e.stopPropagation();
            close();
          }}
        >
          <p className="columns-hint">Top to bottom is left to right.</p>
          <ul>
            {order.map((id, i) => (
              <li key={id}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={!isHidden(layout, id)}
                    disabled={!canHide(id)}
                    title={canHide(id) ? undefined : 'Summary is always shown'}
                    onChange={(e) => onLayoutChange(setHidden(layout, id, !e.target.checked))}
                  />
                  {COLUMN_LABELS[id]}
                </label>
                <span className="columns-move">
                  <button type="button" aria-label={`Move ${COLUMN_LABELS[id]} left`} title="Move left" disabled={i === 0} onClick={() => onLayoutChange(moveColumn(layout, id, -1))}>
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${COLUMN_LABELS[id]} right`}
                    title="Move right"
                    disabled={i === order.length - 1}
                    onClick={() => onLayoutChange(moveColumn(layout, id, 1))}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="link-button" onClick={() => onLayoutChange(DEFAULT_LAYOUT)}>
            Reset columns
          </button>
        </div>
      )}
    </div>
  );
}
