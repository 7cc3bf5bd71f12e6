/**
 * One correction for the chosen entries of a preview: type, category, or leaving them out.
 */
import { useState } from 'react';
import { CATEGORIES, EVENT_TYPES, type EntryPatch } from '../../../contract/imports.ts';
import { formatCount } from '../format.ts';

export function BulkBar(props: { selected: number; onPage: number[]; disabled: boolean; selectAll(indices: number[]): void; clear(): void; apply(patch: EntryPatch): Promise<void> }) {
  const { selected, onPage, disabled, selectAll, clear, apply } = props;
  const [type, setType] = useState('');
  const [category, setCategory] = useState('');
  const these = `${formatCount(selected)} ${selected === 1 ? 'entry' : 'entries'}`;
  return (
    <div className="toolbar preview-bulk" role="group" aria-label="Correct the selected entries">
      <button type="button" onClick={() => selectAll(onPage)} disabled={disabled}>
        Select all shown
      </button>
      {selected > 0 && (
        <>
          <span className="muted">{these} selected</span>
          <select value={type} aria-label="Type for the selected entries" disabled={disabled} onChange={(e) => setType(e.target.value)}>
            <option value="">Set type…</option>
            {EVENT_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
          <button type="button" disabled={disabled || !type} onClick={() => void apply({ type: type as EntryPatch['type'] & string }).then(() => setType(''))}>
            Set type for {these}
          </button>
          <select value={category} aria-label="Category for the selected entries" disabled={disabled} onChange={(e) => setCategory(e.target.value)}>
            <option value="">Set category…</option>
            {CATEGORIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
          <button type="button" disabled={disabled || !category} onClick={() => void apply({ category: category as EntryPatch['category'] & string }).then(() => setCategory(''))}>
            Set category
          </button>
          <button type="button" disabled={disabled} onClick={() => void apply({ excluded: true })}>
            Leave out
          </button>
          <button type="button" className="link" onClick={clear}>
            Clear selection
          </button>
        </>
      )}
    </div>
  );
}
