/** Starting a briefing: which kind, and its title. The author comes from the preferences. */
import { useState } from 'react';
import type { Briefing, BriefingTemplate } from '../../../contract/briefings.ts';
import { call } from '../api.ts';
import { FormDialog } from './FormDialog.tsx';
import { messageOf } from './messages.ts';
import { TEMPLATES } from './templates.ts';

interface Props {
  onCreated(b: Briefing): void;
  onCancel(): void;
}

export function NewBriefingDialog({ onCreated, onCancel }: Props) {
  const [template, setTemplate] = useState<BriefingTemplate>('client-note');
  const [title, setTitle] = useState('');
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const create = async () => {
    setWorking(true);
    setError(null);
    try {
      onCreated(await call((api) => api.createBriefing({ briefing: { title, template, date: today() } })));
    } catch (e) {
      setError(messageOf(e));
      setWorking(false);
    }
  };

  return (
    <FormDialog title="New briefing" submitLabel="Create briefing" working={working} error={error} onSubmit={() => void create()} onCancel={onCancel}>
      <label className="briefing-field">
        <span>Title</span>
        <input value={title} maxLength={200} placeholder="e.g. US–Japan: the alliance after the 2+2" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset className="briefing-templates">
        <legend>Kind</legend>
        {TEMPLATES.map((t) => (
          <label key={t.value} className="briefing-template-choice">
            <input type="radio" name="template" value={t.value} checked={template === t.value} onChange={() => setTemplate(t.value)} />
            <span>
              <strong>{t.label}</strong>
              <span className="muted small"> — {t.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}

/** Today in the analyst's own time zone, as the briefing's date. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
