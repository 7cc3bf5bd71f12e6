/**
 * The table's `data`: the loaded rows among those rendered, each with its index in the whole
 * result. `rowAt` reads a cache that fills in without changing identity, so it is asked on
 * every render (a few dozen look-ups); the array stays the same object until a row in the
 * window actually changes, which keeps TanStack's row model memoised.
 */
import { useRef } from 'react';
import type { EventRow } from '../../../contract/events.ts';
import type { GridRow } from './columns.tsx';

export function useWindowRows(first: number, last: number, rowAt: (index: number) => EventRow | undefined): GridRow[] {
  const kept = useRef<{ first: number; events: (EventRow | undefined)[]; rows: GridRow[] }>({ first: 0, events: [], rows: [] });
  const events: (EventRow | undefined)[] = [];
  for (let i = first; i <= last; i++) events.push(rowAt(i));
  const prev = kept.current;
  if (prev.first !== first || prev.events.length !== events.length || events.some((e, k) => e !== prev.events[k])) {
    const rows: GridRow[] = [];
    events.forEach((event, k) => event && rows.push({ index: first + k, event }));
    kept.current = { first, events, rows };
  }
  return kept.current.rows;
}
