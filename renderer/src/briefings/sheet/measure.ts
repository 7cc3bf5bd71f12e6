/**
 * Reads the laid-out blocks in the sheet's hidden measuring column: each block's height, the
 * line boxes of paragraphs that may be cut, and where in the text a given line starts.
 */
import type { Line, MeasuredBlock } from './paginate.ts';

/** Line boxes of `el`'s text, from the top of `wrapper`: rects on the same line overlap vertically. */
export function lineBoxes(wrapper: Element, el: Element): Line[] {
  // Rects of the text only: a range over elements would also return each element's whole box.
  const range = document.createRange();
  const rects: DOMRect[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.height > 0 && r.width > 0) rects.push(r);
  }
  rects.sort((a, b) => a.top - b.top);
  const origin = wrapper.getBoundingClientRect().top;
  const lines: Line[] = [];
  for (const r of rects) {
    const last = lines.at(-1);
    const top = r.top - origin;
    const bottom = r.bottom - origin;
    // Overlapping by more than half the smaller box: the same line (a link or code run on it).
    if (last && top < last.bottom - Math.min(bottom - top, last.bottom - last.top) / 2) {
      last.top = Math.min(last.top, top);
      last.bottom = Math.max(last.bottom, bottom);
    } else {
      lines.push({ top, bottom });
    }
  }
  return lines;
}

export function measureBlock(wrapper: HTMLElement, gap: number, cuttable: boolean, flags: Pick<MeasuredBlock, 'keepWithNext' | 'breakBefore' | 'fullPage' | 'header' | 'section'>): MeasuredBlock {
  const height = wrapper.getBoundingClientRect().height;
  const content = wrapper.firstElementChild;
  const lines = cuttable && content ? lineBoxes(wrapper, content) : undefined;
  if (lines?.length) {
    // The block's own bottom padding belongs to its last line, so the cut parts add up to the whole.
    lines[lines.length - 1]!.bottom = height;
  }
  return { height, gap, ...flags, lines: lines && lines.length > 1 ? lines : undefined };
}

/**
 * The offset, in characters of `el`'s text nodes, of the first character laid out at or below
 * `lineTop` (relative to `wrapper`'s top). Characters keep reading order down the lines, so each
 * text node is searched by halves.
 */
export function textOffsetAtLine(wrapper: Element, el: Element, lineTop: number): number {
  const threshold = wrapper.getBoundingClientRect().top + lineTop - 1;
  const range = document.createRange();
  const topOf = (node: Text, i: number): number | null => {
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    const r = [...range.getClientRects()].find((x) => x.height > 0);
    return r ? r.top : null;
  };
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    const lastTop = length ? lastVisibleTop(node, topOf) : null;
    if (lastTop === null || lastTop < threshold) {
      offset += length;
      continue;
    }
    let lo = 0;
    let hi = length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = visibleTopFrom(node, mid, hi, topOf);
      if (t !== null && t >= threshold) hi = mid;
      else lo = mid + 1;
    }
    return offset + lo;
  }
  return offset;
}

/** The top of the first character at or after `i` (up to `end`) that has a box: a collapsed space has none. */
function visibleTopFrom(node: Text, i: number, end: number, topOf: (n: Text, i: number) => number | null): number | null {
  for (let k = i; k <= end; k++) {
    const t = topOf(node, k);
    if (t !== null) return t;
  }
  return null;
}

function lastVisibleTop(node: Text, topOf: (n: Text, i: number) => number | null): number | null {
  for (let k = node.data.length - 1; k >= 0; k--) {
    const t = topOf(node, k);
    if (t !== null) return t;
  }
  return null;
}
