/** The briefing's own fields: title to paper. Each saves shortly after a change and at once on blur. */
import { useId } from 'react';
import type { Briefing, BriefingPeriod } from '../../../contract/briefings.ts';
import { CountryPicker, type CountryChoice } from '../countries/CountryPicker.tsx';
import { FieldError } from './FieldError.tsx';
import { MARKINGS, PAPERS, TEMPLATES } from './templates.ts';
import type { useBriefingDraft } from './useBriefingDraft.ts';

/** A subject is one country, a pair, or a small group. */
export const MAX_SUBJECT = 6;

interface Props {
  draft: ReturnType<typeof useBriefingDraft>;
  countries: readonly CountryChoice[];
}

export function BriefingFields({ draft, countries }: Props) {
  const { briefing: b, setField, holdField, saver } = draft;
  const id = useId();
  const err = (name: string) => saver.errors.get(`briefing:${name}`);
  const described = (name: string) => (err(name) ? `${id}-${name}-error` : undefined);
  const blur = () => void saver.flush();

  const text = (name: 'title' | 'subtitle' | 'marking' | 'author', label: string, extra: { maxLength: number; list?: string; placeholder?: string }) => (
    // The reason sits outside the label so that it describes the field rather than renaming it.
    <div className="briefing-field">
      <label>
        <span>{label}</span>
        <input
          value={b[name]}
          aria-invalid={err(name) ? true : undefined}
          aria-describedby={described(name)}
          onChange={(e) => setField(name, e.target.value)}
          onBlur={blur}
          {...extra}
        />
      </label>
      <FieldError id={`${id}-${name}-error`} message={err(name)} />
    </div>
  );

  const setPeriod = (from: string, to: string) => {
    if (!from && !to) setField('period', null, 'now');
    else if (!from || !to) holdField('period', { from, to }, 'Set both dates of the period, or clear both.');
    else setField('period', { from, to } satisfies BriefingPeriod, 'now');
  };

  return (
    <div className="briefing-fields">
      {text('title', 'Title', { maxLength: 200 })}
      {text('subtitle', 'Subtitle', { maxLength: 300, placeholder: 'Optional' })}
      <div className="briefing-row">
        {text('marking', 'Marking', { maxLength: 80, list: `${id}-markings` })}
        <datalist id={`${id}-markings`}>
          {MARKINGS.map((m) => (
            <option key={m} value={m} />
          ))}
        </datalist>
        {text('author', 'Author', { maxLength: 120 })}
        <div className="briefing-field">
          <label>
            <span>Date</span>
            <input
              type="date"
              value={b.date}
              aria-describedby={described('date')}
              onChange={(e) => (e.target.value ? setField('date', e.target.value, 'now') : holdField('date', '', 'A briefing needs a date.'))}
            />
          </label>
          <FieldError id={`${id}-date-error`} message={err('date')} />
        </div>
      </div>
      <div className="briefing-field">
        <span id={`${id}-subject`}>Subject</span>
        <div className="briefing-subject" role="group" aria-labelledby={`${id}-subject`}>
          {(b.subject ?? []).length === 0 && <span className="muted small">None: the briefing is not about one country or pair.</span>}
          <CountryPicker
            countries={countries}
            chosen={b.subject ?? []}
            label="Add a country to the subject"
            onChange={(codes) =>
              codes.length > MAX_SUBJECT
                ? holdField('subject', b.subject, `A subject has at most ${MAX_SUBJECT} countries.`)
                : setField('subject', codes.length > 0 ? codes : null, 'now')
            }
          />
        </div>
        <FieldError id={`${id}-subject-error`} message={err('subject')} />
      </div>
      <fieldset className="briefing-row briefing-period">
        <legend>Period (optional)</legend>
        <label className="briefing-field">
          <span>From</span>
          <input type="date" value={b.period?.from ?? ''} aria-describedby={described('period')} onChange={(e) => setPeriod(e.target.value, b.period?.to ?? '')} />
        </label>
        <label className="briefing-field">
          <span>To</span>
          <input type="date" value={b.period?.to ?? ''} aria-describedby={described('period')} onChange={(e) => setPeriod(b.period?.from ?? '', e.target.value)} />
        </label>
        {b.period && (
          <button type="button" className="briefing-inline-button" onClick={() => setPeriod('', '')}>
            Clear period
          </button>
        )}
        <FieldError id={`${id}-period-error`} message={err('period')} />
      </fieldset>
      <div className="briefing-row">
        <label className="briefing-field">
          <span>Template</span>
          <select value={b.template} onChange={(e) => setField('template', e.target.value as Briefing['template'], 'now')}>
            {TEMPLATES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="briefing-field">
          <span>Paper</span>
          <select value={b.paper} onChange={(e) => setField('paper', e.target.value as Briefing['paper'], 'now')}>
            {PAPERS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
