/**
 * A modal for the events screen: the native <dialog> keeps focus inside and dims the page;
 * Escape closes it without also closing the detail panel or clearing the selection (the
 * screen listens for Escape on the document), and focus goes back to where it was.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import './event-edits.css';

interface Props {
  title: string;
  /** A name for tests and styles: data-dialog on the element. */
  name: string;
  children: ReactNode;
  onClose(): void;
}

export function ModalDialog({ title, name, children, onClose }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!d.open) d.showModal();
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      d.close();
      // The opener may have gone (a deleted event's panel); then focus stays with the page.
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-labelledby={`${id}-title`}
      className="modal-dialog event-dialog"
      data-dialog={name}
      onCancel={(e) => {
        e.preventDefault();
        close.current();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          close.current();
        }
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
