/**
 * The parsed entries, one row each, with the reader's warnings beside them and controls
 * to correct the date, participants, type and category or leave an entry out.
 */
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import { createColumnHelper, FlexRender, tableFeatures, useTable } from '@tanstack/react-table';
import { CATEGORIES, EVENT_TYPES, type EntryPatch, type PreviewEntry } from '../../../contract/imports.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { formatDateRange } from '../format.ts';
import { countriesText, readCountries } from './country-names.ts';
import { TeachOffer, type Lessons } from './TeachOffer.tsx';

/** Resolves true when the correction was taken. */
export type Edit = (index: number, patch: EntryPatch) => Promise<boolean>;

/** The rows chosen for one correction to many ('set type to statement for these 7'). */
export interface Selection {
  has(index: number): boolean;
  toggle(index: number, on: boolean): void;
}

const features = tableFeatures({});
const column = createColumnHelper<typeof features, PreviewEntry>();

interface Tools {
  edit: Edit;
  disabled: boolean;
  selection: Selection;
  lessons: Lessons;
  countries: readonly CountryChoice[];
}

/**
 * What the cells act with. The columns are made once, so a cell keeps its state (an open
 * correction, a half-typed place) while the rows around it change; the cells read the rest here.
 */
const ToolsContext = createContext<Tools | null>(null);
const useTools = (): Tools => {
  const tools = useContext(ToolsContext);
  if (!tools) throw new Error('a preview cell outside its table');
  return tools;
};

const COLUMNS = column.columns([
  column.display({ id: 'select', header: 'Select', cell: ({ row: { original: e } }) => <SelectCell entry={e} /> }),
  column.display({ id: 'include', header: 'Import', cell: ({ row: { original: e } }) => <IncludeCell entry={e} /> }),
  column.accessor('line', { header: 'Line', cell: (info) => info.getValue() ?? '—' }),
  column.display({ id: 'date', header: 'Date', cell: ({ row: { original: e } }) => <DateCell entry={e} /> }),
  column.display({ id: 'countries', header: 'Countries', cell: ({ row: { original: e } }) => <CountriesCell entry={e} /> }),
  column.display({ id: 'kind', header: 'Type · Category', cell: ({ row: { original: e } }) => <KindCell entry={e} /> }),
  column.display({ id: 'summary', header: 'Entry', cell: ({ row: { original: e } }) => <EntryCell entry={e} /> }),
]);

function SelectCell({ entry: e }: { entry: PreviewEntry }) {
  const { selection, disabled } = useTools();
  return (
    <input
      type="checkbox"
      checked={selection.has(e.index)}
      disabled={disabled}
      aria-label={`Select entry ${e.index + 1}`}
      onChange={(ev) => selection.toggle(e.index, ev.target.checked)}
    />
  );
}

function IncludeCell({ entry: e }: { entry: PreviewEntry }) {
  const { edit, disabled } = useTools();
  return (
    <input
      type="checkbox"
      checked={!e.excluded}
      disabled={disabled}
      aria-label={`Import entry ${e.index + 1}`}
      onChange={(ev) => void edit(e.index, { excluded: !ev.target.checked })}
    />
  );
}

function KindCell({ entry: e }: { entry: PreviewEntry }) {
  const { edit, disabled } = useTools();
  return (
    <div className="stack">
      <select value={e.type} disabled={disabled} aria-label={`Type of entry ${e.index + 1}`} onChange={(ev) => void edit(e.index, { type: ev.target.value as PreviewEntry['type'] })}>
        {EVENT_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      <select value={e.category} disabled={disabled} aria-label={`Category of entry ${e.index + 1}`} onChange={(ev) => void edit(e.index, { category: ev.target.value as PreviewEntry['category'] })}>
        {CATEGORIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </div>
  );
}

function EntryCell({ entry: e }: { entry: PreviewEntry }) {
  const { edit, disabled, lessons } = useTools();
  return (
    <div>
      <EntryText entry={e} edit={edit} disabled={disabled} />
      <div className="small muted">
        {[e.people.length > 0 && `People: ${e.people.map((p) => p.name).join(', ')}`, e.groupings.length > 0 && `Groupings: ${e.groupings.map((g) => g.name).join(', ')}`]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {(e.warnings.length > 0 || e.duplicate || e.similar) && (
        <ul className="warnings" aria-label={`Warnings for entry ${e.index + 1}`}>
          {e.duplicate && <li>{e.duplicate === 'store' ? 'already in the store: will not be added twice' : 'repeats an earlier entry of this file'}</li>}
          {e.similar && (
            <li data-testid="similar-flag">
              possibly the same event as one stored: {e.similar.dateText ?? e.similar.dateStart} “{e.similar.summary}”{e.similar.source ? ` (${e.similar.source})` : ''} — similarity{' '}
              {e.similar.score.toFixed(2)}. Import it and merge the two later to keep both sources, or leave it out.
            </li>
          )}
          {e.warnings.map((w) => (
            <li key={w}>
              {w}{' '}
              <button type="button" className="link" disabled={disabled} aria-label={`Accept the warning “${w}” on entry ${e.index + 1}`} onClick={() => void edit(e.index, { acceptWarnings: [w] })}>
                Accept
              </button>
            </li>
          ))}
        </ul>
      )}
      <TeachOffer entry={e} lessons={lessons} disabled={disabled} />
    </div>
  );
}

export function PreviewTable(props: { entries: PreviewEntry[]; edit: Edit; disabled: boolean; selection: Selection; lessons: Lessons; countries: readonly CountryChoice[] }) {
  const { entries, edit, disabled, selection, lessons, countries } = props;
  const table = useTable({ features, columns: COLUMNS, data: entries });
  const tools = useMemo<Tools>(() => ({ edit, disabled, selection, lessons, countries }), [edit, disabled, selection, lessons, countries]);
  return (
    <ToolsContext value={tools}>
      <table className="grid preview-grid" aria-label="Parsed entries">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={`col-${header.column.id}`}>
                  <FlexRender header={header} />
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => {
            const e = row.original;
            const state = e.excluded ? 'excluded' : e.warnings.length > 0 || e.duplicate || e.similar ? 'warn' : 'ok';
            return (
              <tr key={e.index} data-entry={e.index} data-state={state} className={`row-${state}${e.edited ? ' row-edited' : ''}${selection.has(e.index) ? ' row-selected' : ''}`}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} className={`col-${cell.column.id}`}>
                    <FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ToolsContext>
  );
}

function DateCell({ entry: e }: { entry: PreviewEntry }) {
  const { edit, disabled } = useTools();
  const [start, setStart] = useState(e.dateStart);
  const [end, setEnd] = useState(e.dateEnd ?? '');
  useEffect(() => {
    setStart(e.dateStart);
    setEnd(e.dateEnd ?? '');
  }, [e.dateStart, e.dateEnd]);
  // Re-typing the date the reader inferred confirms it, so its warning goes too.
  const inferred = e.warnings.some((w) => w.startsWith('no year'));
  const save = () => {
    if (start === e.dateStart && end === (e.dateEnd ?? '') && !inferred) return;
    void edit(e.index, { dateStart: start, dateEnd: end || null });
  };
  return (
    <div className="stack date-cell">
      <span className="date-written" title="As written in the chronology">
        {e.dateText ?? '—'}
      </span>
      <span className="small muted">{formatDateRange(e.dateStart, e.dateEnd, e.precision)}</span>
      <input type="date" value={start} disabled={disabled} aria-label={`Start date of entry ${e.index + 1}`} onChange={(ev) => setStart(ev.target.value)} onBlur={save} />
      <input type="date" value={end} disabled={disabled} aria-label={`End date of entry ${e.index + 1}`} onChange={(ev) => setEnd(ev.target.value)} onBlur={save} />
    </div>
  );
}

function CountriesCell({ entry: e }: { entry: PreviewEntry }) {
  const { edit, disabled, countries } = useTools();
  const written = countriesText(e.countries, countries);
  const [value, setValue] = useState(written);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => setValue(written), [written]);
  const save = () => {
    const read = readCountries(value, countries);
    if (read.unknown.length > 0) {
      setProblem(`Not a country: ${read.unknown.join(', ')}`);
      return;
    }
    setProblem(null);
    if (read.codes.join(' ') !== e.countries.join(' ')) void edit(e.index, { countries: read.codes });
  };
  return (
    <div className="stack">
      <input
        className="codes"
        value={value}
        disabled={disabled}
        aria-label={`Countries of entry ${e.index + 1} (names or codes, separated by commas)`}
        aria-invalid={problem ? true : undefined}
        onChange={(ev) => setValue(ev.target.value)}
        onBlur={save}
        onKeyDown={(ev) => ev.key === 'Enter' && save()}
        spellCheck={false}
      />
      {problem && <span className="small warn-text">{problem}</span>}
    </div>
  );
}

/** The entry's text, place and source link; Edit opens them for correcting. */
function EntryText({ entry: e, edit, disabled }: { entry: PreviewEntry; edit: Edit; disabled: boolean }) {
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState(e.summary);
  const [location, setLocation] = useState(e.location ?? '');
  const [source, setSource] = useState(e.sourceUrl ?? '');
  const n = e.index + 1;
  if (!open) {
    return (
      <div className="entry-text">
        <div className="summary">{e.summary}</div>
        <div className="small muted">
          {e.location && <span>At {e.location}</span>}
          {e.location && e.sourceUrl && ' · '}
          {e.sourceUrl && <span className="entry-source">Source: {e.sourceUrl}</span>}{' '}
          <button
            type="button"
            className="link"
            disabled={disabled}
            aria-label={`Edit the text, place and source of entry ${n}`}
            onClick={() => {
              setSummary(e.summary);
              setLocation(e.location ?? '');
              setSource(e.sourceUrl ?? '');
              setOpen(true);
            }}
          >
            Edit
          </button>
        </div>
      </div>
    );
  }
  const patch: EntryPatch = {};
  if (summary.trim() !== e.summary) patch.summary = summary;
  if (location.trim() !== (e.location ?? '')) patch.location = location;
  if (source.trim() !== (e.sourceUrl ?? '')) patch.sourceUrl = source;
  return (
    <form
      className="entry-edit"
      aria-label={`Correct entry ${n}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        if (Object.keys(patch).length > 0) void edit(e.index, patch).then((ok) => ok && setOpen(false));
        else setOpen(false);
      }}
    >
      <label>
        Text
        <textarea value={summary} rows={3} maxLength={20_000} onChange={(ev) => setSummary(ev.target.value)} />
      </label>
      <label>
        Place
        <input value={location} maxLength={500} onChange={(ev) => setLocation(ev.target.value)} />
      </label>
      <label>
        Source link
        <input value={source} maxLength={2000} placeholder="https://…" onChange={(ev) => setSource(ev.target.value)} />
      </label>
      <div className="entry-edit-actions">
        <button type="submit" disabled={disabled || !summary.trim()}>
          Save
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
