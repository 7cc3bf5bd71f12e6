import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, PDFString } from 'pdf-lib';
import { stampPdfMetadata } from './pdf-metadata.ts';

/** A three-page PDF as a printer would make it: an outline of two entries and a link annotation on page 1. */
async function printedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Printed by the browser');
  doc.setProducer('Skia/PDF');
  const pages = [doc.addPage([595, 842]), doc.addPage([595, 842]), doc.addPage([595, 842])];
  pages[0]!.drawText('Key points', { x: 72, y: 760, size: 18 });
  const ctx = doc.context;
  const link = ctx.register(
    ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [72, 700, 300, 720], Border: [0, 0, 0], A: { S: 'URI', URI: PDFString.of('https://example.org/source') } }),
  );
  pages[0]!.node.set(PDFName.of('Annots'), ctx.obj([link]));
  const outlines = ctx.nextRef();
  const first = ctx.nextRef();
  const second = ctx.nextRef();
  ctx.assign(first, ctx.obj({ Title: PDFString.of('Diplomacy'), Parent: outlines, Next: second, Dest: [pages[1]!.ref, 'Fit'] }));
  ctx.assign(second, ctx.obj({ Title: PDFString.of('Chronology'), Parent: outlines, Prev: first, Dest: [pages[2]!.ref, 'Fit'] }));
  ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: first, Last: second, Count: 2 }));
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  return doc.save();
}

const meta = {
  title: 'US–Japan relations: spring 2023 日米',
  author: 'A. Analyst',
  subject: 'Alliance management after the 2+2',
  keywords: ['CLIENT CONFIDENTIAL'],
  creator: 'Briefing Book 0.1.0',
  producer: 'Briefing Book 0.1.0 (Chromium printing, pdf-lib)',
  created: new Date('2023-05-22T09:30:00Z'),
};

test('the document information is set and read back; pages, outline and links are kept', async () => {
  const { bytes, pages } = await stampPdfMetadata(await printedPdf(), meta);
  assert.equal(pages, 3);
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  assert.equal(doc.getPageCount(), 3);
  assert.equal(doc.getTitle(), meta.title);
  assert.equal(doc.getAuthor(), meta.author);
  assert.equal(doc.getSubject(), meta.subject);
  assert.equal(doc.getKeywords(), 'CLIENT CONFIDENTIAL');
  assert.equal(doc.getCreator(), meta.creator);
  assert.equal(doc.getProducer(), meta.producer);
  assert.equal(doc.getCreationDate()?.toISOString(), '2023-05-22T09:30:00.000Z');

  // The outline still has its two entries, each pointing at its page.
  const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  assert.equal(outlines.lookup(PDFName.of('Count'), PDFNumber).asNumber(), 2);
  const first = outlines.lookup(PDFName.of('First'), PDFDict);
  assert.equal(first.lookup(PDFName.of('Title'), PDFString).decodeText(), 'Diplomacy');
  const dest = first.lookup(PDFName.of('Dest'), PDFArray);
  assert.equal((dest.get(0) as PDFRef).toString(), doc.getPage(1).ref.toString());
  const second = first.lookup(PDFName.of('Next'), PDFDict);
  assert.equal(second.lookup(PDFName.of('Title'), PDFString).decodeText(), 'Chronology');

  // The link on page 1 is still there with its address.
  const annots = doc.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
  assert.equal(annots.size(), 1);
  const action = annots.lookup(0, PDFDict).lookup(PDFName.of('A'), PDFDict);
  assert.equal(action.lookup(PDFName.of('URI'), PDFString).decodeText(), 'https://example.org/source');
  assert.ok(doc.catalog.get(PDFName.of('MarkInfo')), 'the tagged-PDF marker is kept');
});

test('an empty marking adds no keyword; bytes that are not a PDF are refused', async () => {
  const { bytes } = await stampPdfMetadata(await printedPdf(), { ...meta, keywords: [''] });
  assert.equal((await PDFDocument.load(bytes)).getKeywords(), '');
  await assert.rejects(stampPdfMetadata(new TextEncoder().encode('<html>not a pdf</html>'), meta));
});
