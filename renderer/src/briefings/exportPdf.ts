/** Export to PDF: the main process asks where to save, prints the sheet and writes the file. */
import type { Response } from '../../../contract/channels.ts';
import { call } from '../api.ts';

export type ExportPdfResult = Response<'briefings:export-pdf'>;

export function exportBriefingPdf(id: number): Promise<ExportPdfResult> {
  return call((api) => api.exportBriefingPdf({ id }));
}

/** "Saved to /path/file.pdf (2 pages)." */
export function exportedText(r: Extract<ExportPdfResult, { cancelled: false }>): string {
  return `Saved to ${r.path} (${r.pages} ${r.pages === 1 ? 'page' : 'pages'}).`;
}
