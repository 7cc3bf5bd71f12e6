/** The events table's columns: how each cell reads, its default width, whether it sorts. */
import { createColumnHelper, tableFeatures, columnOrderingFeature, columnResizingFeature, columnSizingFeature, columnVisibilityFeature, rowSortingFeature } from '@tanstack/react-table';
import type { EventRow } from '../../../contract/events.ts';
import { SORT_COLUMNS, TABLE_COLUMNS, type SortColumn, type TableColumn, type TableLayout } from '../../../contract/query.ts';
import { Highlighted } from '../events/Highlighted.tsx';
import { formatDateRange } from '../format.ts';

export const features = tableFeatures({ rowSortingFeature, columnSizingFeature, columnResizingFeature, columnOrderingFeature, columnVisibilityFeature });

/** One loaded row and where it sits in the whole result. */
export interface GridRow {
  index: number;
  event: EventRow;
}

export interface CellContext {
  highlight: readonly string[];
  countryNames: ReadonlyMap<string, string>;
}

export const COLUMN_LABELS: Record<TableColumn, string> = {
  date: 'Date',
  participants: 'Participants',
  type: 'Type',
  category: 'Category',
  summary: 'Summary',
  location: 'Location',
  source: 'Source',
  notes: 'Notes',
  tags: 'Tags',
  importance: 'Importance',
};

export const DEFAULT_WIDTHS: Record<TableColumn, number> = {
  date: 125,
  participants: 130,
  type: 95,
  category: 95,
  summary: 320,
  location: 120,
  source: 160,
  notes: 60,
  tags: 140,
  importance: 95,
};

/** Chips shown before "+N": a G7 statement has eight participants, the cell has room for four. */
const CHIPS_SHOWN = 4;

/** A new store's layout: every column in the default order, the rarely filled ones hidden. */
export const DEFAULT_LAYOUT: TableLayout = { order: [...TABLE_COLUMNS], hidden: ['tags', 'importance'], widths: {} };

export const isSortable = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id);

const column = createColumnHelper<typeof features, GridRow>();

export function makeColumns(context: CellContext) {
  const text = (value: string | null) => value ?? '';
  return column.columns([
    column.accessor((r) => r.event.dateStart, {
      id: 'date',
      cell: ({ row }) => {
        const e = row.original.event;
        return <span title={e.dateText ?? undefined}>{formatDateRange(e.dateStart, e.dateEnd, e.precision)}</span>;
      },
    }),
    column.accessor((r) => r.event.countries, {
      id: 'participants',
      cell: ({ row }) => {
        const codes = row.original.event.countries;
        const name = (code: string) => context.countryNames.get(code) ?? code;
        const shown = codes.length > CHIPS_SHOWN ? codes.slice(0, CHIPS_SHOWN - 1) : codes;
        const rest = codes.slice(shown.length);
        return (
          <span className="chips chips-nowrap">
            {shown.map((code) => (
              <span key={code} className="chip" title={name(code)} aria-label={name(code)}>
                {code}
              </span>
            ))}
            {rest.length > 0 && (
              <span className="chip chip-more" title={rest.map(name).join(', ')} aria-label={`and ${rest.map(name).join(', ')}`}>
                +{rest.length}
              </span>
            )}
          </span>
        );
      },
    }),
    column.accessor((r) => r.event.type, { id: 'type', cell: ({ row }) => row.original.event.type }),
    column.accessor((r) => r.event.category, { id: 'category', cell: ({ row }) => row.original.event.category }),
    column.accessor((r) => r.event.summary, {
      id: 'summary',
      enableHiding: false,
      cell: ({ row }) => <Highlighted text={row.original.event.summary} terms={context.highlight} />,
    }),
    column.accessor((r) => r.event.location, { id: 'location', cell: ({ row }) => <Highlighted text={text(row.original.event.location)} terms={context.highlight} /> }),
    column.accessor((r) => r.event.source, { id: 'source', cell: ({ row }) => text(row.original.event.source) }),
    column.accessor((r) => r.event.noteCount, {
      id: 'notes',
      cell: ({ row }) => {
        const n = row.original.event.noteCount;
        return n > 0 ? <span aria-label={`${n} ${n === 1 ? 'note' : 'notes'}`}>✎ {n}</span> : '';
      },
    }),
    column.accessor((r) => r.event.tags, {
      id: 'tags',
      cell: ({ row }) => (
        <span className="chips chips-nowrap">
          {row.original.event.tags.map((t) => (
            <span key={t.id} className="tag" style={t.color ? { borderColor: t.color } : undefined}>
              {t.name}
            </span>
          ))}
        </span>
      ),
    }),
    column.accessor((r) => r.event.importance, {
      id: 'importance',
      cell: ({ row }) => {
        const n = row.original.event.importance;
        return n ? <span aria-label={`importance ${n} of 3`}>{'★'.repeat(n) + '☆'.repeat(3 - n)}</span> : '';
      },
    }),
  ]).map((def) => ({ ...def, header: COLUMN_LABELS[def.id as TableColumn], size: DEFAULT_WIDTHS[def.id as TableColumn], minSize: 50, maxSize: 2000 }));
}
