/**
 * A short list of events (recent, upcoming, key meetings): date and summary, each row opening
 * the event in the table's detail panel.
 */
import type { EventRow } from '../../../contract/events.ts';
import { formatDateRange } from '../format.ts';
import { capitalise } from './figures.ts';

interface Props<T extends EventRow> {
  title: string;
  definition?: string;
  events: readonly T[];
  empty: string;
  onOpen(event: T): void;
  badge?(event: T): string | null;
  /** Rows shown before "and N more"; the rest are in the table. */
  limit?: number;
  /** Opens every event the list is drawn from in the table; `total` says how many that is. */
  onMore?(): void;
  total?: number;
  testId?: string;
  className?: string;
}

export function EventMiniList<T extends EventRow>({ title, definition, events, empty, onOpen, badge, limit = 8, onMore, total, testId, className }: Props<T>) {
  const shown = events.slice(0, limit);
  const more = events.length - shown.length;
  return (
    <section className={`dash-card event-mini${className ? ` ${className}` : ''}`} aria-label={title} data-testid={testId}>
      <header className="dash-card-head">
        <h2>{title}</h2>
        {definition && <p className="dash-definition">{definition}</p>}
      </header>
      {events.length === 0 ? (
        <p className="dash-empty-line">{empty}</p>
      ) : (
        <ol className="event-mini-list">
          {shown.map((e) => {
            const b = badge?.(e);
            return (
              <li key={e.id}>
                <button type="button" className="event-mini-row" data-event-id={e.id} onClick={() => onOpen(e)}>
                  <span className="event-mini-date">{formatDateRange(e.dateStart, e.dateEnd, e.precision)}</span>
                  <span className="event-mini-summary">
                    {b && <span className={`level-badge level-${b}`}>{capitalise(b)}</span>}
                    {e.summary}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {onMore && total !== undefined && total > shown.length ? (
        <p className="small muted event-mini-more">
          The latest {shown.length} of {total}.{' '}
          <button type="button" className="link-button" onClick={onMore}>
            Open all {total} in the table
          </button>
        </p>
      ) : (
        more > 0 && <p className="small muted event-mini-more">And {more} more.</p>
      )}
    </section>
  );
}
