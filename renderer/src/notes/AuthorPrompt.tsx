/**
 * Before the first note: the name notes are signed with. Offered from the account's full name
 * (never the login); kept in Settings, where it can be changed later.
 */
import { useId, useState } from 'react';
import type { LoadedPreferences } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';

export function AuthorPrompt({ prefs, onNamed, onCancel }: { prefs: LoadedPreferences; onNamed(prefs: LoadedPreferences): void; onCancel(): void }) {
  const id = useId();
  const [name, setName] = useState(prefs.defaultAuthor);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!name.trim()) return setError('Enter the name your notes should carry.');
    setSaving(true);
    try {
      onNamed(await call((api) => api.savePreferences({ preferences: { author: name.trim() } })));
    } catch (e) {
      setError(e instanceof BriefingError ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className="author-prompt"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <p id={`${id}-title`} className="author-prompt-title">
        Sign your notes
      </p>
      <p className="muted small">Every note and change is signed with your name. You can change it later in Settings.</p>
      <label htmlFor={`${id}-name`}>Your name</label>
      <input id={`${id}-name`} value={name} maxLength={120} autoFocus onChange={(e) => setName(e.target.value)} aria-describedby={error ? `${id}-error` : undefined} />
      {error && (
        <p id={`${id}-error`} role="alert" className="warn-text small">
          {error}
        </p>
      )}
      <div className="author-prompt-actions">
        <button type="submit" className="primary" disabled={saving}>
          Sign notes with this name
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
