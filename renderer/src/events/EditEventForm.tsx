/**
 * Correcting an event in its detail panel: the date as written, the summary and the place.
 * The store re-reads the date (as an import would) and refuses one it cannot read; its
 * message is shown as it is and the form keeps what was typed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EventEdit } from '../../../contract/event-edits.ts';
import type { EventDetail } from '../../../contract/events.ts';
import { BriefingError, call } from '../api.ts';
import './event-edits.css';

interface Props {
  event: EventDetail;
  onSaved(event: EventDetail): void;
  onCancel(): void;
}

export function EditEventForm({ event, onSaved, onCancel }: Props) {
  const id = useId();
  const initialDate = event.dateText ?? event.dateStart;
  const [dateText, setDateText] = useState(initialDate);
  const [summary, setSummary] = useState(event.summary);
  const [location, setLocation] = useState(event.location ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);

  const edit: EventEdit = {};
  if (dateText.trim() !== initialDate) edit.dateText = dateText;
  if (summary.trim() !== event.summary) edit.summary = summary;
  if (location.trim() !== (event.location ?? '')) edit.location = location;
  const unchanged = Object.keys(edit).length === 0;

  const save = async () => {
    if (saving) return;
    if (unchanged) return onCancel();
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await call((api) => api.updateEvent({ id: event.id, edit })));
    } catch (e) {
      setProblem(e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
      setSaving(false);
    }
  };

  return (
    <form
      className="event-edit"
      aria-label="Edit the event"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        // Escape cancels the edit only; the panel stays open.
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label htmlFor={`${id}-date`}>Date</label>
      <input ref={first} id={`${id}-date`} value={dateText} maxLength={200} aria-describedby={`${id}-date-hint`} onChange={(e) => setDateText(e.target.value)} />
      <p id={`${id}-date-hint`} className="hint">
        As a chronology writes it: Jan. 13, 2023 · March 6-7, 2023 · December 1991 · 1991 · 2023-01-13
      </p>
      <label htmlFor={`${id}-summary`}>Summary</label>
      <textarea id={`${id}-summary`} value={summary} maxLength={20_000} onChange={(e) => setSummary(e.target.value)} />
      <label htmlFor={`${id}-place`}>Place</label>
      <input id={`${id}-place`} value={location} maxLength={500} placeholder="None" onChange={(e) => setLocation(e.target.value)} />
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="event-edit-actions">
        {/* Not disabled while saving: a disabled button drops focus, and Escape would then reach the screen. */}
        <button type="submit" className="primary" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
