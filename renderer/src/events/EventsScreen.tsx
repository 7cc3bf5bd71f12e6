/**
 * The events table screen: filters, search, saved views, the virtualised table and the
 * detail panel. The store answers every question (what matches, in what order, how many);
 * this screen only holds the filter and a window of rows.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_SORT, type DatePreset, type EventFilter, type EventSort, type SavedView, type TableDensity, type TableLayout } from '../../../contract/query.ts';
import { bridge, call, BriefingError } from '../api.ts';
import { formatCount } from '../format.ts';
import { EventsGrid, type EventsGridHandle } from '../table/EventsGrid.tsx';
import { ColumnsMenu } from '../table/ColumnsMenu.tsx';
import { DEFAULT_LAYOUT } from '../table/columns.tsx';
import { BulkBar } from './BulkBar.tsx';
import { presetRange } from './datePresets.ts';
import { DetailPanel } from './DetailPanel.tsx';
import { EmptyState } from './EmptyState.tsx';
import { EventsTrashDialog } from './EventsTrashDialog.tsx';
import { FilterChips } from './FilterChips.tsx';
import { FilterPanel, clean, type Choices } from './FilterPanel.tsx';
import { useEventWindow } from './useEventWindow.ts';
import { useSelection } from './useSelection.ts';
import { ViewsMenu } from './ViewsMenu.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

const SEARCH_DEBOUNCE_MS = 150;
const NO_CHOICES: Choices = { countries: [], groupings: [], tags: [], sources: [] };

/** A filter to open the table with (a dashboard's drill-through), applied once per token. */
export interface OpenEvents {
  filter: EventFilter;
  /** An event to show in the detail panel. */
  detailId?: number;
  token: number;
}

interface Props {
  storePath: string | null;
  generation: number;
  onLoadSample(): Promise<void>;
  onImport(): void;
  /** `undo` puts the change back and returns what it did, for the status line's Undo. */
  onNotice(text: string, undo?: () => Promise<string>): void;
  openWith?: OpenEvents | null;
  /** Opens the list of possible duplicates. */
  onDuplicates(): void;
}

export function EventsScreen({ storePath, generation, onLoadSample, onImport, onNotice, openWith, onDuplicates }: Props) {
  const [filter, setFilter] = useState<EventFilter>(() => openWith?.filter ?? {});
  const [datePreset, setDatePreset] = useState<DatePreset | null>(() => openedPreset(openWith));
  const [sort, setSort] = useState<EventSort>(DEFAULT_SORT);
  const [layout, setLayout] = useState<TableLayout>(DEFAULT_LAYOUT);
  const [searchText, setSearchText] = useState(() => openWith?.filter.search ?? '');
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [views, setViews] = useState<SavedView[]>([]);
  const [activeViewId, setActiveViewId] = useState<number | null>(null);
  const [saveRequest, setSaveRequest] = useState(0);
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const [detailId, setDetailId] = useState<number | null>(() => openWith?.detailId ?? null);
  const [showFilters, setShowFilters] = useState(true);
  const [changes, setChanges] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const grid = useRef<EventsGridHandle>(null);
  const counted = useRef(false);

  // Relative presets are resolved when the query runs, so a saved "this quarter" stays current.
  const effective = useMemo<EventFilter>(
    () => (datePreset && datePreset !== 'custom' ? { ...filter, ...presetRange(datePreset) } : filter),
    [filter, datePreset],
  );
  const result = useEventWindow(effective, sort, generation + changes);
  // Event ids; a new filter starts an empty selection.
  const selection = useSelection(effective, sort, result.rowAt);

  const fail = (e: unknown) => setProblem(e instanceof BriefingError ? e.message : String(e));

  const choicesRequest = useLatestRequest();
  useEffect(() => {
    choicesRequest
      .latest(Promise.all([call((api) => api.listCountries()), call((api) => api.filterChoices()), call((api) => api.listViews()), call((api) => api.getTableLayout())]))
      .then(([countries, more, saved, storedLayout]) => {
        setChoices({ countries: countries.map((c) => ({ code: c.code, name: c.name })), ...more });
        setViews(saved);
        if (storedLayout) setLayout(storedLayout);
      })
      .catch(fail);
  }, [generation, choicesRequest]);

  // After a bulk change: the rows are read again, and the tag list (a tag may be new).
  const bulkChanged = (message: string, undo?: () => Promise<string>) => {
    setChanges((n) => n + 1);
    notify(message, undo);
    call((api) => api.filterChoices()).then((more) => setChoices((c) => ({ ...c, ...more })), fail);
  };
  // Bumped by an undo, so an open detail panel reads its event again.
  const [panelVersion, setPanelVersion] = useState(0);
  const [showTrash, setShowTrash] = useState(false);
  const notify = (message: string, undo?: () => Promise<string>) =>
    onNotice(
      message,
      undo &&
        (async () => {
          const said = await undo();
          setChanges((n) => n + 1);
          setPanelVersion((v) => v + 1);
          return said;
        }),
    );

  // The search box types freely; the store is asked once typing pauses.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFilter((f) => (f.search ?? '') === searchText ? f : clean({ ...f, search: searchText }));
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const changeFilter = useCallback((next: EventFilter, preset: DatePreset | null) => {
    setFilter(next);
    setDatePreset(preset);
    setSearchText(next.search ?? '');
    setActiveViewId(null);
    setActiveIndex(null);
    grid.current?.scrollToIndex(0);
  }, []);

  /**
   * A change from the panel or the chips carries the search the filter last applied; what is in
   * the box now (typed or cleared within the search's pause) is newer, so it wins — unless the
   * change is to the search itself (its chip removed).
   */
  const changeFromControls = (next: EventFilter, preset: DatePreset | null) =>
    changeFilter((next.search ?? '') === (filter.search ?? '') ? clean({ ...next, search: searchText }) : next, preset);

  // A later request while the table is open: applied like any change of filter.
  const opened = useRef(openWith?.token);
  useEffect(() => {
    if (!openWith || openWith.token === opened.current) return;
    opened.current = openWith.token;
    changeFilter(openWith.filter, openedPreset(openWith));
    setDetailId(openWith.detailId ?? null);
  }, [openWith, changeFilter]);

  const changeLayout = useCallback((next: TableLayout) => {
    setLayout(next);
    void call((api) => api.saveTableLayout({ layout: next })).catch(fail);
  }, []);

  const applyView = (view: SavedView) => {
    changeFilter(view.state.filter, view.state.datePreset);
    setSort(view.state.sort);
    if (view.state.layout) changeLayout(view.state.layout);
    setActiveViewId(view.id);
  };

  const saveView = async (name: string) => {
    const saved = await call((api) => api.saveView({ name, state: { filter, datePreset, sort, layout } }));
    setViews(await call((api) => api.listViews()));
    setActiveViewId(saved.id);
    onNotice(`Saved the view "${saved.name}".`);
  };

  const exportView = async (format: 'csv' | 'json') => {
    try {
      const outcome = await call((api) => api.exportEvents({ filter: effective, sort, format }));
      if (!outcome.cancelled) onNotice(`Exported ${formatCount(outcome.events)} ${outcome.events === 1 ? 'event' : 'events'} to ${outcome.file}.`);
    } catch (e) {
      fail(e);
    }
  };

  // Keyboard: "/" finds, Ctrl/Cmd+S saves the view, Esc closes the detail (or else clears the selection).
  const hasSelection = selection.ids.size > 0;
  const clearSelection = selection.clear;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName));
      // An open dialog answers Escape itself, wherever focus is.
      if (e.key === 'Escape' && document.querySelector('dialog[open]')) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        setSaveRequest((n) => n + 1);
      } else if (e.key === '/' && !typing) {
        e.preventDefault();
        search.current?.focus();
        search.current?.select();
      } else if (e.key === 'Escape' && detailId !== null) {
        setDetailId(null);
        grid.current?.focus();
      } else if (e.key === 'Escape' && !typing && hasSelection) {
        clearSelection();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [detailId, hasSelection, clearSelection]);

  useEffect(() => bridge().on('command', (command) => command === 'save-view' && setSaveRequest((n) => n + 1)), []);

  const filtered = Object.keys(filter).length > 0 || datePreset !== null;
  // The first answer decides between the empty store's welcome and the table.
  if (result.total === null && !counted.current && !result.error) return <p className="muted" aria-busy="true">Opening the store…</p>;
  counted.current = true;
  if (result.total === 0 && !filtered && !result.error) {
    return <EmptyState storePath={storePath} onLoadSample={onLoadSample} onImport={onImport} />;
  }
  const countryNames = new Map(choices.countries.map((c) => [c.code, c.name]));

  return (
    <section
      className="events"
      aria-labelledby="events-heading"
      data-first-rows-ms={result.firstRowsMs ?? undefined}
      data-rows-held={result.rowsHeld}
    >
      <div className="toolbar">
        <h1 id="events-heading">Events</h1>
        <span className="count" data-testid="event-count" aria-live="polite">
          {result.total === null ? 'Counting…' : `${formatCount(result.total)} ${result.total === 1 ? 'event' : 'events'}`}
        </span>
        <input
          ref={search}
          type="search"
          className="search"
          aria-label="Search events (press / to focus)"
          placeholder="Search summaries, places, officials, notes  ( / )"
          value={searchText}
          maxLength={10_000}
          onChange={(e) => setSearchText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'ArrowDown') {
              e.preventDefault();
              grid.current?.focus();
            }
          }}
        />
        <span className="spacer" />
        <button type="button" aria-expanded={showFilters} onClick={() => setShowFilters((s) => !s)}>
          Filters
        </button>
        <ViewsMenu
          views={views}
          activeId={activeViewId}
          saveRequest={saveRequest}
          onApply={applyView}
          onSave={saveView}
          onRename={async (view, name) => {
            await call((api) => api.renameView({ id: view.id, name }));
            setViews(await call((api) => api.listViews()));
          }}
          onDelete={async (view) => {
            await call((api) => api.deleteView({ id: view.id })).catch(fail);
            setViews(await call((api) => api.listViews()));
            setActiveViewId(null);
            onNotice(`Deleted the view "${view.name}".`);
          }}
        />
        <ColumnsMenu layout={layout} onLayoutChange={changeLayout} />
        <button type="button" onClick={onDuplicates} title="Events that look like one event reported by two chronologies">
          Possible duplicates
        </button>
        <select
          aria-label="Row density"
          className="density"
          value={layout.density ?? 'compact'}
          title="Comfortable rows wrap each summary over up to three lines"
          onChange={(e) => changeLayout({ ...layout, density: e.target.value as TableDensity })}
        >
          <option value="compact">Compact rows</option>
          <option value="comfortable">Comfortable rows</option>
        </select>
        <button type="button" onClick={() => void exportView('csv')} title="Export every event of this view to CSV">
          Export CSV
        </button>
        <button type="button" onClick={() => void exportView('json')} title="Export every event of this view to JSON">
          Export JSON
        </button>
        <button type="button" aria-haspopup="dialog" onClick={() => setShowTrash(true)} title="Deleted events: restore them or empty the trash">
          Trash
        </button>
      </div>
      <FilterChips filter={filter} datePreset={datePreset} choices={choices} onChange={changeFromControls} />
      {result.searchIgnored && (
        <p className="notice" role="status">
          Nothing to search for in “{filter.search}”: searches look for words and numbers, so this one is left out.
        </p>
      )}
      {(problem ?? result.error) && (
        <p role="alert" className="notice notice-error">
          {problem ?? result.error}{' '}
          <button type="button" className="link-button" onClick={() => (setProblem(null), result.reload())}>
            Try again
          </button>
        </p>
      )}
      <div className="events-body">
        {showFilters && <FilterPanel filter={filter} datePreset={datePreset} choices={choices} onChange={changeFromControls} />}
        <div className="events-table">
          <BulkBar
            selection={selection}
            total={result.total}
            filter={effective}
            onChanged={bulkChanged}
            sources={choices.sources}
            onDeleted={(message, undo) => {
              selection.clear();
              setActiveIndex(null);
              if (detailId !== null && selection.ids.has(detailId)) setDetailId(null);
              bulkChanged(message, undo);
            }}
          />
          {result.total === 0 ? (
            <div className="no-results" role="status">
              <p>No events match these filters.</p>
              <button type="button" onClick={() => changeFilter({}, null)}>
                Clear all filters
              </button>
            </div>
          ) : (
            <EventsGrid
              ref={grid}
              label="Events"
              total={result.total ?? 0}
              rowAt={result.rowAt}
              onRangeChange={result.need}
              sort={sort}
              onSortChange={(s) => {
                setSort(s);
                setActiveViewId(null);
              }}
              layout={layout}
              onLayoutChange={changeLayout}
              activeIndex={activeIndex}
              onActiveIndexChange={setActiveIndex}
              onOpen={(index) => {
                const row = result.rowAt(index);
                if (row) setDetailId(row.id);
              }}
              highlight={result.terms}
              countryNames={countryNames}
              selected={selection.ids}
              onSelect={selection.select}
            />
          )}
        </div>
        {detailId !== null && (
          <DetailPanel
            id={detailId}
            terms={result.terms}
            onClose={() => {
              setDetailId(null);
              grid.current?.focus();
            }}
            version={panelVersion}
            onChanged={() => setChanges((n) => n + 1)}
            onNotice={notify}
            onDeleted={(message, undo) => {
              if (selection.ids.has(detailId)) selection.clear();
              setDetailId(null);
              setActiveIndex(null);
              bulkChanged(message, undo);
              grid.current?.focus();
            }}
          />
        )}
      </div>
      {showTrash && <EventsTrashDialog onClose={() => setShowTrash(false)} onRestored={(message) => bulkChanged(message)} />}
    </section>
  );
}

/** Dates handed in with a filter are a custom range (they show, and can be edited, in the panel). */
function openedPreset(openWith: OpenEvents | null | undefined): DatePreset | null {
  return openWith && (openWith.filter.dateFrom || openWith.filter.dateTo) ? 'custom' : null;
}
