/** Saved views: apply, save the current one under a name, rename, delete. Stored in the store. */
import { useEffect, useRef, useState } from 'react';
import type { SavedView } from '../../../contract/query.ts';

interface Props {
  views: SavedView[];
  activeId: number | null;
  /** Bumped (e.g. by Ctrl/Cmd+S) to open the save form. */
  saveRequest: number;
  onApply(view: SavedView): void;
  onSave(name: string): Promise<void>;
  onRename(view: SavedView, name: string): Promise<void>;
  onDelete(view: SavedView): Promise<void>;
}

export function ViewsMenu({ views, activeId, saveRequest, onApply, onSave, onRename, onDelete }: Props) {
  const active = views.find((v) => v.id === activeId) ?? null;
  const [mode, setMode] = useState<'idle' | 'save' | 'rename'>('idle');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (saveRequest === 0) return;
    setMode('save');
    setName(active?.name ?? '');
    setError(null);
    // Only a new request opens the form.
  }, [saveRequest]);

  useEffect(() => {
    if (mode !== 'idle') input.current?.focus();
  }, [mode]);

  const submit = async () => {
    try {
      if (mode === 'save') await onSave(name);
      else if (mode === 'rename' && active) await onRename(active, name);
      setMode('idle');
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div className="views-menu">
      <label>
        <span className="visually-hidden">Saved view</span>
        <select
          aria-label="Saved view"
          value={activeId ?? ''}
          onChange={(e) => {
            const view = views.find((v) => v.id === Number(e.target.value));
            if (view) onApply(view);
          }}
        >
          <option value="" disabled>
            {views.length ? 'Saved views…' : 'No saved views'}
          </option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </label>
      {mode === 'idle' ? (
        <>
          <button type="button" onClick={() => (setMode('save'), setName(active?.name ?? ''), setError(null))} title="Save view (Ctrl+S)">
            Save view
          </button>
          {active && (
            <>
              <button type="button" onClick={() => (setMode('rename'), setName(active.name), setError(null))}>
                Rename
              </button>
              <button type="button" onClick={() => void onDelete(active)} aria-label={`Delete view ${active.name}`}>
                Delete
              </button>
            </>
          )}
        </>
      ) : (
        <form
          className="views-form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <input ref={input} aria-label={mode === 'save' ? 'Name of the view' : 'New name of the view'} value={name} maxLength={120} onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setMode('idle');
            }}
          />
          <button type="submit" className="primary">
            {mode === 'save' ? 'Save' : 'Rename'}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
          {error && (
            <span role="alert" className="field-error">
              {error}
            </span>
          )}
        </form>
      )}
    </div>
  );
}
