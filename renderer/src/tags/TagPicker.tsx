/**
 * The popover behind "Tag…", "Untag…" and "Tag all matching events…": tick existing tags
 * (typing narrows the list) or, when adding, type a new tag's name. Apply hands the choice
 * back; the caller makes the change and closes the popover, or shows why it could not.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { TagInfo } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { TagSwatch } from './TagSwatch.tsx';

export interface TagChoice {
  /** Existing tags ticked. */
  ids: number[];
  /** A new tag's name, typed (adding only). */
  newName: string | null;
  /** Names of everything chosen, for the caller's message. */
  names: string[];
}

interface Props {
  mode: 'add' | 'remove';
  /** The Apply button's words, e.g. "Tag 3 events". */
  applyLabel: string;
  /** A line above the list saying what Apply will change. */
  heading: string;
  onApply(choice: TagChoice): Promise<void>;
  onCancel(): void;
}

const MAX_NAME = 60;

export function TagPicker({ mode, applyLabel, heading, onApply, onCancel }: Props) {
  const id = useId();
  const [tags, setTags] = useState<TagInfo[] | null>(null);
  const [typed, setTyped] = useState('');
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    call((api) => api.listTags()).then(setTags, (e: unknown) => setError(e instanceof BriefingError ? e.message : String(e)));
    input.current?.focus();
  }, []);

  const wanted = typed.trim();
  const lower = wanted.toLowerCase();
  const shown = (tags ?? []).filter((t) => t.name.toLowerCase().includes(lower));
  const exact = (tags ?? []).find((t) => t.name.toLowerCase() === lower);
  const newName = mode === 'add' && wanted && !exact ? wanted : null;
  // A typed name that is exactly an existing tag counts as ticking it.
  const chosenIds = [...new Set([...ticked, ...(exact && mode === 'add' ? [exact.id] : [])])];
  const names = [...(tags ?? []).filter((t) => chosenIds.includes(t.id)).map((t) => t.name), ...(newName ? [newName] : [])];
  const empty = chosenIds.length === 0 && !newName;

  const toggle = (tagId: number) =>
    setTicked((s) => {
      const next = new Set(s);
      if (!next.delete(tagId)) next.add(tagId);
      return next;
    });

  const apply = async () => {
    if (empty || working) return;
    setWorking(true);
    try {
      await onApply({ ids: chosenIds, newName, names });
    } catch (e) {
      setError(e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
    } finally {
      setWorking(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      // Typing narrows the list and Enter takes its first tag, as in a completion list; with
      // nothing to complete (an exact name, a new one, an empty box) Enter applies.
      const first = shown[0];
      if (wanted && !exact && first) {
        setTicked((s) => new Set(s).add(first.id));
        setTyped('');
      } else void apply();
    }
  };

  return (
    <div className="tag-picker" role="dialog" aria-label={heading}>
      <p className="tag-picker-heading">{heading}</p>
      <input
        ref={input}
        type="text"
        className="tag-picker-input"
        aria-label={mode === 'add' ? 'Find or create a tag' : 'Find a tag'}
        placeholder={mode === 'add' ? 'Find a tag or type a new name…' : 'Find a tag…'}
        value={typed}
        maxLength={MAX_NAME}
        onChange={(e) => {
          setTyped(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {tags === null && !error && <p className="muted small">Reading the tags…</p>}
      {tags !== null && (
        <ul className="tag-picker-list" aria-label="Tags">
          {shown.map((t) => (
            <li key={t.id}>
              <label className="check">
                <input type="checkbox" checked={chosenIds.includes(t.id)} disabled={exact?.id === t.id && mode === 'add'} onChange={() => toggle(t.id)} />
                <TagSwatch color={t.color} />
                <span className="tag-picker-name">{t.name}</span>
                <span className="muted small">{t.events.toLocaleString('en-US')}</span>
              </label>
            </li>
          ))}
          {shown.length === 0 && !newName && <li className="muted small">{tags.length === 0 ? 'No tags yet.' : 'No tag matches.'}</li>}
        </ul>
      )}
      {newName && (
        <p className="tag-picker-new">
          New tag: <strong>“{newName}”</strong>
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="tag-picker-actions">
        <button type="button" className="primary" disabled={empty || working} onClick={() => void apply()}>
          {working ? 'Working…' : applyLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
