/**
 * The activity log: who changed which note, tag, mark or briefing entry, and when; newest
 * first, by day. Toggle chips narrow it to some kinds of change.
 */
import { useState } from 'react';
import { ACTIVITY_KINDS } from '../../../contract/annotations.ts';
import { ActivityList, type ActivityKind } from './ActivityList.tsx';

const KIND_LABELS: Record<ActivityKind, string> = {
  event: 'Event edits',
  note: 'Notes',
  tag: 'Tags',
  importance: 'Importance',
  briefing: 'Briefing',
  backup: 'Backups',
};

interface Props {
  /** Makes an entry's event a link. */
  onOpenEvent?(id: number): void;
}

export function ActivityScreen({ onOpenEvent }: Props) {
  const [kinds, setKinds] = useState<ActivityKind[]>([]);
  const [refresh, setRefresh] = useState(0);
  const toggle = (kind: ActivityKind) => setKinds((k) => (k.includes(kind) ? k.filter((x) => x !== kind) : ACTIVITY_KINDS.filter((x) => x === kind || k.includes(x))));

  return (
    <section className="activity-screen" aria-labelledby="activity-heading">
      <div className="toolbar">
        <h1 id="activity-heading">Activity</h1>
        <div role="group" aria-label="Show only" className="activity-kinds">
          {ACTIVITY_KINDS.map((kind) => (
            <button key={kind} type="button" className="activity-chip" data-kind={kind} aria-pressed={kinds.includes(kind)} onClick={() => toggle(kind)}>
              {KIND_LABELS[kind]}
            </button>
          ))}
          {kinds.length > 0 && (
            <button type="button" className="link-button" onClick={() => setKinds([])}>
              Show all
            </button>
          )}
        </div>
        <span className="spacer" />
        <button type="button" onClick={() => setRefresh((n) => n + 1)}>
          Refresh
        </button>
      </div>
      <ActivityList variant="full" kinds={kinds} refreshKey={refresh} onOpenEvent={onOpenEvent} />
    </section>
  );
}
