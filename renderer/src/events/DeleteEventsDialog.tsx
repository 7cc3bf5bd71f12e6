/**
 * Asks before every deletion of events, saying what it touches: the briefings that cite them
 * (the citations stay, as they were cited) and their notes (they go to the trash with the
 * events). Deleted events go to the events trash, from which Undo or Restore brings them back.
 * The store is asked first what would be touched; the deletion itself is confirmed only when the
 * analyst has been shown that.
 */
import { useEffect, useState } from 'react';
import type { DeleteOutcome } from '../../../contract/event-edits.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { restoreFromTrash } from './undo.ts';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  ids: readonly number[];
  /** "this event" or "the 3 selected events", for the sentences. */
  what: string;
  /** The events went to the trash: the message says what went; `undo` brings them back. */
  onDeleted(message: string, undo: () => Promise<string>): void;
  onCancel(): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
const errorText = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

/** "Cited in 2 briefings: ‘Japan–US Q1’ (3 citations), ‘Old draft’ (1 citation, in the trash)." */
export function citedSentence(citedBy: DeleteOutcome['citedBy']): string {
  const each = citedBy.map((b) => `‘${b.briefingTitle}’ (${plural(b.citations, 'citation')}${b.trashed ? ', in the trash' : ''})`);
  return `Cited in ${plural(citedBy.length, 'briefing')}: ${each.join(', ')}.`;
}

function notesSentence(o: DeleteOutcome, what: string): string | null {
  if (o.notes === 0) return null;
  return `${plural(o.notes, 'note')} ${o.notes === 1 ? 'goes' : 'go'} to the trash with ${what}.`;
}

export function deletedMessage(o: DeleteOutcome): string {
  const extra: string[] = [];
  if (o.citedBy.length > 0) extra.push(`their citations stay in ${plural(o.citedBy.length, 'briefing')} as cited`);
  if (o.notes > 0) extra.push(`${plural(o.notes, 'note')} went with them`);
  return `Moved ${plural(o.deleted, 'event')} to the trash${extra.length ? `; ${extra.join('; ')}` : ''}.`;
}

export function DeleteEventsDialog({ ids, what, onDeleted, onCancel }: Props) {
  const [impact, setImpact] = useState<DeleteOutcome | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  // A new array each render of the opener; the same events are the same question.
  const idsKey = ids.join(',');

  const previewing = useLatestRequest();
  useEffect(() => {
    previewing.latest(call((api) => api.previewEventDeletion({ ids: idsKey.split(',').map(Number) }))).then(setImpact, (e: unknown) => setProblem(errorText(e)));
  }, [idsKey, previewing]);

  const remove = async () => {
    if (!impact) return;
    setWorking(true);
    setProblem(null);
    try {
      // Confirmed only for what was shown: if a briefing cites the events since, the store
      // says so instead of deleting, and the dialog shows the new answer.
      const outcome = await call((api) => api.deleteEvents({ ids: [...ids], confirmed: impact.needsConfirmation }));
      if (outcome.needsConfirmation) {
        setImpact(outcome);
        setWorking(false);
        return;
      }
      const trashed = [...ids];
      onDeleted(deletedMessage(outcome), () => restoreFromTrash(trashed));
    } catch (e) {
      setProblem(errorText(e));
      setWorking(false);
    }
  };

  const notes = impact && notesSentence(impact, what);
  return (
    <ModalDialog title={`Delete ${what}?`} name="delete-events" onClose={onCancel}>
      {!impact && !problem && (
        <p className="muted" aria-busy="true">
          Checking what cites {what}…
        </p>
      )}
      {impact && (
        <div data-testid="delete-impact">
          {impact.citedBy.length > 0 && (
            <>
              <p>{citedSentence(impact.citedBy)}</p>
              <p className="dialog-note">The citations stay in {impact.citedBy.length === 1 ? 'that briefing' : 'those briefings'}, as they were cited.</p>
            </>
          )}
          {notes && <p>{notes}</p>}
          {!impact.needsConfirmation && <p>No briefing cites {what}, and there are no notes on {ids.length === 1 ? 'it' : 'them'}.</p>}
          <p>
            Tags, marks, participants and links go with {ids.length === 1 ? 'the event' : 'the events'} to the trash. Undo, or Restore from the trash, brings{' '}
            {ids.length === 1 ? 'it' : 'them'} back until the trash is emptied.
          </p>
        </div>
      )}
      {problem && (
        <p role="alert" className="notice notice-error">
          {problem}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" data-autofocus onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" disabled={!impact || working} onClick={() => void remove()}>
          {working ? 'Moving to the trash…' : ids.length === 1 ? 'Move to trash' : `Move ${plural(ids.length, 'event')} to trash`}
        </button>
      </div>
    </ModalDialog>
  );
}
