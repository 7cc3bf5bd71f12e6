/**
 * The filter panel: country pairing first, then dates, type, category, tags, importance,
 * level of engagement, notes and source. Every change applies at once; the count above the table follows it.
 */
import { useId } from 'react';
import { CATEGORIES, EVENT_TYPES } from '../../../contract/imports.ts';
import { ENGAGEMENT_LEVELS, PAIRING_MODES, type DatePreset, type EngagementLevel, type EventFilter, type PairingMode } from '../../../contract/query.ts';
import { CountryPicker } from '../countries/CountryPicker.tsx';
import { PRESET_LABELS } from './datePresets.ts';

export interface Choices {
  countries: Array<{ code: string; name: string }>;
  groupings: Array<{ id: string; name: string; members: string[] }>;
  tags: Array<{ id: number; name: string; color: string | null }>;
  sources: Array<{ id: number; title: string; events: number }>;
}

export const MODE_LABELS: Record<PairingMode, string> = {
  both: 'Both take part',
  bilateral: 'Strictly bilateral',
  all: 'All of them',
  any: 'Any of them',
};

/** The levels of engagement as the Level checklist names them. */
export const LEVEL_LABELS: Record<EngagementLevel, string> = { leader: 'Leaders', minister: 'Ministers', official: 'Officials', unnamed: 'No one named' };

interface Props {
  filter: EventFilter;
  datePreset: DatePreset | null;
  choices: Choices;
  onChange(filter: EventFilter, datePreset: DatePreset | null): void;
}

const toggle = <T,>(list: readonly T[] | undefined, item: T): T[] | undefined => {
  const next = list?.includes(item) ? list.filter((x) => x !== item) : [...(list ?? []), item];
  return next.length ? next : undefined;
};

export function FilterPanel({ filter, datePreset, choices, onChange }: Props) {
  const set = (patch: Partial<EventFilter>, preset: DatePreset | null = datePreset) => onChange(clean({ ...filter, ...patch }), preset);
  return (
    <aside className="filter-panel" aria-label="Filters">
      <PairingSection filter={filter} choices={choices} onChange={(pairing) => set({ pairing })} />
      <fieldset className="filter-group">
        <legend>Date</legend>
        <select
          aria-label="Date range"
          value={datePreset ?? ''}
          onChange={(e) => {
            const preset = (e.target.value || null) as DatePreset | null;
            // "Any date" also drops a dashboard's by-start matching; another range keeps it (its chip says so).
            set({ dateFrom: undefined, dateTo: undefined, dateMatch: preset ? filter.dateMatch : undefined }, preset);
          }}
        >
          <option value="">Any date</option>
          {(Object.keys(PRESET_LABELS) as DatePreset[]).map((p) => (
            <option key={p} value={p}>
              {PRESET_LABELS[p]}
            </option>
          ))}
        </select>
        {datePreset === 'custom' && (
          <div className="filter-dates">
            <label>
              From <input type="date" value={filter.dateFrom ?? ''} max={filter.dateTo} onChange={(e) => set({ dateFrom: e.target.value || undefined })} />
            </label>
            <label>
              To <input type="date" value={filter.dateTo ?? ''} min={filter.dateFrom} onChange={(e) => set({ dateTo: e.target.value || undefined })} />
            </label>
          </div>
        )}
      </fieldset>
      <CheckList legend="Type" items={EVENT_TYPES} chosen={filter.types} onToggle={(t) => set({ types: toggle(filter.types, t) })} />
      <CheckList legend="Category" items={CATEGORIES} chosen={filter.categories} onToggle={(c) => set({ categories: toggle(filter.categories, c) })} />
      {choices.tags.length > 0 && (
        <fieldset className="filter-group">
          <legend>Tags</legend>
          {choices.tags.map((t) => (
            <label key={t.id} className="check">
              <input type="checkbox" checked={filter.tags?.includes(t.id) ?? false} onChange={() => set({ tags: toggle(filter.tags, t.id) })} /> {t.name}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="filter-group">
        <legend>Marks</legend>
        <fieldset className="filter-checks filter-levels">
          <legend>Level</legend>
          {ENGAGEMENT_LEVELS.map((level) => (
            <label key={level} className="check">
              <input type="checkbox" checked={filter.levels?.includes(level) ?? false} onChange={() => set({ levels: toggle(filter.levels, level) })} /> {LEVEL_LABELS[level]}
            </label>
          ))}
        </fieldset>
        <label>
          Importance{' '}
          <select aria-label="Importance" value={filter.minImportance ?? ''} onChange={(e) => set({ minImportance: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">Any</option>
            <option value="1">★ or more</option>
            <option value="2">★★ or more</option>
            <option value="3">★★★</option>
          </select>
        </label>
        <label>
          Notes{' '}
          <select
            aria-label="Notes"
            value={filter.hasNotes === undefined ? '' : String(filter.hasNotes)}
            onChange={(e) => set({ hasNotes: e.target.value === '' ? undefined : e.target.value === 'true' })}
          >
            <option value="">Any</option>
            <option value="true">With notes</option>
            <option value="false">Without notes</option>
          </select>
        </label>
      </fieldset>
      {choices.sources.length > 0 && (
        <fieldset className="filter-group">
          <legend>Source</legend>
          <select
            aria-label="Source"
            value={filter.sources?.[0] ?? ''}
            onChange={(e) => set({ sources: e.target.value ? [Number(e.target.value)] : undefined })}
          >
            <option value="">Any source</option>
            {choices.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({s.events.toLocaleString('en-US')})
              </option>
            ))}
          </select>
        </fieldset>
      )}
    </aside>
  );
}

function PairingSection({ filter, choices, onChange }: { filter: EventFilter; choices: Choices; onChange(p: EventFilter['pairing']): void }) {
  const id = useId();
  const pairing = filter.pairing;
  const countries = pairing?.kind === 'countries' ? pairing.countries : [];
  const mode: PairingMode = pairing?.kind === 'countries' ? pairing.mode : countries.length === 2 ? 'both' : 'all';
  const file: 'own' | 'other' | 'any' = pairing?.kind !== 'countries' ? 'any' : pairing.fileOnly ? 'own' : pairing.otherFilesOnly ? 'other' : 'any';
  const setCountries = (codes: string[], nextMode = mode, nextFile = file) => {
    if (codes.length === 0) return onChange(undefined);
    // "Both" and "bilateral" need a pair; with another number of countries they read as all-of.
    const fitted = (nextMode === 'both' || nextMode === 'bilateral') && codes.length !== 2 ? (codes.length === 1 ? 'any' : 'all') : nextMode;
    onChange({ kind: 'countries', countries: codes, mode: fitted, fileOnly: nextFile === 'own', ...(nextFile === 'other' ? { otherFilesOnly: true } : {}) });
  };

  return (
    <fieldset className="filter-group filter-pairing">
      <legend>Country pairing</legend>
      <CountryPicker
        countries={choices.countries}
        chosen={countries}
        onChange={(codes) => setCountries(codes, countries.length === 1 && codes.length === 2 ? 'both' : mode)}
      />
      {countries.length > 0 && (
        <div role="radiogroup" aria-label="How they take part" className="modes">
          {PAIRING_MODES.filter((m) => countries.length === 2 || m === 'all' || m === 'any').map((m) => (
            <label key={m} className="check">
              <input type="radio" name={`${id}-mode`} checked={mode === m} onChange={() => setCountries(countries, m)} /> {MODE_LABELS[m]}
            </label>
          ))}
          {/* Either or neither: ticking one clears the other. */}
          <label className="check">
            <input type="checkbox" checked={file === 'own'} onChange={(e) => setCountries(countries, mode, e.target.checked ? 'own' : 'any')} /> Only from their relationship file
          </label>
          <label className="check">
            <input type="checkbox" checked={file === 'other'} onChange={(e) => setCountries(countries, mode, e.target.checked ? 'other' : 'any')} /> Only from other files
          </label>
        </div>
      )}
      <label className="filter-grouping">
        Grouping{' '}
        <select
          aria-label="Grouping"
          value={pairing?.kind === 'grouping' ? pairing.grouping : ''}
          onChange={(e) => onChange(e.target.value ? { kind: 'grouping', grouping: e.target.value, mode: pairing?.kind === 'grouping' ? pairing.mode : 'all' } : undefined)}
        >
          <option value="">None</option>
          {choices.groupings.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({g.members.join(' ')})
            </option>
          ))}
        </select>
      </label>
      {pairing?.kind === 'grouping' && (
        <div role="radiogroup" aria-label="How the members take part" className="modes">
          {(['all', 'any'] as const).map((m) => (
            <label key={m} className="check">
              <input type="radio" name={`${id}-gmode`} checked={pairing.mode === m} onChange={() => onChange({ ...pairing, mode: m })} />{' '}
              {m === 'all' ? 'All members' : 'Any member'}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}

function CheckList<T extends string>({ legend, items, chosen, onToggle }: { legend: string; items: readonly T[]; chosen?: readonly T[]; onToggle(item: T): void }) {
  return (
    <fieldset className="filter-group filter-checks">
      <legend>{legend}</legend>
      {items.map((item) => (
        <label key={item} className="check">
          <input type="checkbox" checked={chosen?.includes(item) ?? false} onChange={() => onToggle(item)} /> {item}
        </label>
      ))}
    </fieldset>
  );
}

/** Drops empty parts so that saved views and chips only hold what is really filtered. */
export function clean(filter: EventFilter): EventFilter {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(filter)) {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  return out as EventFilter;
}
