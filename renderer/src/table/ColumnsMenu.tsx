/** Show, hide and move columns; the same layout the grid's drag and resize change. */
import { useEffect, useRef, useState } from 'react';
import type { TableColumn, TableLayout } from '../../../contract/query.ts';
import { COLUMN_LABELS, DEFAULT_LAYOUT } from './columns.tsx';
import { fullOrder } from './EventsGrid.tsx';

interface Props {
  layout: TableLayout;
  onLayoutChange(layout: TableLayout): void;
}

export function ColumnsMenu({ layout, onLayoutChange }: Props) {
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const order = fullOrder(layout.order);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => !box.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const toggle = (c: TableColumn) =>
    onLayoutChange({ ...layout, hidden: layout.hidden.includes(c) ? layout.hidden.filter((h) => h !== c) : [...layout.hidden, c] });
  const move = (c: TableColumn, by: -1 | 1) => {
    const next = [...order];
    const at = next.indexOf(c);
    const to = at + by;
    if (to < 0 || to >= next.length) return;
    [next[at], next[to]] = [next[to]!, next[at]!];
    onLayoutChange({ ...layout, order: next });
  };

  return (
    <div className="columns-menu" ref={box}>
      <button type="button" aria-expanded={open} aria-haspopup="true" onClick={() => setOpen((o) => !o)}>
        Columns
      </button>
      {open && (
        <div className="columns-popover" role="group" aria-label="Columns" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          <ul>
            {order.map((c, i) => (
              <li key={c}>
                <label className="check">
                  <input type="checkbox" checked={!layout.hidden.includes(c) || c === 'summary'} disabled={c === 'summary'} onChange={() => toggle(c)} />
                  {COLUMN_LABELS[c]}
                </label>
                <span className="columns-move">
                  <button type="button" aria-label={`Move ${COLUMN_LABELS[c]} left`} disabled={i === 0} onClick={() => move(c, -1)}>
                    ↑
                  </button>
                  <button type="button" aria-label={`Move ${COLUMN_LABELS[c]} right`} disabled={i === order.length - 1} onClick={() => move(c, 1)}>
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
