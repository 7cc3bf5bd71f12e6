/**
 * The analyst's marks on one event: importance (1–3 stars), tags (add an existing one or a
 * new one by typing its name; remove with ×). Each change is stored at once.
 */
import { useEffect, useId, useState } from 'react';
import type { TagInfo } from '../../../contract/annotations.ts';
import type { EventDetail } from '../../../contract/events.ts';
import { BriefingError, call } from '../api.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  event: EventDetail;
  onChanged(): void;
}

const LEVELS = [
  { value: null, label: 'None' },
  { value: 1, label: '★' },
  { value: 2, label: '★★' },
  { value: 3, label: '★★★' },
] as const;

export function EventMarks({ event, onChanged }: Props) {
  const id = useId();
  const [importance, setImportance] = useState(event.importance);
  const [tags, setTags] = useState(event.tags);
  const [allTags, setAllTags] = useState<TagInfo[]>([]);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const report = (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e));

  const tagsRequest = useLatestRequest();
  useEffect(() => {
    tagsRequest.latest(call((api) => api.listTags())).then(setAllTags, report);
  }, [event.id, tagsRequest]);

  const mark = async (value: number | null) => {
    try {
      await call((api) => api.setImportance({ ids: [event.id], importance: value }));
      setImportance(value);
      setError(null);
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  const refreshTags = async () => {
    const [detail, list] = await Promise.all([call((api) => api.getEvent({ id: event.id })), call((api) => api.listTags())]);
    setTags(detail.tags);
    setAllTags(list);
  };

  const addTag = async (name: string) => {
    const wanted = name.trim();
    if (!wanted) return;
    const existing = allTags.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
    try {
      await call((api) => api.tagEvents({ target: { ids: [event.id] }, ...(existing ? { add: [existing.id] } : { addNew: [wanted] }) }));
      setTyped('');
      setError(null);
      await refreshTags();
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  const removeTag = async (tagId: number) => {
    try {
      await call((api) => api.tagEvents({ target: { ids: [event.id] }, remove: [tagId] }));
      await refreshTags();
      onChanged();
    } catch (e) {
      report(e);
    }
  };

  const unused = allTags.filter((t) => !tags.some((x) => x.id === t.id));
  return (
    <div className="event-marks">
      <div role="radiogroup" aria-label="Importance" className="importance-picker">
        <span className="muted">Importance</span>
        {LEVELS.map((l) => (
          <button
            key={String(l.value)}
            type="button"
            role="radio"
            aria-checked={importance === l.value}
            aria-label={l.value === null ? 'No importance mark' : `Importance ${l.value} of 3`}
            onClick={() => void mark(l.value)}
          >
            {l.label}
          </button>
        ))}
      </div>
      <div className="event-tags">
        <span className="muted">Tags</span>
        <span className="chips" role="group" aria-label="Tags on this event">
          {tags.map((t) => (
            <button
              key={t.id}
              type="button"
              className="chip chip-removable tag-chip"
              style={t.color ? { borderColor: t.color, boxShadow: `inset 3px 0 0 ${t.color}` } : undefined}
              aria-label={`Remove tag ${t.name}`}
              onClick={() => void removeTag(t.id)}
            >
              {t.name} <span aria-hidden="true">×</span>
            </button>
          ))}
        </span>
        <input
          aria-label="Add a tag"
          placeholder="Add a tag…"
          list={`${id}-tags`}
          value={typed}
          maxLength={60}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void addTag(typed);
            }
          }}
        />
        <datalist id={`${id}-tags`}>
          {unused.map((t) => (
            <option key={t.id} value={t.name} />
          ))}
        </datalist>
      </div>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
    </div>
  );
}
