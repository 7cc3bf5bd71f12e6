import { useEffect, useState } from 'react';
import type { PushEvents } from '../../../contract/methods.ts';
import { bridge } from '../api.ts';
import { formatCount } from '../format.ts';

/** Progress of the running import commit, as the store reports it; with Cancel. */
export function ImportProgress({ task, onCancel, cancelling }: { task: string; onCancel(): void; cancelling: boolean }) {
  const [progress, setProgress] = useState<PushEvents['import-progress'] | null>(null);
  useEffect(() => bridge().on('import-progress', (p) => p.task === task && setProgress(p)), [task]);
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <progress max={total || 1} value={done} aria-label="Entries written" />
      <span className="muted" aria-live="polite">
        {cancelling ? 'Cancelling — nothing will be kept…' : total ? `Writing ${formatCount(done)} of ${formatCount(total)} entries…` : 'Writing…'}
      </span>
      <button type="button" onClick={onCancel} disabled={cancelling}>
        Cancel import
      </button>
    </div>
  );
}
