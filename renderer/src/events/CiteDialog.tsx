/**
 * "Cite in briefing…": pick a briefing (newest first, none from the trash) and one of its
 * sections, and cite the events there, with their notes if asked. The store's answer is
 * shown as it is (e.g. the citation limit). With no briefing yet, a client note can be
 * started here, its subject taken from the event's countries.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Briefing, BriefingListing } from '../../../contract/briefings.ts';
import { BriefingError, call } from '../api.ts';
import { formatCount } from '../format.ts';
import { ModalDialog } from './ModalDialog.tsx';
import { useLatestRequest } from '../requests/useLatestRequest.ts';

interface Props {
  ids: readonly number[];
  /** "this event" or "the 3 selected events", for the sentences. */
  what: string;
  /** Countries of the events, for the subject of a new client note; null: read the events' own. */
  countries: readonly string[] | null;
  /** Cited: the message says where. */
  onCited(message: string): void;
  onCancel(): void;
}

const MAX_SUBJECT = 12;
/** Enough events to say which countries a selection shares, for the new note's subject. */
const SUBJECT_SAMPLE = 1000;

/** The countries every one of the events names. */
async function sharedCountries(ids: readonly number[]): Promise<string[]> {
  const { rows } = await call((api) => api.queryEvents({ filter: { ids: ids.slice(0, SUBJECT_SAMPLE) }, limit: SUBJECT_SAMPLE }));
  const [first, ...rest] = rows;
  return (first?.countries ?? []).filter((code) => rest.every((r) => r.countries.includes(code)));
}
const errorText = (e: unknown) => (e instanceof BriefingError ? [e.message, ...e.issues].join(' ') : String(e));
const events = (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;

export function citedMessage(added: number, skipped: number, briefing: string, section: string): string {
  if (added === 0 && skipped === 0) return `Nothing was cited in ‘${briefing}’: the events are no longer in the store.`;
  if (added === 0) return `Nothing added to ‘${briefing}’ › ${section}: ${skipped === 1 ? 'the event was' : `the ${events(skipped)} were`} already cited there.`;
  const already = skipped > 0 ? ` (${formatCount(skipped)} ${skipped === 1 ? 'was' : 'were'} already cited)` : '';
  return `Cited ${events(added)} in ‘${briefing}’ › ${section}${already}.`;
}

export function CiteDialog({ ids, what, countries, onCited, onCancel }: Props) {
  const id = useId();
  const [briefings, setBriefings] = useState<BriefingListing[] | null>(null);
  const [briefingId, setBriefingId] = useState<number | null>(null);
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const [sectionId, setSectionId] = useState<number | null>(null);
  const [withNotes, setWithNotes] = useState(false);
  const [working, setWorking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [known, setKnown] = useState<readonly string[] | null>(countries);
  const picker = useRef<HTMLSelectElement>(null);
  const listed = briefings !== null && briefings.length > 0;

  // The list arrives after the dialog opens (focus is on Cancel until then).
  useEffect(() => {
    if (listed) picker.current?.focus();
  }, [listed]);

  const listing = useLatestRequest();
  const reading = useLatestRequest();
  useEffect(() => {
    listing.latest(call((api) => api.listBriefings({ includeTrashed: false }))).then(
      (list) => {
        const open = list.filter((b) => b.deletedAt === null).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id - a.id);
        setBriefings(open);
        setBriefingId(open[0]?.id ?? null);
        // Only a new client note needs the subject.
        if (open.length === 0 && countries === null) listing.latest(sharedCountries(ids)).then(setKnown, () => setKnown([]));
      },
      (e: unknown) => setProblem(errorText(e)),
    );
    // Read once, when the dialog opens.
  }, []);

  useEffect(() => {
    if (briefingId === null) return;
    setBriefing(null);
    setSectionId(null);
    reading.latest(call((api) => api.getBriefing({ id: briefingId }))).then(
      (b) => {
        setBriefing(b);
        setSectionId(b.sections[0]?.id ?? null);
      },
      (e: unknown) => setProblem(errorText(e)),
    );
  }, [briefingId, reading]);

  const cite = async () => {
    if (!briefing || sectionId === null) return;
    setWorking(true);
    setProblem(null);
    try {
      const result = await call((api) => api.citeEvents({ sectionId, target: { ids: [...ids] }, withNotes }));
      onCited(citedMessage(result.added, result.skipped, briefing.title, result.section.title));
    } catch (e) {
      setProblem(errorText(e));
      setWorking(false);
    }
  };

  const subject = known && known.length > 0 && known.length <= MAX_SUBJECT ? [...known].sort() : null;
  const startClientNote = async () => {
    setWorking(true);
    setProblem(null);
    try {
      const title = subject ? `${subject.join('–')} client note` : 'Client note';
      const created = await call((api) => api.createBriefing({ briefing: { title, date: new Date().toISOString().slice(0, 10), subject, template: 'client-note' } }));
      setBriefings([{ id: created.id, title: created.title, template: created.template, subject: created.subject, updatedAt: created.updatedAt, deletedAt: null, sections: created.sections.length, citations: 0 }]);
      setBriefingId(created.id);
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setWorking(false);
    }
  };

  const none = briefings !== null && briefings.length === 0;
  return (
    <ModalDialog title={`Cite ${what} in a briefing`} name="cite-events" onClose={onCancel}>
      {briefings === null && !problem && (
        <p className="muted" aria-busy="true">
          Reading the briefings…
        </p>
      )}
      {none && (
        <>
          <p>There are no briefings yet (apart from any in the trash).</p>
          <p className="dialog-note">
            Start a client note here{subject ? ` on ${subject.join('–')}` : ''} and cite {what} in it, or create a briefing on the Briefings screen.
          </p>
        </>
      )}
      {briefings !== null && briefings.length > 0 && (
        <>
          <label htmlFor={`${id}-briefing`}>Briefing</label>
          <select ref={picker} id={`${id}-briefing`} value={briefingId ?? ''} onChange={(e) => setBriefingId(Number(e.target.value))}>
            {briefings.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title} — {b.template === 'client-note' ? 'client note' : 'briefing book'}, {formatCount(b.citations)} cited
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-section`}>Section</label>
          <select id={`${id}-section`} value={sectionId ?? ''} disabled={!briefing} onChange={(e) => setSectionId(Number(e.target.value))}>
            {!briefing && <option value="">Reading the sections…</option>}
            {briefing?.sections.length === 0 && <option value="">This briefing has no sections; add one on the Briefings screen</option>}
            {briefing?.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title} ({formatCount(s.citations.length)} cited)
              </option>
            ))}
          </select>
          <label className="checkbox">
            <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> Include notes
          </label>
        </>
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
        {none ? (
          <button type="button" className="primary" disabled={working || known === null} onClick={() => void startClientNote()}>
            {working ? 'Creating…' : 'Start a client note'}
          </button>
        ) : (
          <button type="button" className="primary" disabled={working || !briefing || sectionId === null} onClick={() => void cite()}>
            {working ? 'Citing…' : `Cite ${events(ids.length)}`}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
