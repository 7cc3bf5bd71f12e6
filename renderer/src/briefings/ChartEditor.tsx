/**
 * A section's optional chart: what it shows, for which countries and period. Saved only once
 * it can be drawn (a country chart needs one country, a pair chart two or more, and a period).
 */
import { useId, useState } from 'react';
import type { Section, SectionChart } from '../../../contract/briefings.ts';
import { CountryPicker, type CountryChoice } from '../countries/CountryPicker.tsx';
import { FieldError } from './FieldError.tsx';
import type { useBriefingDraft } from './useBriefingDraft.ts';

type Kind = SectionChart['kind'];
const KINDS: readonly { value: Kind; label: string }[] = [
  { value: 'country-per-month', label: 'Country: events per month' },
  { value: 'pair-intensity', label: 'Pair: intensity of relations' },
  { value: 'pair-per-month', label: 'Pair: events per month' },
];

interface Draft {
  kind: Kind;
  countries: string[];
  from: string;
  to: string;
}

interface Props {
  section: Section;
  draft: ReturnType<typeof useBriefingDraft>;
  countries: readonly CountryChoice[];
  readOnly: boolean;
}

export function ChartEditor({ section, draft, countries, readOnly }: Props) {
  const id = useId();
  const b = draft.briefing;
  const stored = section.chart;
  const [editing, setEditing] = useState<Draft | null>(null);
  const key = `section:${section.id}:chart`;
  const error = draft.saver.errors.get(key);

  const start = (): Draft => {
    const subject = b.subject ?? [];
    const period = b.period ?? lastYear();
    return { kind: subject.length >= 2 ? 'pair-intensity' : 'country-per-month', countries: subject.length >= 2 ? subject.slice(0, 6) : subject.slice(0, 1), from: period.from, to: period.to };
  };
  const shown: Draft | null = editing ?? (stored ? { kind: stored.kind, countries: stored.countries, from: stored.period.from, to: stored.period.to } : null);

  const update = (next: Draft) => {
    setEditing(next);
    const problem = chartProblem(next);
    if (problem) draft.holdSectionField(section.id, 'chart', stored, problem);
    else draft.setSectionField(section.id, 'chart', { kind: next.kind, countries: next.countries, period: { from: next.from, to: next.to } }, 'now');
  };

  if (!shown) {
    return (
      <p className="briefing-add-line">
        <button type="button" disabled={readOnly} onClick={() => update(start())}>
          Add a chart
        </button>
      </p>
    );
  }
  return (
    <fieldset className="chart-editor" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Chart</legend>
      <div className="briefing-row">
        <label className="briefing-field">
          <span>Shows</span>
          <select value={shown.kind} onChange={(e) => update({ ...shown, kind: e.target.value as Kind })}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label className="briefing-field">
          <span>From</span>
          <input type="date" value={shown.from} onChange={(e) => update({ ...shown, from: e.target.value })} />
        </label>
        <label className="briefing-field">
          <span>To</span>
          <input type="date" value={shown.to} onChange={(e) => update({ ...shown, to: e.target.value })} />
        </label>
      </div>
      <div className="briefing-subject">
        <CountryPicker countries={countries} chosen={shown.countries} label="Add a country to the chart" onChange={(codes) => update({ ...shown, countries: codes.slice(0, 6) })} />
      </div>
      <FieldError id={`${id}-error`} message={error} />
      <p className="briefing-add-line">
        <button
          type="button"
          onClick={() => {
            setEditing(null);
            draft.setSectionField(section.id, 'chart', null, 'now');
          }}
        >
          Remove chart
        </button>
      </p>
    </fieldset>
  );
}

function chartProblem(d: Draft): string | null {
  if (d.kind === 'country-per-month' && d.countries.length !== 1) return 'A country chart shows exactly one country.';
  if (d.kind !== 'country-per-month' && d.countries.length < 2) return 'A pair chart needs two or more countries.';
  if (!d.from || !d.to) return 'The chart needs a period: set both dates.';
  if (d.from > d.to) return 'The chart’s period ends before it starts.';
  return null;
}

function lastYear(): { from: string; to: string } {
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const from = new Date(today.getFullYear() - 1, today.getMonth(), today.getDate() + 1);
  return { from: iso(from), to: iso(today) };
}
