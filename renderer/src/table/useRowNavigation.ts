/**
 * Keyboard and focus for the grid body. Focus sits on the active row itself (a roving
 * tabindex), so a screen reader reads the row as it becomes active; the scroll body holds
 * focus only while the active row is not rendered, e.g. just after a jump to the end, and
 * hands it on once the row appears.
 */
import { useCallback, useLayoutEffect, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { Align } from './useScaledVirtualizer.ts';

interface Options {
  total: number;
  activeIndex: number | null;
  onActiveIndexChange(index: number): void;
  open(index: number): void;
  /** Space toggles the active row in the selection; Shift+Space takes the range up to it. */
  select?: (index: number, how: 'toggle' | 'range') => void;
  scrollRef: RefObject<HTMLDivElement | null>;
  windowRef: RefObject<HTMLDivElement | null>;
  scrollToIndex(index: number, align?: Align): void;
  firstInView(): number;
  viewportRows(): number;
}

export function useRowNavigation({ total, activeIndex, onActiveIndexChange, open, select, scrollRef, windowRef, scrollToIndex, firstInView, viewportRows }: Options) {
  const rowElement = (index: number | null) =>
    index === null ? null : (windowRef.current?.querySelector<HTMLElement>(`:scope > [data-index="${index}"]`) ?? null);

  const focusBody = useCallback(() => scrollRef.current?.focus({ preventScroll: true }), [scrollRef]);

  /** Focus on the active row (the first in view if none), or on the body until it is rendered. */
  const focusActive = () => {
    const row = rowElement(activeIndex);
    if (row) return row.focus({ preventScroll: true });
    if (activeIndex === null && total > 0) onActiveIndexChange(firstInView());
    else if (activeIndex !== null) scrollToIndex(activeIndex);
    focusBody();
  };

  // Focus follows the active row once it is rendered; only when focus is already in the rows,
  // so a parent that sets the active row never steals focus from, say, the search box.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    const inRows = focused === scrollRef.current || (focused instanceof HTMLElement && focused.parentElement === windowRef.current);
    if (!inRows) return;
    const row = rowElement(activeIndex);
    if (row && row !== focused) row.focus({ preventScroll: true });
  });

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    onActiveIndexChange(target);
    scrollToIndex(target);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || total === 0) return;
    // Only keys pressed on the body or a row: the header's controls keep theirs.
    const target = e.target as HTMLElement;
    if (target !== e.currentTarget && target.parentElement !== windowRef.current) return;
    const from = activeIndex ?? firstInView();
    const step = activeIndex === null ? 0 : 1;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        moveTo(from + step);
        break;
      case 'k':
      case 'ArrowUp':
        moveTo(from - step);
        break;
      case 'PageDown':
        moveTo(from + viewportRows());
        break;
      case 'PageUp':
        moveTo(from - viewportRows());
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(total - 1);
        break;
      case 'Enter':
        if (activeIndex !== null) open(activeIndex);
        break;
      case ' ':
        if (!select) return;
        if (activeIndex !== null) select(activeIndex, e.shiftKey ? 'range' : 'toggle');
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  // Focus arriving from outside (Tab, the parent's focus()) goes on to the active row, or
  // makes the first row in view active: there is always a row for the keys to act on.
  const onFocus = (e: FocusEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.currentTarget.contains(e.relatedTarget as Node | null) || total === 0) return;
    if (activeIndex === null) onActiveIndexChange(firstInView());
    else rowElement(activeIndex)?.focus({ preventScroll: true });
  };

  return { onKeyDown, onFocus, focusBody, focusActive };
}
