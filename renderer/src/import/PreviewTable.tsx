/**
 * The parsed entries, one row each, with the reader's warnings beside them and controls
 * to correct the date, participants, type and category or leave an entry out.
 */
import { useEffect, useState } from 'react';
import { createColumnHelper, FlexRender, tableFeatures, useTable } from '@tanstack/react-table';
import { CATEGORIES, EVENT_TYPES, type EntryPatch, type PreviewEntry } from '../../../contract/imports.ts';
import { formatDateRange } from '../format.ts';
import { TeachOffer, type Lessons } from './TeachOffer.tsx';

export type Edit = (index: number, patch: EntryPatch) => Promise<void>;

/** The rows chosen for one correction to many ('set type to statement for these 7'). */
export interface Selection {
  has(index: number): boolean;
  toggle(index: number, on: boolean): void;
}

const features = tableFeatures({});
const column = createColumnHelper<typeof features, PreviewEntry>();

function columnsFor(edit: Edit, disabled: boolean, selection: Selection, lessons: Lessons) {
  return column.columns([
    column.display({
      id: 'select',
      header: 'Select',
      cell: ({ row: { original: e } }) => (
        <input
          type="checkbox"
          checked={selection.has(e.index)}
          disabled={disabled}
          aria-label={`Select entry ${e.index + 1}`}
          onChange={(ev) => selection.toggle(e.index, ev.target.checked)}
        />
      ),
    }),
    column.display({
      id: 'include',
      header: 'Import',
      cell: ({ row: { original: e } }) => (
        <input
          type="checkbox"
          checked={!e.excluded}
          disabled={disabled}
          aria-label={`Import entry ${e.index + 1}`}
          onChange={(ev) => void edit(e.index, { excluded: !ev.target.checked })}
        />
      ),
    }),
    column.accessor('line', { header: 'Line', cell: (info) => info.getValue() ?? '—' }),
    column.display({ id: 'date', header: 'Date', cell: ({ row: { original: e } }) => <DateCell entry={e} edit={edit} disabled={disabled} /> }),
    column.display({
      id: 'countries',
      header: 'Countries',
      cell: ({ row: { original: e } }) => <CountriesCell entry={e} edit={edit} disabled={disabled} />,
    }),
    column.display({
      id: 'kind',
      header: 'Type · Category',
      cell: ({ row: { original: e } }) => (
        <div className="stack">
          <select value={e.type} disabled={disabled} aria-label={`Type of entry ${e.index + 1}`} onChange={(ev) => void edit(e.index, { type: ev.target.value as PreviewEntry['type'] })}>
            {EVENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <select
            value={e.category}
            disabled={disabled}
            aria-label={`Category of entry ${e.index + 1}`}
            onChange={(ev) => void edit(e.index, { category: ev.target.value as PreviewEntry['category'] })}
          >
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </div>
      ),
    }),
    column.display({
      id: 'summary',
      header: 'Entry',
      cell: ({ row: { original: e } }) => (
        <div>
          <div className="summary">{e.summary}</div>
          <div className="small muted">
            {[e.location && `At ${e.location}`, e.people.length > 0 && `People: ${e.people.map((p) => p.name).join(', ')}`, e.groupings.length > 0 && `Groupings: ${e.groupings.map((g) => g.name).join(', ')}`]
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
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <TeachOffer entry={e} lessons={lessons} disabled={disabled} />
        </div>
      ),
    }),
  ]);
}

export function PreviewTable(props: { entries: PreviewEntry[]; edit: Edit; disabled: boolean; selection: Selection; lessons: Lessons }) {
  const { entries, edit, disabled, selection, lessons } = props;
  const table = useTable({ features, columns: columnsFor(edit, disabled, selection, lessons), data: entries });
  return (
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
  );
}

function DateCell({ entry: e, edit, disabled }: { entry: PreviewEntry; edit: Edit; disabled: boolean }) {
  const [start, setStart] = useState(e.dateStart);
  const [end, setEnd] = useState(e.dateEnd ?? '');
  useEffect(() => {
    setStart(e.dateStart);
    setEnd(e.dateEnd ?? '');
  }, [e.dateStart, e.dateEnd]);
  const save = () => {
    if (start === e.dateStart && end === (e.dateEnd ?? '')) return;
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

function CountriesCell({ entry: e, edit, disabled }: { entry: PreviewEntry; edit: Edit; disabled: boolean }) {
  const written = e.countries.join(' ');
  const [value, setValue] = useState(written);
  useEffect(() => setValue(written), [written]);
  const save = () => {
    const codes = value.toUpperCase().split(/[\s,;]+/).filter(Boolean);
    if (codes.join(' ') !== written) void edit(e.index, { countries: codes });
  };
  return (
    <input
      className="codes"
      value={value}
      disabled={disabled}
      aria-label={`Countries of entry ${e.index + 1} (codes such as JP US)`}
      onChange={(ev) => setValue(ev.target.value)}
      onBlur={save}
      onKeyDown={(ev) => ev.key === 'Enter' && save()}
      spellCheck={false}
    />
  );
}
