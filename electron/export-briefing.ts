/**
 * File → Export Briefing PDF…: asks where to save, prints the briefing's sheet through the
 * shell's renderer, stamps the document information and writes the file whole. Every
 * failure says that nothing was written, and nothing is.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ParsedRequest, Response } from '../contract/channels.ts';
import { PRINT_TIMEOUT_MS, printSheetPath } from '../contract/print-sheet.ts';
import { StoreError } from '../db/errors.ts';
import { refuseLiveStoreTarget } from '../db/store-identity.ts';
import type { Services } from './handlers.ts';
import { stampPdfMetadata } from './pdf-metadata.ts';
import { suggestPdfFileName, withPdfExtension } from './pdf-file-name.ts';
import { SheetRenderError } from './sheet-render.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

const NOTHING_WRITTEN = 'nothing was written';

/** Services with an export under way: a second Export (a double click, the menu and a button) is refused, not stacked. */
const exporting = new WeakSet<Services>();

export async function exportBriefingPdf(
  req: ParsedRequest<'briefings:export-pdf'>,
  services: Services,
  timeoutMs = PRINT_TIMEOUT_MS,
): Promise<Response<'briefings:export-pdf'>> {
  if (exporting.has(services)) throw new StoreError('INVALID_INPUT', 'A PDF export is already under way; wait for it to finish.');
  exporting.add(services);
  try {
    return await exportOnce(req, services, timeoutMs);
  } finally {
    exporting.delete(services);
  }
}

async function exportOnce(
  req: ParsedRequest<'briefings:export-pdf'>,
  { store, ports, identity, log }: Services,
  timeoutMs: number,
): Promise<Response<'briefings:export-pdf'>> {
  const briefing = await store.call('getBriefing', { id: req.id });
  const chosen = await ports.choosePdfFile(suggestPdfFileName(briefing.title, briefing.date));
  if (!chosen) return { cancelled: true };
  const started = performance.now();
  if (!path.isAbsolute(chosen)) throw new StoreError('INVALID_INPUT', `A PDF needs a full path to be saved to; ${NOTHING_WRITTEN}.`);
  const target = withPdfExtension(chosen);
  // Before printing: a name typed over the store (the dialog keeps a .sqlite extension) must not replace it.
  refuseLiveStoreTarget(target, store.path, 'The PDF was not saved');
  // Before printing, so an analyst who picked a read-only folder hears so at once.
  await checkFolder(path.dirname(target));

  let printed: Uint8Array;
  try {
    printed = await ports.renderSheetPdf({ path: printSheetPath(briefing.id), timeoutMs });
  } catch (e) {
    throw renderFailure(e, timeoutMs);
  }
  const version = `Briefing Book ${identity.version}`;
  const { bytes, pages } = await stampPdfMetadata(printed, {
    title: briefing.title,
    author: briefing.author,
    subject: briefing.subtitle.trim() || (briefing.subject ?? []).join('–'),
    keywords: [briefing.marking],
    creator: version,
    producer: `${version} (${identity.shell === 'electron' ? 'Electron' : 'Chromium'} printing, pdf-lib)`,
    created: new Date(),
  }).catch((e: unknown) => {
    throw new StoreError('EXPORT_FAILED', `The printed PDF could not be finished (${(e as Error).message}); ${NOTHING_WRITTEN}.`, { cause: e });
  });
  try {
    await writeFileAtomically(target, bytes, store.path, 'The PDF was not saved');
  } catch (e) {
    throw writeFailure(e, target);
  }
  const ms = performance.now() - started;
  log?.(`[export] briefing ${briefing.id}: ${pages} pages, ${bytes.byteLength} bytes in ${Math.round(ms)} ms → ${target}`);
  return { cancelled: false, path: target, pages, bytes: bytes.byteLength, ms };
}

async function checkFolder(folder: string): Promise<void> {
  try {
    const stat = await fs.stat(folder);
    if (!stat.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(folder, fs.constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    const reason = code === 'ENOENT' || code === 'ENOTDIR' ? `the folder ${folder} does not exist` : `Briefing Book may not write to the folder ${folder}`;
    throw notSaved('INVALID_INPUT', reason, e);
  }
}

/** Exported for its test: the message for each way the write can fail. */
export function writeFailure(e: unknown, target: string): StoreError {
  if (e instanceof StoreError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const folder = path.dirname(target);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EBUSY') {
    // Windows refuses to replace a PDF that a reader has open.
    return existsSync(target)
      ? notSaved('INVALID_INPUT', `${target} could not be replaced: it is read-only or open in another program (close it there, or choose another name)`, e)
      : notSaved('INVALID_INPUT', `Briefing Book may not write to ${folder}`, e);
  }
  if (code === 'EISDIR') return notSaved('INVALID_INPUT', `${target} is a folder`, e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return notSaved('INVALID_INPUT', `the folder ${folder} no longer exists`, e);
  if (code === 'ENOSPC' || code === 'EDQUOT') return notSaved('EXPORT_FAILED', `the disk holding ${folder} is full`, e);
  return notSaved('EXPORT_FAILED', `${target} could not be written (${code ?? (e as Error)?.message ?? String(e)})`, e);
}

function notSaved(code: 'INVALID_INPUT' | 'EXPORT_FAILED', reason: string, cause: unknown): StoreError {
  return new StoreError(code, `The PDF was not saved: ${reason}; ${NOTHING_WRITTEN}. Choose another folder or name.`, { cause });
}

function renderFailure(e: unknown, timeoutMs: number): StoreError {
  if (e instanceof SheetRenderError && e.kind === 'timeout') {
    return new StoreError('EXPORT_FAILED', `The PDF was not ready within ${Math.round(timeoutMs / 1000)} s; ${NOTHING_WRITTEN}.`, { cause: e });
  }
  if (e instanceof SheetRenderError) {
    return new StoreError('EXPORT_FAILED', `The briefing could not be laid out for printing: ${e.message}; ${NOTHING_WRITTEN}.`, { cause: e });
  }
  return new StoreError('EXPORT_FAILED', `The briefing could not be printed (${(e as Error)?.message ?? String(e)}); ${NOTHING_WRITTEN}.`, { cause: e });
}
