/**
 * The page the main process prints: only the sheet of one briefing, no app around it. It tells
 * the printer when the pages are laid out (or why they cannot be) through attributes on the
 * root element, as contract/print-sheet.ts describes.
 */
import { useEffect, useState } from 'react';
import type { Briefing } from '../../../../contract/briefings.ts';
import { SHEET_ERROR_ATTRIBUTE, SHEET_PAGES_ATTRIBUTE, SHEET_STATE_ATTRIBUTE, type SheetState } from '../../../../contract/print-sheet.ts';
import { BriefingError, call } from '../../api.ts';
import { BriefingSheet } from './BriefingSheet.tsx';
import { warmUpFormatter } from '../../markdown/format-in-worker.ts';
import { readSheetExtras, useSheetDocument } from './useSheetDocument.ts';

function announce(state: SheetState, detail: { pages?: number; error?: string } = {}): void {
  const root = document.documentElement;
  if (detail.pages !== undefined) root.setAttribute(SHEET_PAGES_ATTRIBUTE, String(detail.pages));
  if (detail.error !== undefined) root.setAttribute(SHEET_ERROR_ATTRIBUTE, detail.error);
  root.setAttribute(SHEET_STATE_ATTRIBUTE, state);
}

export function PrintRoute({ id }: { id: number }) {
  const [briefing, setBriefing] = useState<Briefing | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // Asked for at once, with the briefing, and the markdown worker started meanwhile.
  const [extras] = useState(() => readSheetExtras(id));
  const { doc, error } = useSheetDocument(briefing, 0, extras);

  useEffect(() => {
    announce('loading');
    warmUpFormatter();
    call((api) => api.getBriefing({ id })).then(
      (b) => {
        performance.mark('sheet:briefing');
        document.title = b.title;
        setBriefing(b);
      },
      (e: unknown) => setFailure(e instanceof BriefingError ? e.message : String(e)),
    );
  }, [id]);

  const problem = failure ?? error;
  useEffect(() => {
    if (problem) announce('error', { error: problem });
  }, [problem]);

  useEffect(() => {
    if (doc) performance.mark('sheet:document');
  }, [doc]);

  if (problem) return <p className="sheet-print-error">{problem}</p>;
  if (!doc) return null;
  return <BriefingSheet doc={doc} onLaidOut={(o) => ('error' in o ? announce('error', { error: o.error }) : (performance.mark('sheet:ready'), announce('ready', { pages: o.pages })))} />;
}
