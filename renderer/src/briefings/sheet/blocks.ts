/**
 * The sheet as a flat list of blocks, in reading order, each knowing how it may be laid out:
 * what must stay whole, what may run on between lines, what keeps with what follows, what
 * starts a page. The two templates differ only in which blocks they emit.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { BriefingSource, ChronologyEntry, Citation, Section } from '../../../../contract/briefings.ts';
import { printedNote, type SheetDocument } from './document.ts';

export type Tone = 'body' | 'note';

export type BlockBody =
  | { kind: 'cover' }
  | { kind: 'masthead' }
  | { kind: 'toc-title' }
  | { kind: 'toc-entry'; target: string; label: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'label'; text: string }
  | { kind: 'key-point'; text: string }
  /** A top-level piece of formatted text; a list item carries its list. */
  | { kind: 'md'; node: Element; tone: Tone; list?: { ordered: boolean; start: number } }
  | { kind: 'citation'; citation: Citation }
  | { kind: 'chart'; sectionId: number }
  | { kind: 'chrono-head' }
  | { kind: 'chrono-row'; entry: ChronologyEntry; index: number }
  | { kind: 'source'; source: BriefingSource; index: number }
  | { kind: 'empty'; text: string };

export type Block = BlockBody & {
  key: string;
  /** Space above, in px, dropped at the top of a page. */
  gap: number;
  /** The element id links (the table of contents, the PDF outline) point at. */
  anchor?: string;
  keepWithNext?: boolean;
  breakBefore?: boolean;
  fullPage?: boolean;
  /** For a table row: the index of the table's header block, repeated on each page it runs on to. */
  header?: number;
  /** A section's heading: the section's length in blocks; it starts a new page only when it does not fit on this one. */
  section?: number;
};

export const anchors = {
  keyPoints: 'sheet-key-points',
  section: (id: number) => `sheet-section-${id}`,
  chronology: 'sheet-chronology',
  sources: 'sheet-sources',
};

/** Blocks that may be cut between lines. */
export const isCuttable = (b: Block): boolean => b.kind === 'md' && !b.list && (b.node.tagName === 'p' || b.node.tagName === 'blockquote');

const hasContent = (s: Section) => s.body.trim() !== '' || s.citations.length > 0 || s.chart !== null;

export function buildBlocks(doc: SheetDocument): Block[] {
  const { briefing } = doc;
  const book = briefing.template === 'briefing-book';
  const out: Block[] = [];
  const sections = briefing.sections.filter(hasContent);
  const keyPoints = briefing.keyPoints.map((k) => k.trim()).filter(Boolean);

  if (book) {
    out.push({ kind: 'cover', key: 'cover', gap: 0, fullPage: true });
    out.push({ kind: 'toc-title', key: 'toc', gap: 0, breakBefore: true, keepWithNext: true });
    const entry = (target: string, label: string) => out.push({ kind: 'toc-entry', key: `toc-${target}`, gap: 2, target, label });
    if (keyPoints.length) entry(anchors.keyPoints, 'Key points');
    for (const s of sections) entry(anchors.section(s.id), s.title);
    if (doc.chronology.length) entry(anchors.chronology, 'Chronology of cited events');
    if (doc.sources.length) entry(anchors.sources, 'Sources');
  } else {
    out.push({ kind: 'masthead', key: 'masthead', gap: 0 });
  }

  if (keyPoints.length) {
    out.push({ kind: 'heading', level: 1, text: 'Key points', key: 'kp', gap: book ? 0 : 14, anchor: anchors.keyPoints, keepWithNext: true, breakBefore: book });
    keyPoints.forEach((text, i) => out.push({ kind: 'key-point', text, key: `kp-${i}`, gap: 5 }));
  }

  // A Briefing book starts each section on a new page, or (the default) only a section that does not fit in the rest of the page.
  const everySectionNewPage = book && doc.sectionBreaks === 'new-page';
  for (const s of sections) {
    const heading = out.length;
    out.push({ kind: 'heading', level: 1, text: s.title, key: `s-${s.id}`, gap: book ? 22 : 16, anchor: anchors.section(s.id), keepWithNext: true, breakBefore: everySectionNewPage });
    out.push(...textBlocks(doc, s.body, `s-${s.id}-body`, 'body'));
    if (s.chart) out.push({ kind: 'chart', sectionId: s.id, key: `s-${s.id}-chart`, gap: 10 });
    if (s.citations.length) {
      out.push({ kind: 'label', text: s.citations.length === 1 ? 'Cited event' : 'Cited events', key: `s-${s.id}-cited`, gap: 10, keepWithNext: true });
      for (const c of s.citations) {
        out.push({ kind: 'citation', citation: c, key: `c-${c.id}`, gap: 5, keepWithNext: c.withNote && c.snapshot.notes.length > 0 });
        if (c.withNote) {
          c.snapshot.notes.forEach((n, k) => {
            const { text, cut } = printedNote(n.body);
            out.push(...textBlocks(doc, text, `c-${c.id}-n${k}`, 'note'));
            if (cut > 0) {
              out.push({ kind: 'empty', text: `This note continues for ${cut.toLocaleString('en-US')} more characters in Briefing Book.`, key: `c-${c.id}-n${k}-cut`, gap: 3 });
            }
          });
        }
      }
    }
    if (book && !everySectionNewPage) out[heading]!.section = out.length - heading;
  }

  if (sections.length === 0 && keyPoints.length === 0) {
    out.push({ kind: 'empty', text: 'This briefing has no key points or sections with text yet.', key: 'empty', gap: 18 });
  }

  if (book && doc.chronology.length) {
    out.push({ kind: 'heading', level: 1, text: 'Chronology of cited events', key: 'chrono', gap: 0, anchor: anchors.chronology, keepWithNext: true, breakBefore: true });
    const header = out.length;
    out.push({ kind: 'chrono-head', key: 'chrono-head', gap: 6, keepWithNext: true });
    doc.chronology.forEach((entry, index) => out.push({ kind: 'chrono-row', entry, index, key: `chrono-${index}`, gap: 0, header }));
  }
  if (doc.sources.length) {
    out.push({ kind: 'heading', level: book ? 1 : 2, text: 'Sources', key: 'sources', gap: book ? 22 : 16, anchor: anchors.sources, keepWithNext: true });
    doc.sources.forEach((source, index) => out.push({ kind: 'source', source, index, key: `src-${index}`, gap: 2 }));
  }
  return out;
}

/** The blocks of one markdown text: paragraphs, headings, each list item, code, quotes, rules. */
function textBlocks(doc: SheetDocument, text: string, key: string, tone: Tone): Block[] {
  if (text.trim() === '') return [];
  const tree = doc.formatted.get(text) ?? plainTree(text);
  const out: Block[] = [];
  let n = 0;
  const gap = tone === 'note' ? 3 : 7;
  for (const node of elements(tree)) {
    const k = `${key}-${n++}`;
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      const ordered = node.tagName === 'ol';
      let number = ordered ? Number(node.properties?.start ?? 1) || 1 : 1;
      for (const li of elements(node)) {
        out.push({ kind: 'md', node: li, tone, list: { ordered, start: number++ }, key: `${k}-${number}`, gap: 3 });
      }
    } else if (/^h[1-6]$/.test(node.tagName)) {
      out.push({ kind: 'md', node, tone, key: k, gap: 10, keepWithNext: true });
    } else {
      out.push({ kind: 'md', node, tone, key: k, gap });
    }
  }
  return out;
}

function elements(parent: Root | Element): Element[] {
  return (parent.children as Array<Root['children'][number]>).filter((c): c is Element => c.type === 'element');
}

/** Text that could not be formatted: its paragraphs, as they were typed. */
export function plainTree(text: string): Root {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  return {
    type: 'root',
    children: paragraphs.map((p): ElementContent => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: p.trim() }] })),
  };
}
