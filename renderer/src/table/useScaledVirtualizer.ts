/**
 * TanStack Virtual over more rows than a browser can lay out. Browsers cap an element's
 * height near 33.5 million px (a million 34 px rows is 34 million), so the scroll spacer is
 * capped and the virtualizer works in "virtual" pixels: the real scroll offset is scaled up
 * before the virtualizer sees it and scaled down when it scrolls. Rows keep their true
 * height on screen; only the scrollbar's resolution changes.
 */
import { useRef } from 'react';
import { elementScroll, observeElementOffset, useVirtualizer } from '@tanstack/react-virtual';

/** Spacer height cap: well under every browser's limit. */
export const MAX_SCROLL_PX = 8_000_000;

export function useScaledVirtualizer(options: { count: number; rowHeight: number; overscan: number; getScrollElement(): HTMLElement | null }) {
  const scale = useRef(1);
  const { count, rowHeight } = options;
  const virtualHeight = count * rowHeight;
  const spacerHeight = Math.min(virtualHeight, MAX_SCROLL_PX);
  const viewport = options.getScrollElement()?.clientHeight ?? 0;
  // Maps the real scroll range [0, spacer − viewport] onto the virtual one [0, virtual − viewport].
  scale.current = virtualHeight > spacerHeight && spacerHeight > viewport ? (virtualHeight - viewport) / (spacerHeight - viewport) : 1;

  const virtualizer = useVirtualizer({
    count,
    estimateSize: () => rowHeight,
    overscan: options.overscan,
    getScrollElement: options.getScrollElement,
    observeElementOffset: (instance, cb) => observeElementOffset(instance, (offset, scrolling) => cb(offset * scale.current, scrolling)),
    scrollToFn: (offset, scrollOptions, instance) => elementScroll(offset / scale.current, scrollOptions, instance),
  });

  /** Where a virtual row sits in the real (capped) scroll content. */
  const topOf = (virtualStart: number): number => {
    const virtualOffset = virtualizer.scrollOffset ?? 0;
    return virtualOffset / scale.current + (virtualStart - virtualOffset);
  };

  /**
   * Brings a row into view. Not the virtualizer's own scrollToIndex: it clamps its target to
   * the element's real scroll height, which is smaller than the virtual one once scaled.
   */
  const scrollToIndex = (index: number) => {
    const el = options.getScrollElement();
    if (!el) return;
    const start = index * rowHeight;
    const offset = el.scrollTop * scale.current;
    let target = offset;
    if (start < offset) target = start;
    else if (start + rowHeight > offset + el.clientHeight) target = start + rowHeight - el.clientHeight;
    if (target !== offset) el.scrollTop = Math.min(spacerHeight - el.clientHeight, Math.max(0, target / scale.current));
  };

  return { virtualizer, spacerHeight, topOf, scrollToIndex };
}
