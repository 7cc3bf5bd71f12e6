/**
 * A small popover's open state: it closes on Escape, on a press outside it, and hands focus
 * back to the button that opened it when closed from the keyboard.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function usePopover<E extends HTMLElement = HTMLDivElement>() {
  const [open, setOpen] = useState(false);
  /** The popover and the button that opens it: a press inside either keeps it open. */
  const root = useRef<E>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback((refocus = false) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // The popover's Escape only: the screen's own (close the detail panel) must not fire too.
      e.stopPropagation();
      close(true);
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey, true);
    };
  }, [open, close]);

  return { open, setOpen, toggle: () => setOpen((o) => !o), close, root, button };
}
