/** Standing notes on the dashboard's subject (written in Notes), newest first, as previews. */
import type { NoteListing } from '../../../contract/annotations.ts';
import { formatStamp } from '../notes/saveStatus.ts';

interface Props {
  notes: readonly NoteListing[];
  about: string;
  /** Notes written on the period's events, with a way to open those events. */
  onEvents?: { count: number; open(): void };
}

export function StandingNotes({ notes, about, onEvents }: Props) {
  return (
    <section className="dash-card standing-notes" aria-label="Notes">
      <header className="dash-card-head">
        <h2>Notes</h2>
        <p className="dash-definition">Standing notes on {about}, and notes written on this period’s events.</p>
      </header>
      {onEvents && (
        <p className="notes-on-events">
          {onEvents.count === 0 ? (
            <span className="muted">No notes on this period’s events.</span>
          ) : (
            <button type="button" className="link-button" onClick={onEvents.open}>
              {onEvents.count === 1 ? '1 event note' : `${onEvents.count} event notes`} in this period
            </button>
          )}
        </p>
      )}
      {notes.length === 0 ? (
        <p className="dash-empty-line">No standing notes on {about} yet. Write one in Notes.</p>
      ) : (
        <ul className="standing-note-list">
          {notes.map((n) => (
            <li key={n.id}>
              <span className="standing-note-preview">{n.preview}</span>
              <span className="small muted">
                {n.author} · {formatStamp(n.updatedAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
