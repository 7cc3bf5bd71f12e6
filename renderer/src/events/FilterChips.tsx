/** Each active filter as a chip that removes it; the row reads as a sentence of the view. */
import { ENGAGEMENT_LEVELS, type DatePreset, type EngagementLevel, type EventFilter } from '../../../contract/query.ts';
import { formatDateRange } from '../format.ts';
import { PRESET_LABELS } from './datePresets.ts';
import { MODE_LABELS, type Choices } from './FilterPanel.tsx';

interface Chip {
  key: string;
  label: string;
  remove(): void;
}

interface Props {
  filter: EventFilter;
  datePreset: DatePreset | null;
  choices: Choices;
  onChange(filter: EventFilter, datePreset: DatePreset | null): void;
}

export function FilterChips({ filter, datePreset, choices, onChange }: Props) {
  const without = (...keys: Array<keyof EventFilter>) => {
    const next = { ...filter };
    for (const k of keys) delete next[k];
    return next;
  };
  const country = new Map(choices.countries.map((c) => [c.code, c.name]));
  const chips: Chip[] = [];
  const p = filter.pairing;
  if (p?.kind === 'countries') {
    const names = p.countries.map((c) => country.get(c) ?? c).join(p.countries.length === 2 ? '–' : ', ');
    chips.push({ key: 'pairing', label: `${names}: ${MODE_LABELS[p.mode].toLowerCase()}`, remove: () => onChange(without('pairing'), datePreset) });
    // Which file, a chip of its own: removing it keeps the pairing.
    const anyFile: EventFilter = { ...filter, pairing: { kind: 'countries', mode: p.mode, countries: p.countries, fileOnly: false } };
    if (p.fileOnly) chips.push({ key: 'file', label: 'Only from their relationship file', remove: () => onChange(anyFile, datePreset) });
    else if (p.otherFilesOnly) chips.push({ key: 'file', label: 'Not from their relationship file', remove: () => onChange(anyFile, datePreset) });
  } else if (p?.kind === 'grouping') {
    const name = choices.groupings.find((g) => g.id === p.grouping)?.name ?? p.grouping;
    chips.push({ key: 'pairing', label: `${name}: ${p.mode === 'all' ? 'all members' : 'any member'}`, remove: () => onChange(without('pairing'), datePreset) });
  }
  const starting = filter.dateMatch === 'start' ? 'Starting ' : '';
  if (datePreset && datePreset !== 'custom') {
    chips.push({ key: 'date', label: `${starting}${PRESET_LABELS[datePreset]}`, remove: () => onChange(without('dateFrom', 'dateTo', 'dateMatch'), null) });
  } else if (filter.dateFrom || filter.dateTo) {
    chips.push({ key: 'date', label: `${starting}${dateRangeText(filter.dateFrom, filter.dateTo)}`, remove: () => onChange(without('dateFrom', 'dateTo', 'dateMatch'), null) });
  }
  if (filter.types) chips.push({ key: 'types', label: `Type: ${filter.types.join(', ')}`, remove: () => onChange(without('types'), datePreset) });
  if (filter.categories) chips.push({ key: 'categories', label: `Category: ${filter.categories.join(', ')}`, remove: () => onChange(without('categories'), datePreset) });
  if (filter.tags) {
    const names = filter.tags.map((id) => choices.tags.find((t) => t.id === id)?.name ?? `#${id}`);
    chips.push({ key: 'tags', label: `Tags: ${names.join(', ')}`, remove: () => onChange(without('tags'), datePreset) });
  }
  if (filter.minImportance) chips.push({ key: 'importance', label: `Importance ${'★'.repeat(filter.minImportance)}+`, remove: () => onChange(without('minImportance'), datePreset) });
  if (filter.hasNotes !== undefined) chips.push({ key: 'notes', label: filter.hasNotes ? 'With notes' : 'Without notes', remove: () => onChange(without('hasNotes'), datePreset) });
  if (filter.sources) {
    const title = choices.sources.find((s) => s.id === filter.sources![0])?.title ?? 'a source';
    chips.push({ key: 'sources', label: `Source: ${title}`, remove: () => onChange(without('sources'), datePreset) });
  }
  if (filter.levels) chips.push({ key: 'levels', label: levelsText(filter.levels), remove: () => onChange(without('levels'), datePreset) });
  if (filter.ids) chips.push({ key: 'ids', label: `${filter.ids.length.toLocaleString('en-US')} chosen ${filter.ids.length === 1 ? 'event' : 'events'}`, remove: () => onChange(without('ids'), datePreset) });
  if (filter.search) chips.push({ key: 'search', label: `Search: ${filter.search.length > 40 ? `${filter.search.slice(0, 40)}…` : filter.search}`, remove: () => onChange(without('search'), datePreset) });

  if (chips.length === 0) return null;
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((c) => (
        <li key={c.key}>
          <button type="button" className="chip chip-removable" onClick={c.remove} aria-label={`Remove filter ${c.label}`}>
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      {chips.length > 1 && (
        <li>
          <button type="button" className="link-button" onClick={() => onChange({}, null)}>
            Clear all
          </button>
        </li>
      )}
    </ul>
  );
}

const LEVEL_WORDS: Record<Exclude<EngagementLevel, 'unnamed'>, string> = { leader: 'leaders', minister: 'ministers', official: 'officials' };

/** "Leaders named", "Leaders and ministers named", "Officials named or no one named", "No one named". */
export function levelsText(levels: readonly EngagementLevel[]): string {
  const named = ENGAGEMENT_LEVELS.filter((l): l is Exclude<EngagementLevel, 'unnamed'> => l !== 'unnamed' && levels.includes(l)).map((l) => LEVEL_WORDS[l]);
  const list = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)!}` : (named[0] ?? '');
  const text = [named.length ? `${list} named` : '', levels.includes('unnamed') ? 'no one named' : ''].filter(Boolean).join(' or ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Mar 1–31, 2023"; an open end reads "from Mar 1, 2023" or "until Mar 31, 2023". */
function dateRangeText(from: string | undefined, to: string | undefined): string {
  if (from && to) return formatDateRange(from, to);
  if (from) return `from ${formatDateRange(from, null)}`;
  return `until ${formatDateRange(to!, null)}`;
}
