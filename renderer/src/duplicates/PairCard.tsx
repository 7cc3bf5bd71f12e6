/** One possible pair, side by side, with the choice of which event to keep. */
import { useState } from 'react';
import type { DuplicatePair, DuplicateSide } from '../../../contract/duplicates.ts';
import { formatDateRange } from '../format.ts';
import { defaultKeep } from './keep.ts';

export function PairCard(props: { pair: DuplicatePair; busy: boolean; onMerge(keep: number): void; onDismiss(): void }) {
  const { pair, busy, onMerge, onDismiss } = props;
  const [keep, setKeep] = useState(() => defaultKeep(pair).id);
  const name = `keep-${pair.first.id}-${pair.second.id}`;
  return (
    <li className="duplicate-pair" data-pair={`${pair.first.id}-${pair.second.id}`}>
      <div className="duplicate-score" title="How alike the two summaries are (0–1)">
        similarity {pair.score.toFixed(2)}
      </div>
      <div className="duplicate-sides">
        {[pair.first, pair.second].map((side) => (
          <Side key={side.id} side={side} name={name} kept={keep === side.id} onKeep={() => setKeep(side.id)} />
        ))}
      </div>
      <div className="duplicate-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => onMerge(keep)}>
          Merge into the kept event
        </button>
        <button type="button" disabled={busy} onClick={onDismiss}>
          Not the same event
        </button>
      </div>
    </li>
  );
}

function Side({ side, name, kept, onKeep }: { side: DuplicateSide; name: string; kept: boolean; onKeep(): void }) {
  return (
    <label className={`duplicate-side${kept ? ' duplicate-kept' : ''}`}>
      <span className="duplicate-keep">
        <input type="radio" name={name} checked={kept} onChange={onKeep} aria-label={`Keep the event of ${side.dateText ?? side.dateStart}: ${side.summary.slice(0, 60)}`} />
        {kept ? 'Keep' : 'Merge away'}
      </span>
      <span className="duplicate-date">
        {side.dateText ?? formatDateRange(side.dateStart, side.dateEnd)} · {side.countries.join(' ')}
      </span>
      <span className="duplicate-summary">{side.summary}</span>
      <span className="small muted">{side.source ?? 'Entered by hand'}</span>
    </label>
  );
}
