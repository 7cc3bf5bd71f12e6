import { useCallback, useEffect, useState } from 'react';
import { createColumnHelper, FlexRender, tableFeatures, useTable } from '@tanstack/react-table';
import type { EventRow } from '../../../contract/events.ts';
import { call, BriefingError } from '../api.ts';
import { formatCount, formatDateRange } from '../format.ts';

const PAGE_SIZE = 100;

const features = tableFeatures({});
const column = createColumnHelper<typeof features, EventRow>();
const columns = column.columns([
  column.accessor('dateStart', {
    id: 'date',
    header: 'Date',
    cell: (info) => formatDateRange(info.row.original.dateStart, info.row.original.dateEnd, info.row.original.precision),
  }),
  column.accessor('countries', {
    header: 'Participants',
    cell: (info) => (
      <span className="chips">
        {info.getValue().map((code) => (
          <span key={code} className="chip">
            {code}
          </span>
        ))}
      </span>
    ),
  }),
  column.accessor('type', { header: 'Type', cell: (info) => info.getValue() }),
  column.accessor('category', { header: 'Category', cell: (info) => info.getValue() }),
  column.accessor('summary', { header: 'Summary', cell: (info) => info.getValue() }),
  column.accessor('location', { header: 'Location', cell: (info) => info.getValue() ?? '' }),
]);

interface Page {
  total: number;
  rows: EventRow[];
}

interface Props {
  storePath: string | null;
  onLoadSample(): Promise<void>;
  onImport(): void;
}

export function EventsScreen({ storePath, onLoadSample, onImport }: Props) {
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (from: number) => {
    try {
      setPage(await call((api) => api.listEvents({ offset: from, limit: PAGE_SIZE })));
      setError(null);
    } catch (e) {
      setError(e instanceof BriefingError ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    void load(offset);
  }, [load, offset]);

  const table = useTable({ features, columns, data: page?.rows ?? [] });

  if (error) {
    return (
      <div role="alert" className="notice notice-error">
        Could not read events: {error}
      </div>
    );
  }
  if (!page) return <p className="muted" aria-busy="true">Opening the store…</p>;
  if (page.total === 0) return <EmptyState storePath={storePath} onLoadSample={onLoadSample} onImport={onImport} />;

  const last = Math.min(offset + page.rows.length, page.total);
  return (
    <section className="events" aria-labelledby="events-heading">
      <div className="toolbar">
        <h1 id="events-heading">Events</h1>
        <span className="count" data-testid="event-count">
          {formatCount(page.total)} {page.total === 1 ? 'event' : 'events'}
        </span>
        <span className="spacer" />
        <span className="muted">
          {formatCount(offset + 1)}–{formatCount(last)}
        </span>
        <button type="button" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))} disabled={offset === 0}>
          Previous
        </button>
        <button type="button" onClick={() => setOffset(offset + PAGE_SIZE)} disabled={last >= page.total}>
          Next
        </button>
      </div>
      <table className="grid" aria-label="Events">
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
          {table.getRowModel().rows.map((row) => (
            <tr key={row.original.id} data-event-id={row.original.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function EmptyState({ storePath, onLoadSample, onImport }: Props) {
  const [loading, setLoading] = useState(false);
  return (
    <section className="empty" aria-labelledby="empty-heading">
      <h1 id="empty-heading">No events yet</h1>
      <p>
        Briefing Book keeps your chronologies — dated meetings, visits, calls and statements — as events you can filter,
        annotate and cite in briefings.
      </p>
      <p>Import a chronology of your own, or start with the sample: US–Japan relations from January to April 2023, with a few entries on other pairs.</p>
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={loading}
          onClick={() => {
            setLoading(true);
            void onLoadSample().finally(() => setLoading(false));
          }}
        >
          {loading ? 'Loading the sample…' : 'Load sample briefing book'}
        </button>
        <button type="button" onClick={onImport}>
          Import a chronology…
        </button>
      </div>
      {storePath && (
        <p className="muted small">
          Store: <code>{storePath}</code>
        </p>
      )}
    </section>
  );
}
