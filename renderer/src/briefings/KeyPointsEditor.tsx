/** The key points: one line each, in order, at most MAX_KEY_POINTS. Saved as one list. */
import { useEffect, useId, useRef, useState } from 'react';
import { MAX_KEY_POINTS } from '../../../contract/briefings.ts';
import { FieldError } from './FieldError.tsx';
import type { useBriefingDraft } from './useBriefingDraft.ts';

export function KeyPointsEditor({ draft }: { draft: ReturnType<typeof useBriefingDraft> }) {
  const { briefing: b, setField, saver } = draft;
  const id = useId();
  const points = b.keyPoints;
  const full = points.length >= MAX_KEY_POINTS;
  // After adding a point, its field takes the focus.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    list.current?.querySelectorAll('input')[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex]);

  const save = (next: string[], at: 'later' | 'now' = 'now') => setField('keyPoints', next, at);
  const move = (from: number, to: number) => {
    const next = [...points];
    const [p] = next.splice(from, 1);
    next.splice(to, 0, p!);
    save(next);
    setFocusIndex(to);
  };

  return (
    <section className="briefing-block" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Key points</h2>
      {points.length === 0 && <p className="muted small">The few lines a reader takes away. They print first, as bullets.</p>}
      <ol ref={list} className="key-points">
        {points.map((point, i) => (
          <li key={i} className="key-point">
            <input
              aria-label={`Key point ${i + 1}`}
              value={point}
              maxLength={500}
              onChange={(e) => save(points.map((p, j) => (j === i ? e.target.value : p)), 'later')}
              onBlur={() => void saver.flush()}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !full) {
                  e.preventDefault();
                  save([...points.slice(0, i + 1), '', ...points.slice(i + 1)]);
                  setFocusIndex(i + 1);
                }
              }}
            />
            <button type="button" aria-label={`Move key point ${i + 1} up`} disabled={i === 0} onClick={() => move(i, i - 1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move key point ${i + 1} down`} disabled={i === points.length - 1} onClick={() => move(i, i + 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Remove key point ${i + 1}`} onClick={() => save(points.filter((_, j) => j !== i))}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      <p className="briefing-add-line">
        <button
          type="button"
          disabled={full}
          aria-describedby={full ? `${id}-full` : undefined}
          onClick={() => {
            save([...points, '']);
            setFocusIndex(points.length);
          }}
        >
          Add key point
        </button>
        {full && (
          <span id={`${id}-full`} className="muted small">
            A briefing has at most {MAX_KEY_POINTS} key points; remove one to add another.
          </span>
        )}
      </p>
      <FieldError id={`${id}-error`} message={saver.errors.get('briefing:keyPoints')} />
    </section>
  );
}
