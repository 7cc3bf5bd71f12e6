/** In the detail panel: the other documents that reported this event, kept when duplicates were merged into it. */
import { useEffect, useState } from 'react';
import type { OtherSource } from '../../../contract/duplicates.ts';
import { call } from '../api.ts';

export function OtherSources({ eventId }: { eventId: number }) {
  const [sources, setSources] = useState<OtherSource[]>([]);
  useEffect(() => {
    let live = true;
    call((api) => api.otherSources({ id: eventId })).then(
      (found) => live && setSources(found),
      () => live && setSources([]),
    );
    return () => void (live = false);
  }, [eventId]);
  if (sources.length === 0) return null;
  return (
    <>
      <h3>Also reported in</h3>
      <ul className="detail-list" aria-label="Also reported in">
        {sources.map((s) => (
          <li key={s.mergeId}>
            <strong>{s.source ?? 'Entered by hand'}</strong>
            {s.line !== null && `, line ${s.line}`} — {s.dateText ?? s.dateStart}: <q>{s.summary}</q>
          </li>
        ))}
      </ul>
    </>
  );
}
