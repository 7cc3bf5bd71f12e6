/**
 * The rows the table can see, fetched from the store in blocks as the analyst scrolls.
 * Only a bounded number of blocks is kept, so the renderer never holds more than a few
 * thousand rows whatever the size of the result. A change of filter or sort starts a new
 * generation: answers to older requests are dropped when they arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventRow } from '../../../contract/events.ts';
import type { EventFilter, EventSort } from '../../../contract/query.ts';
import { call, BriefingError } from '../api.ts';

export const BLOCK_ROWS = 100;
/** At most this many blocks (rows = BLOCKS_KEPT × BLOCK_ROWS) stay in memory. */
const BLOCKS_KEPT = 24;

export interface EventWindow {
  /** Null until the store has counted the result. */
  total: number | null;
  rowAt(index: number): EventRow | undefined;
  /** Tell the window which rows are on screen; it fetches what is missing. */
  need(first: number, last: number): void;
  terms: string[];
  searchIgnored: boolean;
  error: string | null;
  /** Milliseconds from the last filter change to the first rows on screen. */
  firstRowsMs: number | null;
  rowsHeld: number;
  reload(): void;
}

export function useEventWindow(filter: EventFilter, sort: EventSort, generation: number): EventWindow {
  const [total, setTotal] = useState<number | null>(null);
  const [terms, setTerms] = useState<string[]>([]);
  const [searchIgnored, setSearchIgnored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [firstRowsMs, setFirstRowsMs] = useState<number | null>(null);
  const [, setVersion] = useState(0);
  const [reloads, setReloads] = useState(0);
  const blocks = useRef(new Map<number, EventRow[]>());
  /** After a change to the data (same filter and sort), the rows shown until fresh ones arrive. */
  const stale = useRef(new Map<number, EventRow[]>());
  const pending = useRef(new Set<number>());
  const query = useRef({ filter, sort, token: 0, startedAt: 0 });
  const wanted = useRef<[number, number]>([0, 0]);

  const fetchBlock = useCallback((block: number) => {
    const { filter: f, sort: s, token, startedAt } = query.current;
    if (blocks.current.has(block) || pending.current.has(block)) return;
    pending.current.add(block);
    call((api) => api.queryEvents({ filter: f, sort: s, offset: block * BLOCK_ROWS, limit: BLOCK_ROWS }))
      .then((page) => {
        if (token !== query.current.token) return;
        pending.current.delete(block);
        remember(blocks.current, block, page.rows, wanted.current);
        stale.current.delete(block);
        setTerms(page.terms);
        setSearchIgnored(page.searchIgnored);
        setFirstRowsMs((ms) => ms ?? Math.round(performance.now() - startedAt));
        setError(null);
        setVersion((v) => v + 1);
      })
      .catch((e: unknown) => {
        if (token !== query.current.token) return;
        pending.current.delete(block);
        setError(e instanceof BriefingError ? e.message : String(e));
      });
  }, []);

  const need = useCallback(
    (first: number, last: number) => {
      wanted.current = [first, last];
      for (let b = Math.floor(first / BLOCK_ROWS); b <= Math.floor(last / BLOCK_ROWS); b++) fetchBlock(b);
    },
    [fetchBlock],
  );

  useEffect(() => {
    const token = query.current.token + 1;
    // The same question asked again (rows were tagged, marked, imported): the count and the
    // rows on screen stay until the new answers replace them, so the table neither empties
    // nor jumps back to the top.
    const refresh = query.current.token > 0 && query.current.filter === filter && query.current.sort === sort;
    query.current = { filter, sort, token, startedAt: performance.now() };
    const onScreen = (b: number) => b >= Math.floor(wanted.current[0] / BLOCK_ROWS) && b <= Math.floor(wanted.current[1] / BLOCK_ROWS);
    stale.current = refresh ? new Map([...blocks.current].filter(([b]) => onScreen(b))) : new Map();
    blocks.current = new Map();
    pending.current = new Set();
    setFirstRowsMs(null);
    if (refresh) {
      need(...wanted.current);
    } else {
      setTotal(null);
      const [first, last] = wanted.current;
      const rows = Math.max(last - first, BLOCK_ROWS);
      wanted.current = [0, rows];
      need(0, rows);
    }
    call((api) => api.countEvents({ filter }))
      .then(({ total: counted }) => {
        if (token === query.current.token) setTotal(counted);
      })
      .catch((e: unknown) => {
        if (token === query.current.token) setError(e instanceof BriefingError ? e.message : String(e));
      });
  }, [filter, sort, generation, reloads, need]);

  return {
    total,
    rowAt: (index) => {
      const block = Math.floor(index / BLOCK_ROWS);
      return (blocks.current.get(block) ?? stale.current.get(block))?.[index % BLOCK_ROWS];
    },
    need,
    terms,
    searchIgnored,
    error,
    firstRowsMs,
    rowsHeld: [...blocks.current.values()].reduce((n, rows) => n + rows.length, 0),
    reload: () => setReloads((r) => r + 1),
  };
}

/** Keeps a block, dropping the blocks farthest from what is on screen beyond the limit. */
function remember(blocks: Map<number, EventRow[]>, block: number, rows: EventRow[], [first, last]: [number, number]): void {
  blocks.set(block, rows);
  if (blocks.size <= BLOCKS_KEPT) return;
  const centre = (first + last) / 2 / BLOCK_ROWS;
  const byDistance = [...blocks.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
  for (const far of byDistance.slice(0, blocks.size - BLOCKS_KEPT)) blocks.delete(far);
}
