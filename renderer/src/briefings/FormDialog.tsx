/**
 * A small modal form: a heading, the fields, and Cancel / submit. The native <dialog> keeps
 * focus inside and closes on Escape; Enter in a field submits.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  submitLabel: string;
  working?: boolean;
  /** Why the form cannot be sent yet; shown beside the disabled button. */
  blocked?: string | null;
  error?: string | null;
  /** Shown after a success, when the dialog stays open. */
  status?: string | null;
  onSubmit(): void;
  onCancel(): void;
  cancelLabel?: string;
}

export function FormDialog({ title, children, submitLabel, working = false, blocked = null, error = null, status = null, onSubmit, onCancel, cancelLabel = 'Cancel' }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    d.querySelector<HTMLElement>('input:not([type=radio]):not([type=checkbox]), select, input, textarea')?.focus();
    return () => d.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="briefing-dialog"
      role="dialog"
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!working && !blocked) onSubmit();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div className="briefing-dialog-body">{children}</div>
        {error && (
          <p role="alert" className="notice notice-error">
            {error}
          </p>
        )}
        {status && (
          <p role="status" className="notice notice-ok">
            {status}
          </p>
        )}
        <div className="briefing-dialog-actions">
          {blocked && <span className="muted small">{blocked}</span>}
          <button type="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="submit" className="primary" disabled={working || !!blocked}>
            {working ? 'Working…' : submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
