/**
 * Above the table while rows are selected: correct (type, category, source, participants,
 * officials), tag, untag, mark importance, add to or remove from the briefing, cite in a stored
 * briefing or delete, all selected events at once; or tag every event the filters match.
 * Corrections and deletions come with an Undo on the status line.
 * Each change is one request per batch (the store logs it per event); the caller then reads
 * the rows again and says what was done.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { BulkEdit } from '../../../contract/event-edits.ts';
import type { EventFilter } from '../../../contract/query.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';
import { TagPicker, type TagChoice } from '../tags/TagPicker.tsx';
import { CiteDialog } from './CiteDialog.tsx';
import { BulkEditForm } from './BulkEditForm.tsx';
import { DeleteEventsDialog } from './DeleteEventsDialog.tsx';
import { undoChange } from './undo.ts';
import { usePopover } from '../tags/usePopover.ts';
import type { Selection } from './useSelection.ts';
import '../tags/tags.css';

interface Props {
  selection: Selection;
  /** Events the current filters match; null while counting. */
  total: number | null;
  filter: EventFilter;
  /** A change was stored: read the rows again and show the message (with an Undo when there is one). */
  onChanged(message: string, undo?: () => Promise<string>): void;
  /** The selected events went to the trash: clear the selection, read the rows again, show the message and its Undo. */
  onDeleted(message: string, undo: () => Promise<string>): void;
  /** Sources the bulk edit can file events under. */
  sources: ReadonlyArray<{ id: number; title: string }>;
}

/** The contract's batch sizes: tags and importance take 100,000 ids a request, the briefing 10,000. */
const TAG_BATCH = 100_000;
const BRIEFING_BATCH = 10_000;

const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;
const quoted = (names: readonly string[]) => names.map((n) => `“${n}”`).join(', ');

async function inBatches<T>(ids: readonly number[], size: number, run: (batch: number[]) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += size) out.push(await run(ids.slice(i, i + size)));
  return out;
}

const sum = <K extends string>(results: Array<Record<K, number>>, key: K) => results.reduce((n, r) => n + r[key], 0);

export function BulkBar({ selection, total, filter, onChanged, onDeleted, sources }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [dialog, setDialog] = useState<'cite' | 'delete' | null>(null);
  // Up to 100,000 ids: made once per change of the selection, not on every render of the table.
  const ids = useMemo(() => [...selection.ids], [selection.ids]);
  const n = ids.length;

  const run = async (work: () => Promise<string>) => {
    setWorking(true);
    setProblem(null);
    try {
      onChanged(await work());
    } catch (e) {
      setProblem(e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
    } finally {
      setWorking(false);
    }
  };

  // Thrown errors stay in the picker, beside what the analyst chose.
  const tag = async (choice: TagChoice) => {
    const results = await inBatches(ids, TAG_BATCH, (batch) =>
      call((api) => api.tagEvents({ target: { ids: batch }, add: choice.ids, addNew: choice.newName ? [choice.newName] : [] })),
    );
    onChanged(`Tagged ${events(sum(results, 'events'))} with ${quoted(choice.names)}.`);
  };
  const untag = async (choice: TagChoice) => {
    const results = await inBatches(ids, TAG_BATCH, (batch) => call((api) => api.tagEvents({ target: { ids: batch }, remove: choice.ids })));
    const removed = sum(results, 'removed');
    onChanged(
      removed === 0
        ? `None of the selected events carried ${quoted(choice.names)}.`
        : choice.ids.length === 1
          ? `Removed ${quoted(choice.names)} from ${events(removed)}.`
          : `Removed ${quoted(choice.names)} from the ${events(n)} selected (${formatCount(removed)} tag marks).`,
    );
  };
  const tagAll = async (choice: TagChoice) => {
    const result = await call((api) => api.tagEvents({ target: { filter }, add: choice.ids, addNew: choice.newName ? [choice.newName] : [] }));
    onChanged(`Tagged all ${events(result.events)} matching the filters with ${quoted(choice.names)}.`);
  };

  const mark = (value: string) =>
    run(async () => {
      const importance = value === 'none' ? null : Number(value);
      const changed = sum(await inBatches(ids, TAG_BATCH, (batch) => call((api) => api.setImportance({ ids: batch, importance }))), 'changed');
      const what = importance === null ? 'cleared the importance mark on' : `marked importance ${importance} (${'★'.repeat(importance)}) on`;
      const already = n - changed;
      return `${what[0]!.toUpperCase()}${what.slice(1)} ${events(changed)}.${already > 0 ? ` ${formatCount(already)} already ${already === 1 ? 'was' : 'were'} so.` : ''}`;
    });

  const brief = (inBriefing: boolean) =>
    run(async () => {
      const changed = sum(await inBatches(ids, BRIEFING_BATCH, (batch) => call((api) => api.setInBriefing({ ids: batch, inBriefing }))), 'changed');
      const already = n - changed;
      const rest = already > 0 ? ` ${formatCount(already)} ${already === 1 ? 'was' : 'were'} already ${inBriefing ? 'in it' : 'out of it'}.` : '';
      return `${inBriefing ? 'Added' : 'Removed'} ${events(changed)} ${inBriefing ? 'to' : 'from'} the briefing.${rest}`;
    });

  // One request: a bulk edit is undone as one (the contract takes up to 10,000 events).
  const correct = async (edit: BulkEdit) => {
    const { changed, unchanged, batch } = await call((api) => api.editEvents({ ids, edit }));
    const rest = unchanged > 0 ? ` ${formatCount(unchanged)} already ${unchanged === 1 ? 'was' : 'were'} so.` : '';
    onChanged(`Changed ${events(changed)}.${rest}`, batch === null ? undefined : () => undoChange(batch));
  };

  if (n === 0 && !selection.busy && !selection.problem) return null;
  const busy = working || selection.busy || n === 0;

  return (
    <div className="bulk" role="region" aria-label="Selected events">
      <div className="bulk-bar">
        <strong className="bulk-count" data-testid="selection-count">
          {selection.busy ? 'Selecting…' : `${formatCount(n)} selected`}
        </strong>
        <Popover label="Edit…" disabled={busy || n > BRIEFING_BATCH}>
          {(close) => (
            <BulkEditForm
              heading={`Edit the ${events(n)} selected`}
              applyLabel={`Change ${events(n)}`}
              sources={sources}
              onApply={async (edit) => {
                await correct(edit);
                close();
              }}
              onCancel={() => close(true)}
            />
          )}
        </Popover>
        <Popover label="Tag…" disabled={busy}>
          {(close) => (
            <TagPicker
              mode="add"
              heading={`Tag the ${events(n)} selected`}
              applyLabel={`Tag ${events(n)}`}
              onApply={async (c) => {
                await tag(c);
                close();
              }}
              onCancel={() => close(true)}
            />
          )}
        </Popover>
        <Popover label="Untag…" disabled={busy}>
          {(close) => (
            <TagPicker
              mode="remove"
              heading={`Remove tags from the ${events(n)} selected`}
              applyLabel={`Untag ${events(n)}`}
              onApply={async (c) => {
                await untag(c);
                close();
              }}
              onCancel={() => close(true)}
            />
          )}
        </Popover>
        <select
          aria-label="Set importance"
          className="bulk-select"
          value=""
          disabled={busy}
          onChange={(e) => {
            if (e.target.value) void mark(e.target.value);
          }}
        >
          <option value="" disabled hidden>
            Importance
          </option>
          <option value="3">★★★ (3)</option>
          <option value="2">★★ (2)</option>
          <option value="1">★ (1)</option>
          <option value="none">No mark</option>
        </select>
        <button type="button" disabled={busy} onClick={() => void brief(true)}>
          Add to briefing
        </button>
        <button type="button" disabled={busy} onClick={() => void brief(false)}>
          Remove from briefing
        </button>
        <button type="button" disabled={busy} onClick={() => setDialog('cite')}>
          Cite in briefing…
        </button>
        <button type="button" disabled={busy} onClick={() => setDialog('delete')}>
          Delete…
        </button>
        <button type="button" className="link-button bulk-clear" onClick={selection.clear}>
          Clear selection
        </button>
        <span className="spacer" />
        {total !== null && total > 0 && (
          <Popover label={`Tag all ${formatCount(total)} matching ${total === 1 ? 'event' : 'events'}…`} disabled={working} align="right">
            {(close) => (
              <TagPicker
                mode="add"
                heading={`Tag every event the current filters match (${events(total)}), not only the selection`}
                applyLabel={`Tag all ${events(total)}`}
                onApply={async (c) => {
                await tagAll(c);
                close();
              }}
                onCancel={() => close(true)}
              />
            )}
          </Popover>
        )}
      </div>
      {dialog === 'cite' && (
        <CiteDialog
          ids={ids}
          what={n === 1 ? 'the selected event' : `the ${events(n)} selected`}
          countries={null}
          onCancel={() => setDialog(null)}
          onCited={(message) => {
            setDialog(null);
            onChanged(message);
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteEventsDialog
          ids={ids}
          what={n === 1 ? 'the selected event' : `the ${events(n)} selected`}
          onCancel={() => setDialog(null)}
          onDeleted={(message, undo) => {
            setDialog(null);
            onDeleted(message, undo);
          }}
        />
      )}
      {(problem ?? selection.problem) && (
        <p role="alert" className="notice notice-error bulk-problem">
          {problem ?? selection.problem}
        </p>
      )}
    </div>
  );
}

function Popover({ label, disabled, align = 'left', children }: { label: string; disabled: boolean; align?: 'left' | 'right'; children(close: (refocus?: boolean) => void): ReactNode }) {
  const pop = usePopover();
  return (
    <div className="bulk-menu" ref={pop.root}>
      <button ref={pop.button} type="button" aria-expanded={pop.open} aria-haspopup="dialog" disabled={disabled} onClick={pop.toggle}>
        {label}
      </button>
      {pop.open && <div className={`bulk-popover is-${align}`}>{children(pop.close)}</div>}
    </div>
  );
}
