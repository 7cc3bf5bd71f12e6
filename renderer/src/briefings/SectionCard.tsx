/**
 * One section of the briefing: its title, its text (markdown, saved as typed), the events it
 * cites and an optional chart; moved, removed (after asking when something would go with it).
 */
import { useId, useState } from 'react';
import { MAX_SECTION_BODY_CHARS, type Section } from '../../../contract/briefings.ts';
import { call } from '../api.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { ConfirmDialog } from '../tags/ConfirmDialog.tsx';
import { ChartEditor } from './ChartEditor.tsx';
import { CitationList } from './CitationList.tsx';
import { CiteDialog } from './CiteDialog.tsx';
import { FieldError } from './FieldError.tsx';
import { plural } from './messages.ts';
import type { useBriefingDraft } from './useBriefingDraft.ts';

interface Props {
  section: Section;
  index: number;
  count: number;
  draft: ReturnType<typeof useBriefingDraft>;
  countries: readonly CountryChoice[];
  readOnly: boolean;
}

export function SectionCard({ section, index, count, draft, countries, readOnly }: Props) {
  const id = useId();
  const { setSectionField, saver, ops } = draft;
  const [citing, setCiting] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [cited, setCited] = useState<string | null>(null);
  const titleError = saver.errors.get(`section:${section.id}:title`);
  const bodyError = saver.errors.get(`section:${section.id}:body`);
  const name = section.title.trim() || `Section ${index + 1}`;

  const move = (position: number) => void ops.wholeBriefing(() => call((api) => api.moveBriefingSection({ id: section.id, position })));
  const remove = () => void ops.wholeBriefing(() => call((api) => api.removeBriefingSection({ id: section.id })));
  const hasContent = section.body.trim() !== '' || section.citations.length > 0;

  return (
    <section className="section-card" aria-labelledby={`${id}-title`} data-section-id={section.id} data-section-title={section.title}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {name}
      </h3>
      <div className="section-head">
        <input
          className="section-title"
          aria-label={`Title of section ${index + 1}`}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          value={section.title}
          maxLength={120}
          onChange={(e) => setSectionField(section.id, 'title', e.target.value)}
          onBlur={() => void saver.flush()}
        />
        <button type="button" aria-label={`Move ${name} up`} disabled={index === 0} onClick={() => move(index - 1)}>
          ↑
        </button>
        <button type="button" aria-label={`Move ${name} down`} disabled={index === count - 1} onClick={() => move(index + 1)}>
          ↓
        </button>
        <button type="button" aria-label={`Remove section ${name}`} onClick={() => (hasContent ? setRemoving(true) : remove())}>
          Remove
        </button>
      </div>
      <FieldError id={`${id}-title-error`} message={titleError} />
      <textarea
        className="section-body"
        aria-label={`Text of ${name}`}
        aria-describedby={bodyError ? `${id}-body-error` : undefined}
        dir="auto"
        spellCheck
        value={section.body}
        maxLength={MAX_SECTION_BODY_CHARS}
        placeholder="Your analysis, in markdown: **bold**, _italic_, - lists, [links](https://…)"
        onChange={(e) => setSectionField(section.id, 'body', e.target.value)}
        onBlur={() => void saver.flush()}
      />
      <FieldError id={`${id}-body-error`} message={bodyError} />
      <div className="section-citations">
        <div className="section-citations-head">
          <h4>Cited events ({section.citations.length})</h4>
          <button type="button" disabled={readOnly} onClick={() => setCiting(true)}>
            Cite events…
          </button>
        </div>
        {cited && (
          <p role="status" className="notice notice-ok section-cited">
            {cited}
          </p>
        )}
        <CitationList section={section} draft={draft} readOnly={readOnly} />
      </div>
      <ChartEditor section={section} draft={draft} countries={countries} readOnly={readOnly} />
      {citing && (
        <CiteDialog
          section={section}
          draft={draft}
          onDone={(message) => {
            setCiting(false);
            if (message) setCited(message);
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={`Remove the section “${name}”?`}
          confirmLabel="Remove section"
          danger
          onCancel={() => setRemoving(false)}
          onConfirm={() => {
            setRemoving(false);
            remove();
          }}
        >
          <p>{removalText(section)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

/** "Its text and its 3 cited events are removed with it." */
function removalText(section: Section): string {
  const parts = [section.body.trim() !== '' ? 'its text' : null, section.citations.length > 0 ? `its ${plural(section.citations.length, 'cited event')}` : null].filter(Boolean);
  const what = parts.join(' and ');
  const lead = what[0]!.toUpperCase() + what.slice(1);
  const cites = section.citations.length > 0 ? ' The events themselves stay in the store.' : '';
  return `${lead} ${parts.length > 1 || section.citations.length > 1 ? 'are' : 'is'} removed with it.${cites}`;
}
