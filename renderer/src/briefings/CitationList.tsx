/**
 * The events a section cites, as they were when cited: date · summary, whether the event's
 * notes go with it, and an update when the event has changed since.
 */
import type { Citation, Section } from '../../../contract/briefings.ts';
import { call } from '../api.ts';
import { formatDateRange } from '../format.ts';
import type { useBriefingDraft } from './useBriefingDraft.ts';

interface Props {
  section: Section;
  draft: ReturnType<typeof useBriefingDraft>;
  readOnly: boolean;
}

export function CitationList({ section, draft, readOnly }: Props) {
  const { ops } = draft;
  const cites = section.citations;
  if (cites.length === 0) return <p className="muted small">No cited events yet.</p>;

  const move = (c: Citation, position: number) => void ops.wholeBriefing(() => call((api) => api.moveCitation({ citationId: c.id, position })));

  return (
    <ol className="citations" aria-label={`Events cited in ${section.title}`}>
      {cites.map((c, i) => {
        const s = c.snapshot;
        const date = formatDateRange(s.dateStart, s.dateEnd, s.precision);
        return (
          <li key={c.id} className="citation" data-citation-id={c.id}>
            <span className="citation-date">{date}</span>
            <span className="citation-summary">
              {s.summary}
              {c.eventId === null && <span className="muted small"> (event since deleted; kept as cited)</span>}
            </span>
            <span className="citation-actions">
              <label className="citation-note">
                <input
                  type="checkbox"
                  checked={c.withNote}
                  disabled={readOnly}
                  onChange={(e) => void ops.citation(() => call((api) => api.setCitationWithNote({ citationId: c.id, withNote: e.target.checked })))}
                />
                with note
              </label>
              {c.edited && c.eventId !== null && (
                <button
                  type="button"
                  className="citation-edited"
                  disabled={readOnly}
                  aria-label={`Edited since cited: update ${date} from the event`}
                  onClick={() => void ops.citation(() => call((api) => api.refreshCitation({ citationId: c.id })))}
                >
                  Edited since cited — update
                </button>
              )}
              <button type="button" aria-label={`Move ${date} up`} disabled={readOnly || i === 0} onClick={() => move(c, i - 1)}>
                ↑
              </button>
              <button type="button" aria-label={`Move ${date} down`} disabled={readOnly || i === cites.length - 1} onClick={() => move(c, i + 1)}>
                ↓
              </button>
              <button type="button" aria-label={`Remove ${date} from ${section.title}`} disabled={readOnly} onClick={() => void ops.section(() => call((api) => api.unciteEvent({ citationId: c.id })))}>
                Remove
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
