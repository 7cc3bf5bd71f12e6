/**
 * One preference: saved when the field loses focus or on Enter (Escape puts the saved value
 * back), with the state beside it — Saving…, Saved, or what is wrong with the value.
 */
import { useEffect, useId, useState } from 'react';
import { BriefingError } from '../api.ts';

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'invalid'; message: string };

interface Props {
  label: string;
  value: string;
  type?: 'text' | 'number';
  /** Shown right after the field, e.g. the default. */
  hint?: string;
  help: string;
  /** A sentence saying what is wrong, or null. */
  validate(value: string): string | null;
  onSave(value: string): Promise<void>;
}

export function PreferenceField({ label, value, type = 'text', hint, help, validate, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => setDraft(value), [value]);

  const commit = async () => {
    const problem = validate(draft);
    if (problem) return setState({ kind: 'invalid', message: problem });
    if (draft.trim() === value) return setState((s) => (s.kind === 'invalid' ? { kind: 'idle' } : s));
    setState({ kind: 'saving' });
    try {
      await onSave(draft);
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'invalid', message: e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e) });
    }
  };

  return (
    <div className="pref-field">
      <label htmlFor={id}>{label}</label>
      <div className="pref-row">
        <input
          id={id}
          type={type}
          className={type === 'number' ? 'pref-number' : 'pref-text'}
          value={draft}
          min={type === 'number' ? 1 : undefined}
          max={type === 'number' ? 365 : undefined}
          aria-invalid={state.kind === 'invalid'}
          aria-describedby={`${id}-help ${id}-state`}
          onChange={(e) => {
            setDraft(e.target.value);
            if (state.kind !== 'saving') setState({ kind: 'idle' });
          }}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') {
              setDraft(value);
              setState({ kind: 'idle' });
            }
          }}
        />
        {hint && <span className="muted">{hint}</span>}
        <span id={`${id}-state`} role="status" className={`pref-state pref-${state.kind}`}>
          {state.kind === 'saving' ? 'Saving…' : state.kind === 'saved' ? '✓ Saved' : ''}
        </span>
      </div>
      {state.kind === 'invalid' && (
        <p className="field-error pref-error" role="alert">
          {state.message}
        </p>
      )}
      <p id={`${id}-help`} className="muted small pref-help">
        {help}
      </p>
    </div>
  );
}
