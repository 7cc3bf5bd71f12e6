import { useState } from 'react';
import type { Person } from '../../../contract/imports.ts';

type Role = Person['roles'][number];
export interface PersonDraft {
  id?: string;
  name: string;
  country: string;
  aliases: string[];
  roles: Role[];
}

const LEVELS: Role['level'][] = ['leader', 'minister', 'official'];
const emptyRole = (): Role => ({ title: '', level: 'official', from: '', to: null });

/** Add or edit one official: name, country, aliases and offices with their dates. */
export function PersonForm(props: {
  initial: PersonDraft;
  countries: Array<{ code: string; name: string }>;
  onSave(draft: PersonDraft): Promise<void>;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<PersonDraft>(props.initial.roles.length ? props.initial : { ...props.initial, roles: [emptyRole()] });
  const [aliases, setAliases] = useState(props.initial.aliases.join(', '));
  const [saving, setSaving] = useState(false);
  const setRole = (i: number, patch: Partial<Role>) => setDraft((d) => ({ ...d, roles: d.roles.map((r, j) => (j === i ? { ...r, ...patch } : r)) }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaving(true);
    try {
      await props.onSave({ ...draft, aliases: aliases.split(',').map((a) => a.trim()).filter(Boolean) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="person-form" onSubmit={(e) => void submit(e)} aria-label={draft.id ? `Edit ${props.initial.name}` : 'Add a person'}>
      <div className="form-row">
        <label>
          Name
          <input value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} required />
        </label>
        <label>
          Country
          <select aria-label="Country" value={draft.country} onChange={(e) => setDraft({ ...draft, country: e.target.value })} required>
            <option value="">Choose…</option>
            {props.countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code})
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="wide">
        Other names, comma-separated (family name first, family name alone, other spellings)
        <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <fieldset>
        <legend>Offices</legend>
        {draft.roles.map((r, i) => (
          <div className="form-row role-row" key={i}>
            <label>
              Title
              <input value={r.title} onChange={(e) => setRole(i, { title: e.target.value })} required />
            </label>
            <label>
              Level
              <select aria-label="Level" value={r.level} onChange={(e) => setRole(i, { level: e.target.value as Role['level'] })}>
                {LEVELS.map((l) => (
                  <option key={l}>{l}</option>
                ))}
              </select>
            </label>
            <label>
              From
              <input type="date" value={r.from} onChange={(e) => setRole(i, { from: e.target.value })} required />
            </label>
            <label>
              Until (empty: still in office)
              <input type="date" value={r.to ?? ''} onChange={(e) => setRole(i, { to: e.target.value || null })} />
            </label>
            <button type="button" onClick={() => setDraft({ ...draft, roles: draft.roles.filter((_, j) => j !== i) })} aria-label={`Remove office ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setDraft({ ...draft, roles: [...draft.roles, emptyRole()] })}>
          Add an office
        </button>
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save person'}
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
