/**
 * Asks before every deletion of events, saying what it touches: the briefings that cite them
 * (the citations stay, as they were cited) and their notes (moved to the notes trash, or lost
 * with an event that names no country). The store is asked first what would be touched; the
 * deletion itself is confirmed only when the analyst has been shown that.
 */
import { useEffect, useState } from 'react';
import type { DeleteOutcome } from '../../../contract/event-edits.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  ids: readonly number[];
  /** "this event" or "the 3 selected events", for the sentences. */
  what: string;
  /** The events were deleted: the message says what went. */
  onDeleted(message: string): void;
  onCancel(): void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;
const errorText = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));

/** "Cited in 2 briefings: ‘Japan–US Q1’ (3 citations), ‘Old draft’ (1 citation, in the trash)." */
export function citedSentence(citedBy: DeleteOutcome['citedBy']): string {
  const each = citedBy.map((b) => `‘${b.briefingTitle}’ (${plural(b.citations, 'citation')}${b.trashed ? ', in the trash' : ''})`);
  return `Cited in ${plural(citedBy.length, 'briefing')}: ${each.join(', ')}.`;
}

function notesSentence(o: DeleteOutcome): string | null {
  if (o.notes === 0) return null;
  const kept = o.notes - o.notesLost;
  const parts: string[] = [];
  if (kept > 0) parts.push(`${plural(kept, 'note')} ${kept === 1 ? 'moves to the notes trash, as a standing note' : 'move to the notes trash, as standing notes'} on the event’s countries`);
  if (o.notesLost > 0) parts.push(`${plural(o.notesLost, 'note')} ${o.notesLost === 1 ? 'is' : 'are'} deleted with ${o.notesLost === 1 ? 'its event' : 'their events'}, which ${o.notesLost === 1 ? 'names' : 'name'} no country to file ${o.notesLost === 1 ? 'it' : 'them'} under`);
  return `${parts.join('; ')}.`;
}

export function deletedMessage(o: DeleteOutcome): string {
  const extra: string[] = [];
  if (o.citedBy.length > 0) extra.push(`their citations stay in ${plural(o.citedBy.length, 'briefing')} as cited`);
  const kept = o.notes - o.notesLost;
  if (kept > 0) extra.push(`${plural(kept, 'note')} moved to the notes trash`);
  if (o.notesLost > 0) extra.push(`${plural(o.notesLost, 'note')} deleted`);
  return `Deleted ${plural(o.deleted, 'event')}${extra.length ? `; ${extra.join('; ')}` : ''}.`;
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
      onDeleted(deletedMessage(outcome));
    } catch (e) {
      setProblem(errorText(e));
      setWorking(false);
    }
  };

  const notes = impact && notesSentence(impact);
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
          <p>Tags, marks, participants and links go with {ids.length === 1 ? 'the event' : 'the events'}. This cannot be undone.</p>
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
          {working ? 'Deleting…' : ids.length === 1 ? 'Delete event' : `Delete ${plural(ids.length, 'event')}`}
        </button>
      </div>
    </ModalDialog>
  );
}
