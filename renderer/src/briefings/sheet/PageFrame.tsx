/**
 * One sheet of paper: the marking at the top and bottom, the running title and date, the
 * page number, and the body the paginator filled. Sized in millimetres, so it prints 1:1.
 */
import type { ReactNode } from 'react';
import { formatDateRange } from '../../format.ts';
import type { SheetDocument } from './document.ts';
import type { PageGeometry } from './geometry.ts';

interface Props {
  doc: SheetDocument;
  geometry: PageGeometry;
  number: number;
  total: number;
  /** The cover has the marking only; the first page of a note has its masthead instead of the running title. */
  kind: 'cover' | 'first' | 'body';
  children: ReactNode;
}

export function PageFrame({ doc, geometry, number, total, kind, children }: Props) {
  const { briefing } = doc;
  const marking = briefing.marking.trim();
  return (
    <section
      className={`sheet-page sheet-page-${geometry.paper} sheet-page-${kind}`}
      aria-label={`Page ${number} of ${total}`}
      data-page={number}
    >
      <header className="sheet-band sheet-band-top">
        {marking && <p className="sheet-marking">{marking}</p>}
        {kind === 'body' && (
          <p className="sheet-running">
            <span className="sheet-running-title">{briefing.title}</span>
            <span>{formatDateRange(briefing.date, null)}</span>
          </p>
        )}
      </header>
      <div className="sheet-body" style={{ height: `${geometry.bodyHeightMm}mm` }}>
        {children}
      </div>
      <footer className="sheet-band sheet-band-bottom">
        {kind !== 'cover' && (
          <p className="sheet-running">
            <span>{briefing.author}</span>
            <span className="sheet-page-number">
              Page {number} of {total}
            </span>
          </p>
        )}
        {marking && <p className="sheet-marking">{marking}</p>}
      </footer>
    </section>
  );
}
