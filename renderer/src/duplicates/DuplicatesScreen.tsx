/**
 * Possible duplicates: pairs of events that look like one event reported by two chronologies,
 * newest first. For each pair the analyst keeps one and merges the other into it (both sources
 * stay as provenance; notes, tags, marks and citations move), or says they differ. The last
 * merge can be undone from the notice.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DuplicatePair, MergeOutcome } from '../../../contract/duplicates.ts';
import { call, BriefingError } from '../api.ts';
import { formatCount } from '../format.ts';
import { PairCard } from './PairCard.tsx';
import './duplicates.css';

const PAGE = 100;
const messageOf = (e: unknown) => (e instanceof BriefingError ? e.message : String(e));
const pairKey = (p: DuplicatePair) => `${p.first.id}-${p.second.id}`;

interface Merged {
  outcome: MergeOutcome;
  text: string;
}

export function DuplicatesScreen(props: { onBack(): void; onChanged(): void }) {
  const { onBack, onChanged } = props;
  const [pairs, setPairs] = useState<DuplicatePair[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [merged, setMerged] = useState<Merged | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (before?: string) => {
    try {
      const page = await call((api) => api.listDuplicates({ before, limit: PAGE }));
      setPairs((old) => (before && old ? [...old, ...page.pairs] : page.pairs));
      setNext(page.next);
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const merge = (pair: DuplicatePair, keep: number) =>
    act(async () => {
      const other = pair.first.id === keep ? pair.second : pair.first;
      const outcome = await call((api) => api.mergeEvents({ keep, merge: other.id }));
      const moved = [
        outcome.notes && `${formatCount(outcome.notes)} ${outcome.notes === 1 ? 'note' : 'notes'}`,
        outcome.tags && `${formatCount(outcome.tags)} ${outcome.tags === 1 ? 'tag' : 'tags'}`,
        outcome.citations && `${formatCount(outcome.citations)} ${outcome.citations === 1 ? 'citation' : 'citations'}`,
      ].filter(Boolean);
      setMerged({ outcome, text: `Merged. The event keeps both sources${moved.length ? `, and ${moved.join(', ')} moved to it` : ''}.` });
      setNotice(null);
      setPairs((old) => old?.filter((p) => p.first.id !== other.id && p.second.id !== other.id) ?? null);
      onChanged();
    });

  const undo = () =>
    act(async () => {
      if (!merged) return;
      await call((api) => api.undoMerge({ mergeId: merged.outcome.mergeId }));
      setMerged(null);
      setNotice('Merge undone: both events are back as they were.');
      onChanged();
      await load();
    });

  const dismiss = (pair: DuplicatePair) =>
    act(async () => {
      await call((api) => api.dismissDuplicate({ ids: [pair.first.id, pair.second.id] }));
      setPairs((old) => old?.filter((p) => pairKey(p) !== pairKey(pair)) ?? null);
      setNotice('Kept apart: this pair will not be offered again.');
      setMerged(null);
    });

  return (
    <section className="duplicates" aria-labelledby="duplicates-heading">
      <div className="toolbar">
        <button type="button" onClick={onBack}>
          ← Events
        </button>
        <h1 id="duplicates-heading">Possible duplicates</h1>
        {pairs && (
          <span className="count" data-testid="duplicate-count">
            {formatCount(pairs.length)} {pairs.length === 1 ? 'pair' : 'pairs'}
            {next ? ' so far' : ''}
          </span>
        )}
      </div>
      <p className="muted duplicates-about">
        Events dated within a day of each other, sharing a country, from different documents, whose words are alike. Merging keeps the chosen event with
        both sources, and moves the other's notes, tags, marks and citations to it; briefings keep what they cited.
      </p>
      {error && (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      )}
      {merged && (
        <div role="status" className="notice notice-ok">
          {merged.text}{' '}
          <button type="button" className="link" onClick={() => void undo()} disabled={busy}>
            Undo merge
          </button>
        </div>
      )}
      {notice && !merged && (
        <div role="status" className="notice notice-ok">
          {notice}
        </div>
      )}
      {pairs === null ? (
        <p className="muted">Looking for possible duplicates…</p>
      ) : pairs.length === 0 && !next ? (
        <p className="muted">No possible duplicates: no two events from different documents look alike.</p>
      ) : (
        <ol className="duplicate-list" aria-label="Possible duplicates">
          {pairs.map((pair) => (
            <PairCard key={pairKey(pair)} pair={pair} busy={busy} onMerge={(keep) => void merge(pair, keep)} onDismiss={() => void dismiss(pair)} />
          ))}
        </ol>
      )}
      {next && (
        <button type="button" onClick={() => void load(next)} disabled={busy}>
          Look further back (from {next})
        </button>
      )}
    </section>
  );
}
