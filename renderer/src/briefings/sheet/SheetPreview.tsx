/**
 * The composer's preview: the briefing's pages exactly as they will print, zoomed to the width
 * of the pane. The sheet (and the charts library) load with the first preview, not at start.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { Briefing } from '../../../../contract/briefings.ts';
import { PAPERS } from './geometry.ts';
import { useSheetDocument } from './useSheetDocument.ts';

const BriefingSheet = lazy(() => import('./BriefingSheet.tsx').then((m) => ({ default: m.BriefingSheet })));

export interface SheetPreviewProps {
  briefing: Briefing;
  /** Bumped after each saved change, so the sheet reads sources and chronology again. */
  revision: number;
}

const MM_TO_PX = 96 / 25.4;
const GUTTER_PX = 32;

export function SheetPreview({ briefing, revision }: SheetPreviewProps) {
  const { doc, error } = useSheetDocument(briefing, revision);
  const [outcome, setOutcome] = useState<{ pages: number } | { error: string } | null>(null);
  const pane = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const el = pane.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const pageWidth = PAPERS[briefing.paper].widthMm * MM_TO_PX;
  const zoom = width > 0 ? Math.min(1, (width - GUTTER_PX) / pageWidth) : 1;

  return (
    <div className="sheet-preview" ref={pane} data-testid="sheet-preview">
      <p className="sheet-preview-status" role="status">
        {error
          ? `The preview could not be made: ${error}`
          : !outcome
            ? 'Laying out the pages…'
            : 'error' in outcome
              ? outcome.error
              : `${outcome.pages} ${outcome.pages === 1 ? 'page' : 'pages'} · ${PAPERS[briefing.paper].label} · as it will print`}
      </p>
      {doc && (
        <Suspense fallback={null}>
          <BriefingSheet doc={doc} zoom={zoom} onLaidOut={setOutcome} />
        </Suspense>
      )}
    </div>
  );
}
