/**
 * Review before commit: what was read, what could not be, and every entry with its
 * warnings; then import it all in one step (or cancel, leaving nothing behind).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EntryPatch, ImportOutcome, PreviewEntry, PreviewSummary } from '../../../contract/imports.ts';
import { call, BriefingError } from '../api.ts';
import { formatCount } from '../format.ts';
import type { CountryChoice } from '../countries/CountryPicker.tsx';
import { BulkBar } from './BulkBar.tsx';
import { NamingPanel } from './NamingPanel.tsx';
import { ImportProgress } from './ImportProgress.tsx';
import { PreviewTable, type Selection } from './PreviewTable.tsx';
import type { Lessons } from './TeachOffer.tsx';
import { YearPrompt } from './YearPrompt.tsx';

const PAGE = 100;
type Filter = 'all' | 'warnings' | 'duplicates' | 'similar' | 'excluded';

const messageOf = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** The level an office's title implies, for an official kept from a preview. */
function levelOf(title: string): 'leader' | 'minister' | 'official' {
  if (/\b(vice|deputy|assistant|under|acting|special|senior|director|envoy|ambassador)\b/i.test(title)) return 'official';
  if (/\b(president|prime minister|premier|king|queen|emperor|chairman|general secretary|chancellor)\b/i.test(title)) return 'leader';
  if (/\b(minister|secretary)\b/i.test(title)) return 'minister';
  return 'official';
}

export function PreviewScreen(props: { preview: PreviewSummary; onChange(p: PreviewSummary | null): void; onDone(outcome: ImportOutcome): void }) {
  const { preview, onChange, onDone } = props;
  const [filter, setFilter] = useState<Filter>(preview.withWarnings > 0 ? 'warnings' : 'all');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<{ total: number; entries: PreviewEntry[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [committing, setCommitting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [countries, setCountries] = useState<CountryChoice[]>([]);
  const id = preview.previewId;
  useEffect(() => {
    call((api) => api.listCountries()).then((list) => setCountries(list.map((c) => ({ code: c.code, name: c.name }))), (e) => setError(messageOf(e)));
  }, []);
  const selection = useMemo<Selection>(
    () => ({
      has: (i) => selected.has(i),
      toggle: (i, on) =>
        setSelected((s) => {
          const next = new Set(s);
          if (on) next.add(i);
          else next.delete(i);
          return next;
        }),
    }),
    [selected],
  );

  const load = useCallback(async () => {
    try {
      setPage(await call((api) => api.importPage({ previewId: id, offset, limit: PAGE, filter })));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [id, offset, filter]);
  useEffect(() => void load(), [load]);

  const edit = useCallback(
    async (index: number, patch: EntryPatch) => {
      try {
        const updated = await call((api) => api.editImportEntry({ previewId: id, index, patch }));
        setPage((p) => p && { ...p, entries: p.entries.map((e) => (e.index === index ? updated : e)) });
        setError(null);
        onChange(await call((api) => api.importSummary({ previewId: id })));
        return true;
      } catch (e) {
        setError(`Entry ${index + 1}: ${messageOf(e)}`);
        return false;
      }
    },
    [id, onChange],
  );

  /** After the preview was read again or corrected in bulk: fresh figures and rows. */
  const refresh = useCallback(
    async (summary?: PreviewSummary) => {
      onChange(summary ?? (await call((api) => api.importSummary({ previewId: id }))));
      await load();
    },
    [id, onChange, load],
  );

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
      setNotice(null);
    }
  };

  const giveYear = (year: number) =>
    attempt(async () => {
      const summary = await call((api) => api.setPreviewYear({ previewId: id, year }));
      setNotice(null);
      setFilter('all');
      setOffset(0);
      await refresh(summary);
    });

  const name = (title: string, fileCountries: string[]) =>
    attempt(async () => {
      const summary = await call((api) => api.namePreview({ previewId: id, naming: { title, fileCountries } }));
      setNotice(`Filed under “${summary.title}”.`);
      onChange(summary);
    });

  const editSelected = (patch: EntryPatch) =>
    attempt(async () => {
      const indices = [...selected].sort((a, b) => a - b);
      const { edited } = await call((api) => api.editPreviewEntries({ previewId: id, indices, patch }));
      setSelected(new Set());
      setNotice(`Corrected ${plural(edited, 'entry', 'entries')}.`);
      await refresh();
    });

  const lessons: Lessons = {
    learnName: (term, country) =>
      attempt(async () => {
        await call((api) => api.learnReaderTerm({ term, country, kind: 'name' }));
        const summary = await call((api) => api.rereadPreview({ previewId: id }));
        setNotice(`Kept: “${term}” stands for ${country} in this and every later import. The entries you have not corrected were read again.`);
        await refresh(summary);
      }),
    keepOfficial: (name, title, country, from) =>
      attempt(async () => {
        await call((api) => api.savePerson({ person: { name, country, aliases: [], roles: [{ title, level: levelOf(title), from, to: null }] } }));
        const summary = await call((api) => api.rereadPreview({ previewId: id }));
        setNotice(`Kept: ${name}, ${title} (${country}), from ${from}. Edit the tenure on the People screen.`);
        await refresh(summary);
      }),
  };

  const commit = async () => {
    setCommitting(true);
    setError(null);
    try {
      const outcome = await call((api) => api.commitImport({ previewId: id }));
      if (outcome.cancelled) setError('The import was cancelled. Nothing was added; the preview is still here.');
      else onDone(outcome);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setCommitting(false);
      setCancelling(false);
    }
  };

  const cancel = async () => {
    setCancelling(true);
    await call((api) => api.cancelImport());
  };

  const discard = async () => {
    await call((api) => api.discardImport({ previewId: id })).catch(() => {});
    onChange(null);
  };

  // Entries already stored (or repeated in the file) are not added again, so they are not offered.
  const toImport = preview.toAdd;
  const filters: Array<[Filter, string, number]> = [
    ['all', 'All', preview.total],
    ['warnings', 'With warnings', preview.withWarnings],
    ['duplicates', 'Already in store', preview.duplicates],
    ['similar', 'Possible duplicates', preview.similar],
    ['excluded', 'Left out', preview.excluded],
  ];
  const shown = page?.entries.length ?? 0;

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <div className="toolbar">
        <h1 id="preview-heading">Review import: {preview.title}</h1>
        <span className="spacer" />
        <button type="button" onClick={() => void discard()} disabled={committing}>
          Discard
        </button>
        <button type="button" className="primary" onClick={() => void commit()} disabled={committing || toImport === 0}>
          {toImport > 0 ? `Import ${plural(toImport, 'entry', 'entries')}` : preview.yearNeeded > 0 ? 'Import (give the year first)' : 'Nothing new to import'}
        </button>
      </div>
      <p className="preview-facts" data-testid="preview-facts">
        <span>{preview.name}</span>
        {preview.fileCountries.length > 0 && <span>File: {preview.fileCountries.join('–')}</span>}
        {preview.periodStart && (
          <span>
            Period: {preview.periodStart} to {preview.periodEnd}
          </span>
        )}
        <span>{plural(preview.total, 'entry', 'entries')} read</span>
        {preview.yearNeeded > 0 && <span className="warn-text">{plural(preview.yearNeeded, 'entry', 'entries')} waiting for the year</span>}
        <span className={preview.withWarnings ? 'warn-text' : ''}>{plural(preview.withWarnings, 'with warnings', 'with warnings')}</span>
        <span>{formatCount(preview.duplicates)} already in the store</span>
        {preview.similar > 0 && <span className="warn-text">{plural(preview.similar, 'possible duplicate')} of stored events</span>}
        <span className={preview.problemCount ? 'warn-text' : ''}>{plural(preview.problemCount, 'unreadable line')}</span>
      </p>
      {toImport === 0 && preview.total > 0 && preview.yearNeeded === 0 && (
        <p role="status" className="notice notice-ask" data-testid="nothing-to-import">
          {preview.duplicates === preview.total
            ? 'Every entry of this file is already in the store; importing it would add nothing. Discard the preview.'
            : 'No entry is left to import: the others are already in the store or left out. Tick an entry left out to import it, or discard the preview.'}
        </p>
      )}
      {committing && <ImportProgress task={id} cancelling={cancelling} onCancel={() => void cancel()} />}
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      {notice && !error && (
        <div role="status" className="notice notice-ok">
          {notice}
        </div>
      )}
      <NamingPanel key={id} preview={preview} countries={countries} disabled={committing} onName={name} />
      <YearPrompt key={preview.yearGiven ?? 'none'} needed={preview.yearNeeded} given={preview.yearGiven} disabled={committing} onYear={giveYear} />
      {preview.problemCount > 0 && (
        <details className="problems" open={preview.problemCount <= 5}>
          <summary>
            {plural(preview.problemCount, 'line')} could not be read as entries and will not be imported
          </summary>
          <ul>
            {preview.problems.map((p) => (
              <li key={`${p.line}-${p.text.slice(0, 20)}`}>
                <strong>Line {p.line}</strong>: {p.reason} — <q>{p.text.length > 160 ? `${p.text.slice(0, 160)}…` : p.text}</q>
              </li>
            ))}
            {preview.problemCount > preview.problems.length && <li>…and {formatCount(preview.problemCount - preview.problems.length)} more.</li>}
          </ul>
        </details>
      )}
      <div className="toolbar" role="group" aria-label="Show entries">
        {filters.map(([value, label, n]) => (
          <button
            key={value}
            type="button"
            aria-pressed={filter === value}
            className="filter"
            onClick={() => {
              setFilter(value);
              setOffset(0);
            }}
          >
            {label} ({formatCount(n)})
          </button>
        ))}
        <span className="spacer" />
        {page && page.total > PAGE && (
          <>
            <span className="muted">
              {formatCount(offset + 1)}–{formatCount(offset + shown)} of {formatCount(page.total)}
            </span>
            <button type="button" onClick={() => setOffset(Math.max(0, offset - PAGE))} disabled={offset === 0}>
              Previous
            </button>
            <button type="button" onClick={() => setOffset(offset + PAGE)} disabled={offset + shown >= page.total}>
              Next
            </button>
          </>
        )}
      </div>
      {page && page.entries.length === 0 ? (
        <p className="muted">No entries to show here.</p>
      ) : (
        page && (
          <>
            <BulkBar
              selected={selected.size}
              onPage={page.entries.map((e) => e.index)}
              disabled={committing}
              selectAll={(indices) => setSelected(new Set(indices))}
              clear={() => setSelected(new Set())}
              apply={editSelected}
            />
            <PreviewTable entries={page.entries} edit={edit} disabled={committing} selection={selection} lessons={lessons} countries={countries} />
          </>
        )
      )}
    </section>
  );
}
