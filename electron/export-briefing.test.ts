import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, test } from 'node:test';
import { PDFDocument } from 'pdf-lib';
import { PRINT_TIMEOUT_MS, printSheetPath } from '../contract/print-sheet.ts';
import type { Result } from '../contract/result.ts';
import { tempDir } from '../db/test/helpers.ts';
import { startService, type Service } from './service.ts';
import { SheetRenderError } from './sheet-render.ts';

const ORIGIN = 'app://briefing';
const fromApp = { url: `${ORIGIN}/index.html`, isMainFrame: true };

/** What the stand-ins for the save dialog and the sheet printer do in the current test. */
const dialog = { answer: null as string | null, suggested: [] as string[] };
let render: (args: { path: string; timeoutMs: number }) => Promise<Uint8Array>;
const renders: Array<{ path: string; timeoutMs: number }> = [];
const logged: string[] = [];
let service: Service;
let briefingId: number;

async function printedPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 72, y: 760 });
  return doc.save();
}

before(async () => {
  service = await startService({
    storePath: path.join(tempDir('export-pdf'), 'store.sqlite'),
    workerFile: new URL('../db/worker.ts', import.meta.url),
    ports: {
      openExternal: async () => {},
      emit: () => {},
      chooseImportFile: async () => null,
      chooseExportFile: async () => null,
      chooseBackupFile: async () => null,
      chooseRestoreFile: async () => null,
      choosePdfFile: async (suggested) => {
        dialog.suggested.push(suggested);
        return dialog.answer;
      },
      renderSheetPdf: (args) => {
        renders.push(args);
        return render(args);
      },
    },
    assetsDir: path.join(import.meta.dirname, '..', 'assets'),
    identity: { name: 'Briefing Book', version: '9.8.7', shell: 'chromium-harness' },
    trustedOrigin: ORIGIN,
    log: (line) => void logged.push(line),
  });
  const created = await service.dispatch(
    'briefings:create',
    { briefing: { title: 'Japan–ROK: the thaw ../../', subtitle: 'Shuttle diplomacy resumes', author: 'K. Analyst', date: '2023-05-22', marking: 'CLIENT CONFIDENTIAL', template: 'briefing-book' } },
    fromApp,
  );
  briefingId = (created as { value: { id: number } }).value.id;
});
after(() => service.close());
beforeEach(() => {
  dialog.answer = null;
  dialog.suggested.length = 0;
  renders.length = 0;
  render = () => printedPdf(4);
});

const exportPdf = (id = briefingId) => service.dispatch('briefings:export-pdf', { id }, fromApp);
const valueOf = <T>(r: Result<unknown>): T => {
  assert.equal(r.ok, true, `expected a value, got ${JSON.stringify(r)}`);
  return (r as { value: T }).value;
};
const errorOf = (r: Result<unknown>) => {
  assert.equal(r.ok, false, `expected an error, got ${JSON.stringify(r)}`);
  return (r as Extract<Result<unknown>, { ok: false }>).error;
};

test('cancelling the save dialog writes nothing and prints nothing', async () => {
  const folder = tempDir('export-cancel');
  assert.deepEqual(valueOf(await exportPdf()), { cancelled: true });
  assert.deepEqual(dialog.suggested, ['Japan–ROK the thaw 2023-05-22.pdf']);
  assert.equal(renders.length, 0);
  assert.deepEqual(fs.readdirSync(folder), []);
});

test('the PDF is written at exactly the chosen path, with the briefing in its document information', async () => {
  const folder = tempDir('export-ok');
  dialog.answer = path.join(folder, 'Thaw for the client.pdf');
  const result = valueOf<{ cancelled: false; path: string; pages: number; bytes: number; ms: number }>(await exportPdf());
  assert.equal(result.cancelled, false);
  assert.equal(result.path, dialog.answer);
  assert.equal(result.pages, 4);
  assert.equal(result.bytes, fs.statSync(dialog.answer).size);
  assert.ok(result.ms >= 0);
  assert.deepEqual(renders, [{ path: printSheetPath(briefingId), timeoutMs: PRINT_TIMEOUT_MS }]);
  assert.deepEqual(fs.readdirSync(folder), ['Thaw for the client.pdf'], 'no temporary file is left behind');

  const doc = await PDFDocument.load(fs.readFileSync(dialog.answer), { updateMetadata: false });
  assert.equal(doc.getPageCount(), 4);
  assert.equal(doc.getTitle(), 'Japan–ROK: the thaw ../../');
  assert.equal(doc.getAuthor(), 'K. Analyst');
  assert.equal(doc.getSubject(), 'Shuttle diplomacy resumes');
  assert.equal(doc.getKeywords(), 'CLIENT CONFIDENTIAL');
  assert.equal(doc.getCreator(), 'Briefing Book 9.8.7');
  assert.match(doc.getProducer() ?? '', /^Briefing Book 9\.8\.7/);
  assert.ok(logged.some((line) => line.startsWith(`[export] briefing ${briefingId}: 4 pages`)), logged.join('\n'));
});

test('a chosen name without an extension gets .pdf; an existing file is replaced whole', async () => {
  const folder = tempDir('export-ext');
  fs.writeFileSync(path.join(folder, 'thaw.pdf'), 'an older export');
  dialog.answer = path.join(folder, 'thaw');
  assert.equal(valueOf<{ path: string }>(await exportPdf()).path, path.join(folder, 'thaw.pdf'));
  assert.equal(fs.readFileSync(path.join(folder, 'thaw.pdf')).subarray(0, 5).toString(), '%PDF-');
  assert.deepEqual(fs.readdirSync(folder), ['thaw.pdf']);
});

test('an unwritable or missing folder is named in a clear message, and nothing is written', async () => {
  // Root writes through permission bits, so as root the folder is one no one may write to.
  const readOnly = process.getuid?.() === 0 ? '/sys' : tempDir('export-readonly');
  if (readOnly !== '/sys') {
    fs.chmodSync(readOnly, 0o555);
    after(() => fs.chmodSync(readOnly, 0o755));
  }
  dialog.answer = path.join(readOnly, 'thaw.pdf');
  const refused = errorOf(await exportPdf());
  assert.equal(refused.code, 'BAD_REQUEST');
  assert.match(refused.message, /^The PDF was not saved: Briefing Book may not write to .*; nothing was written\. Choose another folder or name\.$/);
  assert.equal(fs.existsSync(dialog.answer), false);
  assert.deepEqual(
    fs.readdirSync(readOnly).filter((f) => f.includes('thaw')),
    [],
  );

  renders.length = 0;
  dialog.answer = path.join(tempDir('export-missing'), 'gone', 'thaw.pdf');
  const missing = errorOf(await exportPdf());
  assert.match(missing.message, /^The PDF was not saved: the folder .*gone does not exist; nothing was written\./);
  assert.equal(renders.length, 0, 'a missing folder is found before printing');
});

test('a sheet that does not finish in time, or reports an error, fails with a message and leaves an existing file as it was', async () => {
  const folder = tempDir('export-timeout');
  dialog.answer = path.join(folder, 'thaw.pdf');
  fs.writeFileSync(dialog.answer, 'the export from last week');

  render = () => Promise.reject(new SheetRenderError('timeout', 'the sheet was not printed within 30 s'));
  const late = errorOf(await exportPdf());
  assert.equal(late.message, 'The PDF was not ready within 30 s; nothing was written.');

  render = () => Promise.reject(new SheetRenderError('sheet', 'section 3 cites an event the sheet cannot read'));
  const broken = errorOf(await exportPdf());
  assert.equal(broken.message, 'The briefing could not be laid out for printing: section 3 cites an event the sheet cannot read; nothing was written.');

  render = async () => new TextEncoder().encode('<html>not a PDF</html>');
  const garbled = errorOf(await exportPdf());
  assert.match(garbled.message, /^The printed PDF could not be finished \(.*\); nothing was written\.$/);

  assert.equal(fs.readFileSync(dialog.answer, 'utf8'), 'the export from last week');
  assert.deepEqual(fs.readdirSync(folder), ['thaw.pdf']);
});

test('a file that cannot be replaced (a folder of that name) fails cleanly with no temporary file left', async () => {
  const folder = tempDir('export-isdir');
  dialog.answer = path.join(folder, 'thaw.pdf');
  fs.mkdirSync(dialog.answer);
  const refused = errorOf(await exportPdf());
  assert.match(refused.message, /^The PDF was not saved: .*thaw\.pdf is a folder; nothing was written\./);
  assert.deepEqual(fs.readdirSync(folder), ['thaw.pdf']);
  assert.equal(fs.statSync(dialog.answer).isDirectory(), true);
});

test('a second export while one is under way is refused; the first one finishes', async () => {
  const folder = tempDir('export-twice');
  dialog.answer = path.join(folder, 'thaw.pdf');
  let release!: () => void;
  const printing = new Promise<void>((resolve) => (release = resolve));
  render = async () => {
    await printing;
    return printedPdf(2);
  };
  const first = exportPdf();
  while (renders.length === 0) await new Promise((r) => setTimeout(r, 5));
  const second = errorOf(await exportPdf());
  assert.equal(second.message, 'A PDF export is already under way; wait for it to finish.');
  release();
  assert.equal(valueOf<{ pages: number }>(await first).pages, 2);
  render = () => printedPdf(4);
  assert.equal(valueOf<{ pages: number }>(await exportPdf()).pages, 4, 'the next export runs');
});

test('an unknown briefing is refused before any dialog opens', async () => {
  const error = errorOf(await exportPdf(999_999));
  assert.equal(error.code, 'NOT_FOUND');
  assert.deepEqual(dialog.suggested, []);
  assert.equal(errorOf(await service.dispatch('briefings:export-pdf', { id: 1, path: '/tmp/x.pdf' }, fromApp)).code, 'BAD_REQUEST');
});

test('each way a write can fail has its own message, all saying nothing was written', async () => {
  const { writeFailure } = await import('./export-briefing.ts');
  const folder = tempDir('export-messages');
  const existing = path.join(folder, 'open in a reader.pdf');
  fs.writeFileSync(existing, 'x');
  const fail = (code: string, target: string) => writeFailure(Object.assign(new Error(code), { code }), target);
  assert.match(fail('EPERM', existing).message, /open in a reader\.pdf could not be replaced: it is read-only or open in another program/);
  assert.match(fail('EBUSY', existing).message, /could not be replaced/);
  assert.match(fail('EACCES', path.join(folder, 'new.pdf')).message, /Briefing Book may not write to /);
  assert.match(fail('ENOSPC', existing).message, /the disk holding .* is full/);
  assert.equal(fail('ENOSPC', existing).code, 'EXPORT_FAILED');
  assert.match(fail('EIO', existing).message, /could not be written \(EIO\)/);
  for (const code of ['EPERM', 'EACCES', 'EISDIR', 'ENOENT', 'ENOSPC', 'EIO']) {
    assert.match(fail(code, existing).message, /; nothing was written\. Choose another folder or name\.$/, code);
  }
});
