/**
 * Correcting an event in its detail panel: the date as written, the summary, the place, the
 * type and category, the source (and with it the relationship file), the participants and the
 * officials. Countries, groupings and officials are named as the analyst writes them — "South
 * Korea" or "KR", "Yoon" — and the store reads them; what it cannot read is refused with its
 * message shown as it is, and the form keeps what was typed.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EventEdit } from '../../../contract/event-edits.ts';
import type { EventDetail } from '../../../contract/events.ts';
import { CATEGORIES, EVENT_TYPES } from '../../../contract/imports.ts';
import { BriefingError, call } from '../api.ts';
import './event-edits.css';

interface Props {
  event: EventDetail;
  /** `batch` names the change for Undo; null when nothing changed. */
  onSaved(event: EventDetail, batch: number | null): void;
  onCancel(): void;
}

interface Source {
  id: number;
  title: string;
  fileCountries: string[];
}

/** A list the form edits: what the event has, less what was removed, plus what was added. */
function useEditedList() {
  const [added, setAdded] = useState<string[]>([]);
  const [removed, setRemoved] = useState<string[]>([]);
  return {
    added,
    removed,
    add: (name: string) => {
      const text = name.trim();
      if (!text) return;
      if (removed.includes(text)) setRemoved((r) => r.filter((x) => x !== text));
      else if (!added.some((a) => a.toLowerCase() === text.toLowerCase())) setAdded((a) => [...a, text]);
    },
    remove: (key: string, isNew: boolean) => (isNew ? setAdded((a) => a.filter((x) => x !== key)) : setRemoved((r) => [...r, key])),
  };
}

export function EditEventForm({ event, onSaved, onCancel }: Props) {
  const id = useId();
  const initialDate = event.dateText ?? event.dateStart;
  const [dateText, setDateText] = useState(initialDate);
  const [summary, setSummary] = useState(event.summary);
  const [location, setLocation] = useState(event.location ?? '');
  const [type, setType] = useState(event.type);
  const [category, setCategory] = useState(event.category);
  const [sourceId, setSourceId] = useState<number | null>(event.sourceId);
  const [sources, setSources] = useState<Source[]>([]);
  const participants = useEditedList();
  const people = useEditedList();
  const [mentioned, setMentioned] = useState<Record<string, boolean>>({});
  const [newParticipant, setNewParticipant] = useState('');
  const [newPerson, setNewPerson] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    let live = true;
    call((api) => api.filterChoices()).then(
      (c) => live && setSources(c.sources),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const edit: EventEdit = {};
  if (dateText.trim() !== initialDate) edit.dateText = dateText;
  if (summary.trim() !== event.summary) edit.summary = summary;
  if (location.trim() !== (event.location ?? '')) edit.location = location;
  if (type !== event.type) edit.type = type as EventEdit['type'];
  if (category !== event.category) edit.category = category as EventEdit['category'];
  if (sourceId !== event.sourceId) edit.sourceId = sourceId;
  if (participants.added.length) edit.addParticipants = participants.added;
  if (participants.removed.length) edit.removeParticipants = participants.removed;
  if (people.added.length) edit.addPeople = people.added;
  if (people.removed.length) edit.removePeople = people.removed;
  // Only for officials still listed: a mark on a removed one would bring them back.
  const listed = new Set([...event.people.map((p) => p.id).filter((p) => !people.removed.includes(p)), ...people.added]);
  const marks = Object.entries(mentioned)
    .filter(([person]) => listed.has(person))
    .filter(([person, value]) => value !== (event.people.find((p) => p.id === person)?.mentioned ?? false))
    .map(([person, value]) => ({ person, mentioned: value }));
  if (marks.length) edit.mentioned = marks;
  const unchanged = Object.keys(edit).length === 0;

  const save = async () => {
    if (saving) return;
    if (unchanged) return onCancel();
    setSaving(true);
    setProblem(null);
    try {
      const { batch, ...saved } = await call((api) => api.updateEvent({ id: event.id, edit }));
      onSaved(saved, batch);
    } catch (e) {
      setProblem(e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
      setSaving(false);
    }
  };

  const shownParticipants = [
    ...event.participants.map((p) => ({ key: p.code, label: `${p.name}`, code: p.code, isNew: false })),
    ...event.groupings.map((g) => ({ key: g.id, label: g.name, code: g.id, isNew: false })),
  ].filter((p) => !participants.removed.includes(p.key));
  const shownPeople = event.people.filter((p) => !people.removed.includes(p.id));
  const currentSource = sources.find((s) => s.id === sourceId);

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
      <div className="event-edit-pair">
        <div>
          <label htmlFor={`${id}-type`}>Type</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value)}>
            {EVENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-category`}>Category</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value)}>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      </div>
      <label htmlFor={`${id}-source`}>Source</label>
      <select id={`${id}-source`} value={sourceId ?? ''} onChange={(e) => setSourceId(e.target.value ? Number(e.target.value) : null)} aria-describedby={`${id}-file`}>
        <option value="">Entered by hand (no source)</option>
        {sourceId !== null && !currentSource && <option value={sourceId}>{event.provenance.sourceTitle ?? `Source ${sourceId}`}</option>}
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
      <p id={`${id}-file`} className="hint">
        Relationship file: {(currentSource?.fileCountries ?? (sourceId === event.sourceId ? event.provenance.fileCountries : [])).join('–') || 'none'}
      </p>

      <fieldset className="event-edit-list">
        <legend>Participants</legend>
        <ul aria-label="Participants">
          {shownParticipants.map((p) => (
            <li key={p.key} className="edit-chip">
              <span className="chip">{p.code}</span> {p.label}
              <button type="button" className="chip-remove" aria-label={`Remove ${p.label}`} onClick={() => participants.remove(p.key, false)}>
                ×
              </button>
            </li>
          ))}
          {participants.added.map((name) => (
            <li key={`new-${name}`} className="edit-chip is-new">
              + {name}
              <button type="button" className="chip-remove" aria-label={`Do not add ${name}`} onClick={() => participants.remove(name, true)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="edit-add">
          <input
            aria-label="Add a country or grouping, by name or code"
            placeholder="South Korea, KR, Quad…"
            value={newParticipant}
            maxLength={200}
            onChange={(e) => setNewParticipant(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                participants.add(newParticipant);
                setNewParticipant('');
              }
            }}
          />
          <button type="button" disabled={!newParticipant.trim()} onClick={() => (participants.add(newParticipant), setNewParticipant(''))}>
            Add
          </button>
        </div>
      </fieldset>

      <fieldset className="event-edit-list">
        <legend>Officials</legend>
        <ul aria-label="Officials">
          {shownPeople.map((p) => (
            <li key={p.id} className="edit-person">
              <span>{p.name}</span>
              <label className="checkbox">
                <input type="checkbox" checked={mentioned[p.id] ?? p.mentioned} onChange={(e) => setMentioned((m) => ({ ...m, [p.id]: e.target.checked }))} />
                mentioned, not taking part
              </label>
              <button type="button" className="chip-remove" aria-label={`Remove ${p.name}`} onClick={() => people.remove(p.id, false)}>
                ×
              </button>
            </li>
          ))}
          {people.added.map((name) => (
            <li key={`new-${name}`} className="edit-person is-new">
              <span>+ {name}</span>
              <label className="checkbox">
                <input type="checkbox" checked={mentioned[name] ?? false} onChange={(e) => setMentioned((m) => ({ ...m, [name]: e.target.checked }))} />
                mentioned, not taking part
              </label>
              <button type="button" className="chip-remove" aria-label={`Do not add ${name}`} onClick={() => people.remove(name, true)}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <div className="edit-add">
          <input
            aria-label="Add an official, by name"
            placeholder="Yoon Suk Yeol…"
            value={newPerson}
            maxLength={200}
            onChange={(e) => setNewPerson(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                people.add(newPerson);
                setNewPerson('');
              }
            }}
          />
          <button type="button" disabled={!newPerson.trim()} onClick={() => (people.add(newPerson), setNewPerson(''))}>
            Add
          </button>
        </div>
      </fieldset>
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
