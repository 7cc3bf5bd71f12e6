/**
 * Briefings in e2e runs: build one through the bridge (the same calls the composer makes), and
 * print a sheet the way the export does, to check the pages without going through the dialog.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import type { Briefing } from '../../contract/briefings.ts';
import { printSheetPath, SHEET_STATE_ATTRIBUTE } from '../../contract/print-sheet.ts';
import { artifactsDir } from './paths.ts';

type Api = NonNullable<Window['briefing']>;

/** Calls the bridge in the page and unwraps the result, failing the test with the store's message. */
export async function bridgeCall<T>(page: Page, method: string, request?: unknown): Promise<T> {
  const result = await page.evaluate(
    ([m, r]) => (window.briefing as unknown as Record<string, (x: unknown) => Promise<unknown>>)[m]!(r),
    [method, request] as const,
  );
  const r = result as { ok: true; value: T } | { ok: false; error: { message: string; issues?: unknown } };
  if (!r.ok) throw new Error(`${method}: ${r.error.message}${r.error.issues ? ` ${JSON.stringify(r.error.issues)}` : ''}`);
  return r.value;
}

export type { Api };

/** Opens the print page of briefing `id` in a new tab of the same app and waits for its layout. */
export async function openPrintSheet(page: Page, id: number): Promise<Page> {
  const sheet = await page.context().newPage();
  const origin = new URL(page.url()).origin;
  await sheet.goto(`${origin}${printSheetPath(id)}`);
  await expect(sheet.locator('html')).toHaveAttribute(SHEET_STATE_ATTRIBUTE, /ready|error/, { timeout: 30_000 });
  return sheet;
}

/** pdftotext of every page, split on form feeds. */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((p, i, all) => i < all.length - 1 || p.trim() !== '');
}

/** Every page of `file` as a PNG under e2e-artifacts/pdf/<name>/, to keep and to look at. */
export function pdfToPngs(file: string, name: string, dpi = 60): string[] {
  const dir = path.join(artifactsDir, 'pdf', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), file, path.join(dir, 'page')]);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .map((f) => path.join(dir, f));
}

export type { Briefing };

/** Internal links of a PDF: on which page each sits, the destination it names, and the page that destination is on. */
export async function pdfInternalLinks(file: string): Promise<Array<{ page: number; dest: string; targetPage: number | null }>> {
  const { PDFDocument, PDFName, PDFDict, PDFArray, PDFRef } = await import('pdf-lib');
  const doc = await PDFDocument.load(fs.readFileSync(file));
  const pages = doc.getPages();
  const pageByRef = new Map(pages.map((p, i) => [p.ref.toString(), i + 1]));
  const dests = doc.context.lookupMaybe(doc.catalog.get(PDFName.of('Dests')), PDFDict);
  const targetOf = (name: string): number | null => {
    const entry = dests?.lookupMaybe(PDFName.of(name), PDFArray);
    const ref = entry?.get(0);
    return ref instanceof PDFRef ? (pageByRef.get(ref.toString()) ?? null) : null;
  };
  const out: Array<{ page: number; dest: string; targetPage: number | null }> = [];
  pages.forEach((p, i) => {
    const annots = p.node.Annots();
    for (let k = 0; k < (annots?.size() ?? 0); k++) {
      const a = doc.context.lookup(annots!.get(k), PDFDict);
      const dest = a.get(PDFName.of('Dest'));
      if (dest instanceof PDFName) {
        const name = dest.decodeText();
        out.push({ page: i + 1, dest: name, targetPage: targetOf(name) });
      }
    }
  });
  return out;
}
