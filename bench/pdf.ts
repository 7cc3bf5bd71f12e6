/**
 * The PDF export at scale: a large Briefing book (about 30 printed pages with the default
 * size) exported through the real channel — dispatcher, handler, the harness's print port
 * (a Chromium page laying out the sheet and printing it), metadata, atomic write — beside a
 * baseline measured in the same run: Chromium's page.pdf() alone on the already laid-out
 * sheet, so the difference shows what layout and the app add.
 *
 * BENCH_PDF_SECTIONS (6), BENCH_PDF_CITATIONS (per section, 20) and BENCH_PDF_PARAGRAPHS
 * (per section, 4) set the size; with the sheet's layout as it is now, the defaults print about
 * 30 pages (40 citations a section print about 45). Needs `npm run build` (the harness serves the built page).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PRINT_TIMEOUT_MS, printSheetPath } from '../contract/print-sheet.ts';
import { READ_SHEET_STATUS, waitForSheetReady, withinTimeLimit, type SheetStatus } from '../electron/sheet-render.ts';
import { HARNESS_ORIGIN, launchChromiumShell } from '../e2e/support/chromium-shell.ts';
import { buildLargeBriefing, callThroughDispatch } from './briefing-fixture.ts';

export interface PdfFigures {
  pdf_sections: number;
  pdf_citations: number;
  pdf_pages: number;
  pdf_bytes: number;
  /** The whole export through the channel, median of RUNS after a warm-up. */
  pdf_30_pages_ms: number;
  /** page.pdf() alone on the laid-out sheet, median of RUNS after a warm-up. */
  pdf_print_only_ms: number;
}

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Number(ms.toFixed(1));
const sizeFromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number of at least 1 (got ${process.env[name]})`);
  return value;
};

export async function benchPdf(): Promise<PdfFigures> {
  const size = {
    sections: sizeFromEnv('BENCH_PDF_SECTIONS', 6),
    citationsPerSection: sizeFromEnv('BENCH_PDF_CITATIONS', 20),
    paragraphsPerSection: sizeFromEnv('BENCH_PDF_PARAGRAPHS', 4),
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'briefing-bench-pdf-'));
  const outDir = path.join(dir, 'out');
  fs.mkdirSync(outDir);
  const shell = await launchChromiumShell({
    storePath: path.join(dir, 'store.sqlite'),
    colorScheme: 'light',
    choosePdfFile: async (name) => path.join(outDir, name),
  });
  try {
    const call = callThroughDispatch(shell.service.dispatch, HARNESS_ORIGIN);
    let started = performance.now();
    const briefing = await buildLargeBriefing(call, size);
    console.log(
      `PDF export of a Briefing book: ${briefing.sections} sections, ${briefing.citations} cited events (${briefing.notes} with notes), built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );

    const exportOnce = async () => {
      const result = await call('briefings:export-pdf', { id: briefing.id });
      if (result.cancelled) throw new Error('the export was cancelled');
      return result;
    };
    let last = await exportOnce().catch((e: Error) => {
      throw new Error(`The export failed, so there is nothing to time: ${e.message} Is the briefing sheet in the build (npm run build)?`);
    });
    const exportMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      started = performance.now();
      last = await exportOnce();
      exportMs.push(performance.now() - started);
    }

    // Baseline: the same sheet already laid out in a page; only Chromium's printing is timed.
    const sheet = await shell.context.newPage();
    const printMs: number[] = [];
    try {
      await withinTimeLimit(PRINT_TIMEOUT_MS, async (expired) => {
        await sheet.goto(`${HARNESS_ORIGIN}${printSheetPath(briefing.id)}`);
        await waitForSheetReady(() => sheet.evaluate(READ_SHEET_STATUS) as Promise<SheetStatus>, expired);
      });
      const print = () => sheet.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
      await print();
      for (let i = 0; i < RUNS; i++) {
        started = performance.now();
        await print();
        printMs.push(performance.now() - started);
      }
    } finally {
      await sheet.close();
    }

    const figures: PdfFigures = {
      pdf_sections: briefing.sections,
      pdf_citations: briefing.citations,
      pdf_pages: last.pages,
      pdf_bytes: last.bytes,
      pdf_30_pages_ms: round(median(exportMs)),
      pdf_print_only_ms: round(median(printMs)),
    };
    console.log(`  ${figures.pdf_pages} pages, ${(figures.pdf_bytes / 1024).toFixed(0)} KB (${path.basename(last.path)})`);
    console.log(`  page.pdf() alone on the laid-out sheet:     ${figures.pdf_print_only_ms} ms (median of ${RUNS})`);
    console.log(
      `  whole export through briefings:export-pdf: ${figures.pdf_30_pages_ms} ms (median of ${RUNS}, ×${(figures.pdf_30_pages_ms / figures.pdf_print_only_ms).toFixed(2)} of printing alone)`,
    );
    console.log(`  pdf_30_pages_ms=${figures.pdf_30_pages_ms} pdf_pages=${figures.pdf_pages} pdf_print_only_ms=${figures.pdf_print_only_ms}`);
    return figures;
  } finally {
    await shell.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
