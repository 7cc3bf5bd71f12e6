/**
 * The analyst's selection in the events table: a set of event ids, so it survives scrolling
 * (rows leave the window) and a new sort. A new filter starts an empty selection: what was
 * chosen belonged to another result.
 *
 * Shift+click takes every row between the last row chosen and this one, by position in the
 * result. Rows of that range the table has not loaded (a range dragged across thousands of
 * rows) are read from the store, with the same filter and sort, so the range is exact; it
 * is added to the selection once all of it is known.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { EventRow } from '../../../contract/events.ts';
import type { EventFilter, EventSort } from '../../../contract/query.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';

/** Most events one selection holds: as many as one bulk change accepts. */
export const MAX_SELECTION = 100_000;
/** Rows asked of the store per request while reading a range (the contract's page limit). */
const RANGE_PAGE = 1000;
const EMPTY: ReadonlySet<number> = new Set();

export interface Selection {
  ids: ReadonlySet<number>;
  /** True while a Shift range is being read from the store. */
  busy: boolean;
  problem: string | null;
  select(index: number, how: 'toggle' | 'range'): void;
  clear(): void;
}

export function useSelection(filter: EventFilter, sort: EventSort, rowAt: (index: number) => EventRow | undefined): Selection {
  const [state, setState] = useState<{ filter: EventFilter; ids: ReadonlySet<number> }>({ filter, ids: EMPTY });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** The last row chosen (the start of the next range), in the result it was chosen in. */
  const anchor = useRef<{ index: number; filter: EventFilter; sort: EventSort } | null>(null);
  /** Bumped by anything that makes a range being read obsolete. */
  const token = useRef(0);
  const latest = useRef({ filter, sort, rowAt });
  useLayoutEffect(() => {
    latest.current = { filter, sort, rowAt };
  });

  const ids = state.filter === filter ? state.ids : EMPTY;

  const update = useCallback((change: (ids: Set<number>) => void) => {
    setState((s) => {
      const current = latest.current.filter;
      const next = new Set(s.filter === current ? s.ids : EMPTY);
      change(next);
      return { filter: current, ids: next };
    });
  }, []);

  const select = useCallback(
    (index: number, how: 'toggle' | 'range') => {
      const { filter: f, sort: s, rowAt: at } = latest.current;
      const from = anchor.current && anchor.current.filter === f && anchor.current.sort === s ? anchor.current.index : null;
      anchor.current = { index, filter: f, sort: s };
      setProblem(null);
      if (how === 'toggle' || from === null) {
        const id = at(index)?.id;
        if (id === undefined) return;
        if (how === 'toggle') update((next) => (next.has(id) ? next.delete(id) : next.add(id)));
        else update((next) => next.add(id));
        return;
      }
      const lo = Math.min(from, index);
      const hi = Math.max(from, index);
      if (hi - lo + 1 > MAX_SELECTION) {
        setProblem(`A selection holds at most ${formatCount(MAX_SELECTION)} events; that range has ${formatCount(hi - lo + 1)}. To change every event of the result, use “Tag all matching events…”.`);
        return;
      }
      const found: number[] = [];
      const missing: Array<[number, number]> = [];
      for (let i = lo; i <= hi; i++) {
        const id = at(i)?.id;
        if (id !== undefined) found.push(id);
        else if (missing.length && missing.at(-1)![1] === i - 1 && i - missing.at(-1)![0] < RANGE_PAGE) missing.at(-1)![1] = i;
        else missing.push([i, i]);
      }
      const add = (more: number[]) =>
        update((next) => {
          for (const id of more) next.add(id);
        });
      if (missing.length === 0) return add(found);
      const mine = ++token.current;
      setBusy(true);
      Promise.all(missing.map(([a, b]) => call((api) => api.queryEvents({ filter: f, sort: s, offset: a, limit: b - a + 1 }))))
        .then((pages) => {
          if (mine !== token.current || latest.current.filter !== f || latest.current.sort !== s) return;
          add([...found, ...pages.flatMap((p) => p.rows.map((r) => r.id))]);
        })
        .catch((e: unknown) => {
          if (mine === token.current) setProblem(e instanceof BriefingError ? e.message : String(e));
        })
        .finally(() => {
          if (mine === token.current) setBusy(false);
        });
    },
    [update],
  );

  const clear = useCallback(() => {
    token.current++;
    anchor.current = null;
    setBusy(false);
    setProblem(null);
    setState({ filter: latest.current.filter, ids: EMPTY });
  }, []);

  return { ids, busy, problem, select, clear };
}
