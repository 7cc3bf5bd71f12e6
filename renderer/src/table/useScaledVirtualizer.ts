/**
 * TanStack Virtual over more rows than a browser can lay out.
 *
 * Chromium caps an element's height near 33.5 million px; a million 34 px rows need 34
 * million. So the scroll spacer is capped at MAX_SPACER_PX and the virtualizer works in
 * "virtual" pixels (row index × row height): the real scroll offset r maps linearly onto the
 * virtual offset v = r × scale, where scale = (virtual height − viewport) / (spacer − viewport).
 * Top maps to the first row and bottom to the last, so the scrollbar, End and scrollToIndex
 * all reach row 1,000,000. Rows keep their true height on screen: the rendered rows sit in
 * one "window" element, moved on every scroll event (without a React render) so that a row's
 * distance from the viewport's top is its virtual start − v. With scale 1 (results under
 * ~440,000 rows) this is ordinary virtual scrolling.
 *
 * The virtualizer is fed virtual offsets through observeElementOffset and never asked to
 * scroll: its scroll commands clamp to the element's real scroll height, so this hook does
 * its own scrollToIndex.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';

/** Spacer height cap: under Chromium's ~33.5M px limit and Firefox's ~17.9M px one. */
export const MAX_SPACER_PX = 15_000_000;

/** How far the rows may drift from the window's origin before it is moved (see `base`). */
const REBASE_ROWS = 1_000;

interface Options {
  count: number;
  rowHeight: number;
  /** The sticky header inside the scroll element: rows are seen below it. */
  headerHeight: number;
  overscan: number;
}

export type Align = 'auto' | 'start' | 'end';

interface Geometry {
  spacer: number;
  /** Largest virtual offset: the last row's bottom at the viewport's bottom. */
  maxVirtual: number;
  maxReal: number;
  scale: number;
}

function geometryOf(count: number, rowHeight: number, viewport: number): Geometry {
  const virtualHeight = count * rowHeight;
  const spacer = Math.min(virtualHeight, MAX_SPACER_PX);
  const maxVirtual = Math.max(0, virtualHeight - viewport);
  const maxReal = Math.max(0, spacer - viewport);
  return { spacer, maxVirtual, maxReal, scale: maxReal > 0 && maxVirtual > maxReal ? maxVirtual / maxReal : 1 };
}

export function useScaledVirtualizer({ count, rowHeight, headerHeight, overscan }: Options) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const windowRef = useRef<HTMLDivElement | null>(null);
  const [viewportWidth, setViewportWidth] = useState(0);
  // Read by scroll and resize listeners, which outlive any one render.
  const live = useRef({
    count,
    rowHeight,
    headerHeight,
    viewport: 0,
    base: 0,
    /** A virtual offset we scrolled to, kept while the element stays where we put it: the
     *  real offset is rounded to device pixels, and r × scale would miss the row by a pixel. */
    pinned: null as { real: number; virtual: number } | null,
    report: null as (() => void) | null,
  });

  const geometry = () => geometryOf(live.current.count, live.current.rowHeight, live.current.viewport);

  const toVirtual = (real: number): number => {
    const g = geometry();
    const { pinned } = live.current;
    if (pinned && Math.abs(real - pinned.real) < 1) return Math.min(pinned.virtual, g.maxVirtual);
    live.current.pinned = null;
    // At the end the element may stop a fraction of a pixel short of its nominal maximum.
    if (g.maxReal > 0 && real >= g.maxReal - 0.5) return g.maxVirtual;
    return Math.min(g.maxVirtual, Math.max(0, real * g.scale));
  };

  /** Moves the rendered rows to where their virtual positions put them on screen. */
  const placeWindow = () => {
    const el = scrollRef.current;
    const win = windowRef.current;
    if (!el || !win) return;
    const real = el.scrollTop;
    const top = real + live.current.base * live.current.rowHeight - toVirtual(real);
    win.style.transform = `translateY(${Math.round(top)}px)`;
  };

  const scrollToVirtual = (virtual: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const g = geometry();
    const target = Math.min(g.maxVirtual, Math.max(0, virtual));
    const real = target / g.scale;
    el.scrollTop = real;
    const landed = el.scrollTop;
    live.current.pinned = Math.abs(landed - real) < 1 ? { real: landed, virtual: target } : null;
    // No scroll event comes when the element was already there; report either way.
    live.current.report?.();
  };

  const observeElementRect = (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) => {
    const el = instance.scrollElement;
    if (!el) return;
    const measure = () => {
      live.current.viewport = Math.max(0, el.clientHeight - live.current.headerHeight);
      setViewportWidth(el.clientWidth);
      cb({ width: el.clientWidth, height: live.current.viewport });
      // The scale depends on the viewport: the same scrollTop now means another row.
      live.current.report?.();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  };

  const observeElementOffset = (instance: Virtualizer<HTMLDivElement, Element>, cb: (offset: number, isScrolling: boolean) => void) => {
    const el = instance.scrollElement;
    if (!el) return;
    // isScrolling stays false: the virtualizer would otherwise compare our virtual offset with
    // the element's real scroll range and take it for an overscroll.
    const report = () => {
      cb(toVirtual(el.scrollTop), false);
      placeWindow();
    };
    live.current.report = report;
    report();
    el.addEventListener('scroll', report, { passive: true });
    return () => {
      el.removeEventListener('scroll', report);
      if (live.current.report === report) live.current.report = null;
    };
  };

  // Before the virtualizer's own layout effect, which subscribes and reads these.
  useLayoutEffect(() => {
    Object.assign(live.current, { count, rowHeight, headerHeight });
  });

  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count,
    estimateSize: () => rowHeight,
    overscan,
    getScrollElement: () => scrollRef.current,
    observeElementRect,
    observeElementOffset,
    scrollToFn: (offset, { adjustments }) => scrollToVirtual(offset + (adjustments ?? 0)),
  });

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  // Rows sit in the window at (index − base) × rowHeight. The base moves only now and then, so
  // while scrolling the rows already drawn keep their place and only new ones are painted.
  const base = useRef(0);
  if (first < base.current || first - base.current > REBASE_ROWS) base.current = first;

  useLayoutEffect(() => {
    live.current.base = base.current;
    placeWindow();
  });

  // A new count changes the scale: the same scrollTop now stands for another row.
  useLayoutEffect(() => {
    live.current.report?.();
  }, [count, rowHeight, headerHeight]);

  // Only reads refs, so the first render's function serves every later one.
  const scrollToIndex = useCallback((index: number, align: Align = 'auto') => {
    const el = scrollRef.current;
    const { count: n, rowHeight: height, viewport } = live.current;
    if (!el || n === 0) return;
    const i = Math.min(n - 1, Math.max(0, Math.floor(index)));
    const top = i * height;
    const bottom = top + height;
    const current = toVirtual(el.scrollTop);
    if (align === 'start' || (align === 'auto' && top < current)) scrollToVirtual(top);
    else if (align === 'end' || (align === 'auto' && bottom > current + viewport)) scrollToVirtual(bottom - viewport);
  }, []);

  return {
    items,
    /** Offset of a row inside the window element. */
    offsetOf: (index: number) => (index - base.current) * rowHeight,
    spacerHeight: geometryOf(count, rowHeight, 0).spacer,
    scrollRef,
    windowRef,
    viewportWidth,
    /** The first row wholly below the header. */
    firstInView: () => {
      const el = scrollRef.current;
      const { count: n, rowHeight: height } = live.current;
      return el ? Math.min(n - 1, Math.ceil(toVirtual(el.scrollTop) / height)) : 0;
    },
    /** Whole rows that fit in the viewport: the step of PageUp/PageDown. */
    viewportRows: () => Math.max(1, Math.floor(live.current.viewport / live.current.rowHeight)),
    scrollToIndex,
  };
}
