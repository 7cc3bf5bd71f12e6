/** What the richer cells show. One line each: the row height is fixed. */
import type { CSSProperties } from 'react';
import type { EventRow } from '../../../contract/events.ts';

/** A G7 statement has seven participants; the cell has room for about four chips. */
const CHIPS_SHOWN = 4;

export function CountryChips({ codes, names }: { codes: readonly string[]; names: ReadonlyMap<string, string> }) {
  const name = (code: string) => names.get(code) ?? code;
  const shown = codes.length > CHIPS_SHOWN ? codes.slice(0, CHIPS_SHOWN - 1) : codes;
  const rest = codes.slice(shown.length);
  return (
    <span className="egrid-chips">
      {shown.map((code) => (
        // role="img" lets the chip carry its country's name: screen readers say "Japan", not "J P".
        <span key={code} className="chip" role="img" aria-label={name(code)} title={name(code)}>
          {code}
        </span>
      ))}
      {rest.length > 0 && (
        <span className="chip chip-more" role="img" aria-label={`and ${rest.map(name).join(', ')}`} title={rest.map(name).join(', ')}>
          +{rest.length}
        </span>
      )}
    </span>
  );
}

export function NoteCount({ count }: { count: number }) {
  if (count <= 0) return null;
  const label = `${count} ${count === 1 ? 'note' : 'notes'}`;
  return (
    <span className="egrid-notes" role="img" aria-label={label} title={label}>
      <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M2.5 1.5h5l2 2v7h-7z M7.5 1.5v2h2 M4.5 6h3 M4.5 8h3" fill="none" stroke="currentColor" strokeWidth="1" strokeLinejoin="round" />
      </svg>
      {count}
    </span>
  );
}

/** Only plain colour names and hex values reach CSS; anything else gets the neutral chip. */
const SAFE_COLOR = /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|[a-z]{3,20})$/i;

export function TagChips({ tags }: { tags: EventRow['tags'] }) {
  return (
    <span className="egrid-chips">
      {tags.map((t) => (
        <span
          key={t.id}
          className="egrid-tag"
          // The colour only tints background and border (see grid.css), so the text keeps the theme's contrast.
          style={t.color && SAFE_COLOR.test(t.color) ? ({ '--tag': t.color } as CSSProperties) : undefined}
        >
          {t.name}
        </span>
      ))}
    </span>
  );
}

export function Importance({ level }: { level: number | null }) {
  if (!level) return null;
  const label = `importance ${level} of 3`;
  return (
    <span className="egrid-importance" role="img" aria-label={label} title={`Importance ${level} of 3`}>
      {'★'.repeat(level)}
      <span className="egrid-importance-off">{'☆'.repeat(3 - level)}</span>
    </span>
  );
}
