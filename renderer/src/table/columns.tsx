/**
 * The grid's TanStack column definitions: what each cell shows, how wide it starts, whether
 * its header sorts. Sorting itself happens in the store; a definition only says "may sort".
 */
import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import type { EventRow } from '../../../contract/events.ts';
import { SORT_COLUMNS, type SortColumn, type TableColumn } from '../../../contract/query.ts';
import { formatDateRange } from '../format.ts';
import { CountryChips, Importance, NoteCount, TagChips } from './cells.tsx';
import type { Highlighter } from './highlight.tsx';
import { COLUMN_LABELS, DEFAULT_WIDTHS, MAX_WIDTH, MIN_WIDTH } from './layout.ts';

export { DEFAULT_LAYOUT } from './layout.ts';

export const features = tableFeatures({ rowSortingFeature, columnSizingFeature, columnResizingFeature, columnOrderingFeature, columnVisibilityFeature });

/** A loaded row and its place in the whole result (the table only ever sees a window). */
export interface GridRow {
  index: number;
  event: EventRow;
}

export interface CellContext {
  highlight: Highlighter;
  countryNames: ReadonlyMap<string, string>;
}

export const isSortable = (id: string): id is SortColumn => (SORT_COLUMNS as readonly string[]).includes(id);

/** Newest and most important first: what an analyst wants on the first click. */
const DESC_FIRST: ReadonlySet<SortColumn> = new Set(['date', 'importance']);

/** Full text for cells that an ellipsis may cut short, shown as the cell's tooltip. */
export const CELL_TITLE: Partial<Record<TableColumn, (e: EventRow) => string | undefined>> = {
  date: (e) => e.dateText ?? undefined,
  summary: (e) => e.summary,
  location: (e) => e.location ?? undefined,
  source: (e) => e.source ?? undefined,
  type: (e) => e.type,
  category: (e) => e.category,
  tags: (e) => (e.tags.length ? e.tags.map((t) => t.name).join(', ') : undefined),
};

/**
 * More than a cell can show at its widest (2,000 px). Summaries run to 20,000 characters, and
 * the browser lays out a whole line before its ellipsis; the tooltip keeps the full text.
 */
const SHOWN_CHARS = 400;

function clip(text: string): string {
  if (text.length <= SHOWN_CHARS) return text;
  // Never cut between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[SHOWN_CHARS - 1]!) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
  return `${text.slice(0, end)}…`;
}

const helper = createColumnHelper<typeof features, GridRow>();

const base = (id: TableColumn) => ({
  id,
  header: COLUMN_LABELS[id],
  size: DEFAULT_WIDTHS[id],
  minSize: MIN_WIDTH[id],
  maxSize: MAX_WIDTH,
  enableSorting: isSortable(id),
  sortDescFirst: isSortable(id) && DESC_FIRST.has(id),
});

export function makeColumns({ highlight, countryNames }: CellContext) {
  return helper.columns([
    helper.accessor((r) => r.event.dateStart, {
      ...base('date'),
      cell: ({ row: { original: { event: e } } }) => formatDateRange(e.dateStart, e.dateEnd, e.precision),
    }),
    helper.accessor((r) => r.event.countries, {
      ...base('participants'),
      cell: ({ row }) => <CountryChips codes={row.original.event.countries} names={countryNames} />,
    }),
    helper.accessor((r) => r.event.type, { ...base('type'), cell: ({ row }) => row.original.event.type }),
    helper.accessor((r) => r.event.category, { ...base('category'), cell: ({ row }) => row.original.event.category }),
    helper.accessor((r) => r.event.summary, {
      ...base('summary'),
      enableHiding: false,
      cell: ({ row }) => highlight(clip(row.original.event.summary)),
    }),
    helper.accessor((r) => r.event.location, {
      ...base('location'),
      cell: ({ row }) => highlight(clip(row.original.event.location ?? '')),
    }),
    helper.accessor((r) => r.event.source, { ...base('source'), cell: ({ row }) => clip(row.original.event.source ?? '') }),
    helper.accessor((r) => r.event.noteCount, { ...base('notes'), cell: ({ row }) => <NoteCount count={row.original.event.noteCount} /> }),
    helper.accessor((r) => r.event.tags, { ...base('tags'), cell: ({ row }) => <TagChips tags={row.original.event.tags} /> }),
    helper.accessor((r) => r.event.importance, { ...base('importance'), cell: ({ row }) => <Importance level={row.original.event.importance} /> }),
  ]);
}
