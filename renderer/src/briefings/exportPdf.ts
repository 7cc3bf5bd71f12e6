/**
 * Export to PDF through the bridge's exportBriefingPdf. The method joins the contract with
 * the PDF writer; until the contract lists it, it is reached through this one typed cast so
 * the rest of the composer does not change when it lands.
 */
import type { Result } from '../../../contract/result.ts';
import { bridge, call } from '../api.ts';

export type ExportPdfResult = { cancelled: true } | { cancelled: false; path: string; pages: number; bytes: number; ms: number };

type WithExport = { exportBriefingPdf?(request: { id: number }): Promise<Result<ExportPdfResult>> };

export async function exportBriefingPdf(id: number): Promise<ExportPdfResult> {
  if (typeof (bridge() as unknown as WithExport).exportBriefingPdf !== 'function') {
    throw new Error('Export to PDF is not available in this version of Briefing Book.');
  }
  return call((api) => (api as unknown as Required<WithExport>).exportBriefingPdf({ id }));
}

/** "Saved to /path/file.pdf (2 pages)." */
export function exportedText(r: Extract<ExportPdfResult, { cancelled: false }>): string {
  return `Saved to ${r.path} (${r.pages} ${r.pages === 1 ? 'page' : 'pages'}).`;
}
