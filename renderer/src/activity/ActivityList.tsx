/**
 * Entries of the activity log, newest first, under day headings: "22:14 · K. Tanaka edited a
 * note — Jan 11, 2023 · Blinken and Hayashi …". The full variant is the Activity screen's
 * body; the compact one (the default when given an event) fits the event's detail panel:
 * 20 entries, then "Show more".
 */
import { createElement, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Activity, ACTIVITY_KINDS } from '../../../contract/annotations.ts';
import { BriefingError, call } from '../api.ts';
import { formatDateRange } from '../format.ts';
import { dayHeading, dayKey, fullTime, timeOf } from './when.ts';
import './activity.css';

export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityListProps {
  /** Only what happened to this event. */
  eventId?: number;
  /** Only these kinds; all when absent or empty. */
  kinds?: readonly ActivityKind[];
  /** compact: 20 entries a page, smaller type. Defaults to compact for an event, full otherwise. */
  variant?: 'full' | 'compact';
  /** Change it to read the log again (after a change made elsewhere). */
  refreshKey?: unknown;
  /** Makes an entry's event a link. */
  onOpenEvent?(id: number): void;
}

const PAGE = { full: 100, compact: 20 } as const;

export function ActivityList({ eventId, kinds, variant = eventId === undefined ? 'full' : 'compact', refreshKey, onOpenEvent }: ActivityListProps) {
  const [entries, setEntries] = useState<Activity[] | null>(null);
  const [more, setMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const limit = PAGE[variant];
  const kindsKey = (kinds ?? []).join(',');
  /** Answers to an older question (other kinds, another event) are dropped. */
  const asked = useRef(0);

  const read = useCallback(
    async (before: number | undefined) => {
      const token = before === undefined ? ++asked.current : asked.current;
      setLoading(true);
      try {
        const wanted = kindsKey ? (kindsKey.split(',') as ActivityKind[]) : undefined;
        const page = await call((api) => api.listActivity({ eventId, kinds: wanted, before, limit }));
        if (token !== asked.current) return;
        setEntries((old) => (before === undefined ? page : [...(old ?? []), ...page]));
        setMore(page.length === limit);
        setError(null);
      } catch (e) {
        if (token === asked.current) setError(e instanceof BriefingError ? e.message : String(e));
      } finally {
        if (token === asked.current) setLoading(false);
      }
    },
    [eventId, kindsKey, limit],
  );

  useEffect(() => {
    void read(undefined);
  }, [read, refreshKey]);

  const days = groupByDay(entries ?? []);
  const headingLevel = variant === 'full' ? 2 : 4;

  return (
    <div className={`activity activity-${variant}`}>
      {error && (
        <p role="alert" className="notice notice-error">
          {error}
        </p>
      )}
      {entries === null && !error && (
        <p className="muted" aria-busy="true">
          Reading the log…
        </p>
      )}
      {entries?.length === 0 && (
        <p className="muted activity-empty">
          {eventId !== undefined
            ? 'No changes to this event yet.'
            : kindsKey
              ? 'Nothing of these kinds has been recorded.'
              : 'Nothing recorded yet. Changes to notes, tags, importance marks and the briefing appear here, newest first, with who made them.'}
        </p>
      )}
      {days.map(({ key, heading, items }) => (
        <section key={key} className="activity-day" aria-label={heading}>
          {createElement(`h${headingLevel}`, { className: 'activity-day-heading' }, heading)}
          <ul className="activity-entries">
            {items.map((a) => (
              <Entry key={a.id} entry={a} showEvent={eventId === undefined} onOpenEvent={onOpenEvent} />
            ))}
          </ul>
        </section>
      ))}
      {more && (
        <button type="button" className="activity-more" disabled={loading} onClick={() => void read(entries?.at(-1)?.id)}>
          {loading ? 'Reading…' : variant === 'full' ? 'Load more' : 'Show more'}
        </button>
      )}
    </div>
  );
}

function Entry({ entry: a, showEvent, onOpenEvent }: { entry: Activity; showEvent: boolean; onOpenEvent?: (id: number) => void }) {
  const at = new Date(a.at);
  let on: ReactNode = null;
  if (showEvent && a.eventId !== null) {
    const text = a.event ? `${formatDateRange(a.event.dateStart, null)} · ${a.event.summary}` : 'an event no longer in the store';
    const eventId = a.eventId;
    on =
      onOpenEvent && a.event ? (
        <button type="button" className="link-button activity-event" title={text} onClick={() => onOpenEvent(eventId)}>
          {text}
        </button>
      ) : (
        <span className="activity-event" title={text}>
          {text}
        </span>
      );
  } else if (a.subject) {
    on = <span className="activity-subject">{a.subject.join('–')}</span>;
  }
  return (
    <li className="activity-entry" data-kind={a.kind} data-activity-id={a.id}>
      <time dateTime={a.at} title={fullTime(at)}>
        {timeOf(at)}
      </time>
      <span className="activity-line">
        <span aria-hidden="true" className="activity-dot">
          ·
        </span>{' '}
        <span className="activity-author">{a.author}</span> <span className="activity-action">{a.action}</span>
        {on && (
          <>
            <span className="activity-dash"> — </span>
            {on}
          </>
        )}
      </span>
    </li>
  );
}

function groupByDay(entries: Activity[]): Array<{ key: string; heading: string; items: Activity[] }> {
  const now = new Date();
  const days: Array<{ key: string; heading: string; items: Activity[] }> = [];
  for (const a of entries) {
    const at = new Date(a.at);
    const key = dayKey(at);
    const last = days.at(-1);
    if (last?.key === key) last.items.push(a);
    else days.push({ key, heading: dayHeading(at, now), items: [a] });
  }
  return days;
}
