/**
 * Lays measured blocks out on pages. Pure arithmetic over heights measured in the page's own
 * column, so the same plan is what the preview shows and what prints:
 *  - a block that must not split (a key point, a list item, a table row, a cited event) moves
 *    whole to the next page;
 *  - a paragraph may run on to the next page between lines, leaving at least two lines on each side;
 *  - a heading never ends a page: it moves on with the start of what follows it;
 *  - a block may start a new page, or fill a page on its own (the cover);
 *  - a section may start a new page only when it does not fit in what is left of the current one.
 */

export interface Line {
  /** From the top of the block, in px. */
  top: number;
  bottom: number;
}

export interface MeasuredBlock {
  height: number;
  /** Space above the block, dropped at the top of a page. */
  gap: number;
  keepWithNext?: boolean;
  breakBefore?: boolean;
  fullPage?: boolean;
  /** Line boxes of a block that may be cut between lines; absent for blocks that must stay whole. */
  lines?: Line[];
  /** A table row: the index of its table's header, repeated at the top of each page the table runs on to. */
  header?: number;
  /**
   * The heading of a section of this many blocks (itself included): the section runs on after
   * what comes before when all of it fits in the room left, and starts a new page otherwise.
   */
  section?: number;
}

export interface PlacedPart {
  block: number;
  /** A run of lines [fromLine, toLine) of a block that was cut; absent for a whole block. */
  fromLine?: number;
  toLine?: number;
  /** The block is taller than a page and cannot be cut: it is clipped, and the sheet says so. */
  clipped?: boolean;
  /** A table header repeated at the top of a page. */
  repeated?: boolean;
}

export type PagePlan = PlacedPart[];

const MIN_LINES = 2;

export function paginate(blocks: readonly MeasuredBlock[], pageHeight: number): PagePlan[] {
  const pages: PagePlan[] = [[]];
  let used = 0;
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    if (current().length > 0) pages.push([]);
    used = 0;
  };
  const place = (part: PlacedPart, gap: number, height: number) => {
    current().push(part);
    used += gap + height;
  };

  /** Height of the least of block `i` that may start a page bottom: two lines, or the whole block. */
  const leastStart = (i: number, depth = 0): number => {
    const b = blocks[i];
    if (!b || b.breakBefore || b.fullPage) return 0;
    const own = b.lines && b.lines.length >= 2 * MIN_LINES ? b.lines[MIN_LINES - 1]!.bottom : b.height;
    // A heading followed by a heading: both move together (bounded, so a run of headings still fits).
    return b.gap + own + (b.keepWithNext && depth < 3 ? leastStart(i + 1, depth + 1) : 0);
  };

  /** Height of blocks [i, i + count) laid one after another, with their gaps. */
  const sectionHeight = (i: number, count: number): number => {
    let h = 0;
    for (let k = i; k < Math.min(blocks.length, i + count); k++) h += blocks[k]!.gap + blocks[k]!.height;
    return h;
  };

  /** Places lines [from, end) of block `i` starting on the current page, cutting as needed. */
  const placeLines = (i: number, from: number, firstGap: number) => {
    const b = blocks[i]!;
    const lines = b.lines!;
    let start = from;
    let gap = firstGap;
    while (start < lines.length) {
      const offset = start === 0 ? 0 : lines[start]!.top;
      const room = pageHeight - used - gap;
      const restHeight = b.height - offset;
      if (restHeight <= room) {
        place({ block: i, fromLine: start, toLine: lines.length }, gap, restHeight);
        return;
      }
      // Lines that fit in the room left, keeping two lines back for the next page.
      let fit = start;
      while (fit < lines.length && lines[fit]!.bottom - offset <= room) fit++;
      if (lines.length - fit < MIN_LINES) fit = lines.length - MIN_LINES;
      const onThisPage = fit - start;
      if (onThisPage >= MIN_LINES || (onThisPage > 0 && current().length === 0)) {
        place({ block: i, fromLine: start, toLine: fit }, gap, lines[fit - 1]!.bottom - offset);
        start = fit;
      } else if (current().length === 0) {
        // Not even the protected lines fit on an empty page (a paragraph of a few enormous lines): cut anyway.
        let forced = start + 1;
        while (forced < lines.length && lines[forced]!.bottom - offset <= room) forced++;
        place({ block: i, fromLine: start, toLine: forced }, gap, lines[forced - 1]!.bottom - offset);
        start = forced;
      }
      newPage();
      gap = 0;
    }
  };

  blocks.forEach((b, i) => {
    if (b.fullPage) {
      newPage();
      place({ block: i }, 0, b.height);
      newPage();
      return;
    }
    if (b.breakBefore || (b.section && current().length > 0 && used + sectionHeight(i, b.section) > pageHeight)) newPage();
    const gap = current().length === 0 ? 0 : b.gap;
    const need = b.height + (b.keepWithNext ? leastStart(i + 1) : 0);
    if (used + gap + need <= pageHeight) {
      place({ block: i }, gap, b.height);
      return;
    }
    const cuttable = !b.keepWithNext && b.lines && b.lines.length >= 2 * MIN_LINES;
    if (cuttable) {
      placeLines(i, 0, gap);
      return;
    }
    newPage();
    if (b.header !== undefined) place({ block: b.header, repeated: true }, 0, blocks[b.header]!.height);
    if (b.height <= pageHeight - used) {
      place({ block: i }, used ? b.gap : 0, b.height);
    } else if (b.lines && b.lines.length > 1) {
      placeLines(i, 0, 0);
    } else {
      place({ block: i, clipped: true }, 0, pageHeight - used);
    }
  });
  if (pages.length > 1 && current().length === 0) pages.pop();
  return pages;
}
