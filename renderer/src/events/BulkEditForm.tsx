/**
 * One correction for every selected event: set the type, category, place or source; add or
 * remove a country or grouping (by name or code) or an official. Only what is filled in changes;
 * the store refuses a name it does not know and changes nothing.
 */
import { useId, useState } from 'react';
import type { BulkEdit } from '../../../contract/event-edits.ts';
import { CATEGORIES, EVENT_TYPES } from '../../../contract/imports.ts';
import { BriefingError } from '../api.ts';
import './event-edits.css';

interface Props {
  heading: string;
  applyLabel: string;
  sources: ReadonlyArray<{ id: number; title: string }>;
  onApply(edit: BulkEdit): Promise<void>;
  onCancel(): void;
}

const names = (text: string) =>
  text
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function BulkEditForm({ heading, applyLabel, sources, onApply, onCancel }: Props) {
  const id = useId();
  const [type, setType] = useState('');
  const [category, setCategory] = useState('');
  const [source, setSource] = useState('');
  const [addParticipants, setAddParticipants] = useState('');
  const [removeParticipants, setRemoveParticipants] = useState('');
  const [addPeople, setAddPeople] = useState('');
  const [removePeople, setRemovePeople] = useState('');
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const edit: BulkEdit = {};
  if (type) edit.type = type as BulkEdit['type'];
  if (category) edit.category = category as BulkEdit['category'];
  if (source) edit.sourceId = source === 'none' ? null : Number(source);
  if (names(addParticipants).length) edit.addParticipants = names(addParticipants);
  if (names(removeParticipants).length) edit.removeParticipants = names(removeParticipants);
  if (names(addPeople).length) edit.addPeople = names(addPeople);
  if (names(removePeople).length) edit.removePeople = names(removePeople);
  const empty = Object.keys(edit).length === 0;

  const apply = async () => {
    if (empty || working) return;
    setWorking(true);
    setProblem(null);
    try {
      await onApply(edit);
    } catch (e) {
      setProblem(e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
      setWorking(false);
    }
  };

  return (
    <form
      className="bulk-edit"
      aria-label="Edit the selected events"
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <h3>{heading}</h3>
      <p className="hint">Only what you fill in changes. Separate several names with commas.</p>
      <label>
        Set type
        <select value={type} onChange={(e) => setType(e.target.value)}>
          <option value="">Keep each event’s type</option>
          {EVENT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Set category
        <select value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">Keep each event’s category</option>
          {CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
      <label>
        Set source
        <select value={source} onChange={(e) => setSource(e.target.value)}>
          <option value="">Keep each event’s source</option>
          <option value="none">Entered by hand (no source)</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Add countries or groupings
        <input id={`${id}-add`} value={addParticipants} placeholder="South Korea, KR, Quad" maxLength={2000} onChange={(e) => setAddParticipants(e.target.value)} />
      </label>
      <label>
        Remove countries or groupings
        <input value={removeParticipants} placeholder="China, CN" maxLength={2000} onChange={(e) => setRemoveParticipants(e.target.value)} />
      </label>
      <label>
        Add officials
        <input value={addPeople} placeholder="Yoon Suk Yeol" maxLength={2000} onChange={(e) => setAddPeople(e.target.value)} />
      </label>
      <label>
        Remove officials
        <input value={removePeople} maxLength={2000} onChange={(e) => setRemovePeople(e.target.value)} />
      </label>
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="bulk-edit-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={empty || working}>
          {working ? 'Saving…' : applyLabel}
        </button>
      </div>
    </form>
  );
}
