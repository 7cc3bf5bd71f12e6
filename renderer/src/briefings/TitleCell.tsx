/** A briefing's title in the list: a link that opens it, or a field while it is renamed (Enter saves, Esc cancels). */
import { useEffect, useRef, useState } from 'react';

interface Props {
  title: string;
  editing: boolean;
  onOpen(): void;
  /** Resolves true once stored; false keeps the field open (the reason is shown by the list). */
  onSave(title: string): Promise<boolean>;
  onCancel(): void;
}

export function TitleCell({ title, editing, onOpen, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState(title);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!editing) return;
    setDraft(title);
    field.current?.focus();
    field.current?.select();
  }, [editing, title]);

  if (!editing) {
    return (
      <button type="button" className="link briefing-open" onClick={onOpen}>
        {title}
      </button>
    );
  }
  return (
    <input
      ref={field}
      className="briefing-rename"
      aria-label={`New title for ${title}`}
      value={draft}
      maxLength={200}
      onChange={(e) => setDraft(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void onSave(draft);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    />
  );
}
