/**
 * Turns the paginator's plan into what each page renders: whole blocks, or the cut part of a
 * paragraph as its own hast element, split at the character where its first line starts.
 */
import type { Element } from 'hast';
import { isCuttable, type Block } from './blocks.ts';
import { splitElementAt } from './hast-split.ts';
import { measureBlock, textOffsetAtLine } from './measure.ts';
import { paginate, type MeasuredBlock } from './paginate.ts';

export interface PagePart {
  block: number;
  /** The part of a cut paragraph; absent for a whole block. */
  node?: Element;
  /** The part continues a block begun on an earlier page (its anchor is there). */
  continued: boolean;
  clipped: boolean;
}

export interface SheetLayout {
  blocks: readonly Block[];
  pages: PagePart[][];
  /** Page number (from 1) of each anchor. */
  pageOf: Map<string, number>;
}

/** Measures the blocks drawn in `column` (one wrapper element per block, in order) and lays them out. */
export function layOut(blocks: readonly Block[], column: HTMLElement, pageHeight: number): SheetLayout {
  const wrappers = [...column.children] as HTMLElement[];
  if (wrappers.length !== blocks.length) throw new Error(`the measuring column holds ${wrappers.length} blocks, not ${blocks.length}`);
  const measured: MeasuredBlock[] = blocks.map((b, i) =>
    measureBlock(wrappers[i]!, b.gap, isCuttable(b), { keepWithNext: b.keepWithNext, breakBefore: b.breakBefore, fullPage: b.fullPage, header: b.header, section: b.section }),
  );
  const plan = paginate(measured, pageHeight);
  const pageOf = new Map<string, number>();
  const pages = plan.map((page, p) =>
    page.map((part): PagePart => {
      const block = blocks[part.block]!;
      const first = !part.fromLine;
      if (first && block.anchor && !pageOf.has(block.anchor)) pageOf.set(block.anchor, p + 1);
      const lines = measured[part.block]!.lines;
      if (part.repeated) return { block: part.block, continued: true, clipped: false };
      if (part.fromLine === undefined || !lines || block.kind !== 'md' || (part.fromLine === 0 && part.toLine === lines.length)) {
        return { block: part.block, continued: false, clipped: !!part.clipped };
      }
      const wrapper = wrappers[part.block]!;
      const content = wrapper.firstElementChild!;
      const offsetAt = (line: number) => (line >= lines.length ? Number.POSITIVE_INFINITY : line === 0 ? 0 : textOffsetAtLine(wrapper, content, lines[line]!.top));
      const from = offsetAt(part.fromLine);
      const to = offsetAt(part.toLine!);
      const [, rest] = splitElementAt(block.node, from);
      const node = to === Number.POSITIVE_INFINITY ? rest : splitElementAt(rest, to - from)[0];
      return { block: part.block, node, continued: !first, clipped: false };
    }),
  );
  return { blocks, pages, pageOf };
}
