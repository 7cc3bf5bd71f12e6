import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paginate, type MeasuredBlock } from './paginate.ts';

const box = (height: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({ height, gap: 10, ...extra });
/** A paragraph of `n` lines of 20 px. */
const para = (n: number, extra: Partial<MeasuredBlock> = {}): MeasuredBlock => ({
  height: n * 20,
  gap: 10,
  lines: Array.from({ length: n }, (_, i) => ({ top: i * 20, bottom: (i + 1) * 20 })),
  ...extra,
});

test('blocks fill a page, and the gap above a block is dropped at the top of a page', () => {
  // 100 + (10 + 100) + (10 + 100) = 320 > 300: the third moves on, with no gap above it.
  const pages = paginate([box(100), box(100), box(100), box(80)], 300);
  assert.deepEqual(pages, [[{ block: 0 }, { block: 1 }], [{ block: 2 }, { block: 3 }]]);
});

test('a block that must stay whole moves to the next page rather than split', () => {
  const pages = paginate([box(250), box(60)], 300);
  assert.deepEqual(pages, [[{ block: 0 }], [{ block: 1 }]]);
});

test('a heading never ends a page: it moves on with the start of what follows', () => {
  // The heading (20) fits after 240, but then not two lines of the paragraph.
  const pages = paginate([box(240), box(20, { keepWithNext: true }), para(6)], 300);
  assert.deepEqual(pages[0], [{ block: 0 }]);
  assert.deepEqual(pages[1]![0], { block: 1 });
});

test('a heading stays when two lines of the paragraph fit with it, and the paragraph runs on', () => {
  // 200 + 10 + 20 + 10 + two lines (40) = 280 ≤ 300; the paragraph of 6 lines is cut after 3.
  const pages = paginate([box(200), box(20, { keepWithNext: true }), para(6)], 300);
  assert.deepEqual(pages[0], [{ block: 0 }, { block: 1 }, { block: 2, fromLine: 0, toLine: 3 }]);
  assert.deepEqual(pages[1], [{ block: 2, fromLine: 3, toLine: 6 }]);
});

test('a cut leaves at least two lines on the next page', () => {
  // Room for 4 of 5 lines: only 3 stay, so two run on.
  const pages = paginate([box(210), para(5)], 300);
  assert.deepEqual(pages[0]!.at(-1), { block: 1, fromLine: 0, toLine: 3 });
  assert.deepEqual(pages[1], [{ block: 1, fromLine: 3, toLine: 5 }]);
});

test('a paragraph longer than several pages is cut on every page', () => {
  const pages = paginate([para(40)], 300);
  assert.equal(pages.length, 3);
  assert.deepEqual(
    pages.map((p) => p.map((x) => [x.fromLine, x.toLine])),
    [[[0, 15]], [[15, 30]], [[30, 40]]],
  );
});

test('the cover fills a page of its own, and a section can start a new page', () => {
  const pages = paginate([box(50, { fullPage: true }), box(30), box(30, { breakBefore: true }), box(30)], 300);
  assert.deepEqual(pages, [[{ block: 0 }], [{ block: 1 }], [{ block: 2 }, { block: 3 }]]);
});

test('a block taller than a page that cannot be cut is placed alone and marked clipped', () => {
  const pages = paginate([box(40), box(900), box(40)], 300);
  assert.deepEqual(pages, [[{ block: 0 }], [{ block: 1, clipped: true }], [{ block: 2 }]]);
});

test('an empty sheet is one empty page', () => {
  assert.deepEqual(paginate([], 300), [[]]);
});

test('no page is ever filled past its height', () => {
  const blocks: MeasuredBlock[] = [];
  let seed = 7;
  const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let i = 0; i < 400; i++) {
    const r = rnd();
    blocks.push(r < 0.5 ? para(1 + Math.floor(rnd() * 14)) : r < 0.7 ? box(20, { keepWithNext: true }) : box(10 + Math.floor(rnd() * 120)));
  }
  const pages = paginate(blocks, 300);
  for (const page of pages) {
    let used = 0;
    page.forEach((part, k) => {
      const b = blocks[part.block]!;
      const h = part.toLine === undefined ? b.height : b.lines![part.toLine - 1]!.bottom - (part.fromLine ? b.lines![part.fromLine]!.top : 0);
      used += (k === 0 ? 0 : b.gap) + h;
    });
    assert.ok(used <= 300, `a page holds ${used} px`);
    const last = page.at(-1)!;
    assert.ok(!blocks[last.block]!.keepWithNext || last.block === blocks.length - 1, 'a heading ended a page');
  }
  // Every block is placed, in order, and every line of a cut block exactly once.
  const seen = pages.flat();
  const order = seen.map((p) => p.block);
  assert.deepEqual([...new Set(order)], blocks.map((_, i) => i));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
});

test('a table running on to the next page repeats its header there', () => {
  const head = box(20, { keepWithNext: true, gap: 0 });
  const row = () => box(60, { gap: 0, header: 1 });
  const pages = paginate([box(100), head, row(), row(), row(), row()], 280);
  assert.deepEqual(pages, [
    [{ block: 0 }, { block: 1 }, { block: 2 }, { block: 3 }],
    [{ block: 1, repeated: true }, { block: 4 }, { block: 5 }],
  ]);
});

test('a section runs on when all of it fits in the rest of the page, and starts a new page when it does not', () => {
  // Heading + two blocks = 3 blocks; after 100 px, 10+20 + 10+40 + 10+40 = 130 fits in 300.
  const short = paginate([box(100), box(20, { keepWithNext: true, section: 3 }), box(40), box(40)], 300);
  assert.equal(short.length, 1);
  // The same section after 200 px no longer fits (330 > 300): it starts the next page whole.
  const long = paginate([box(200), box(20, { keepWithNext: true, section: 3 }), box(40), box(40)], 300);
  assert.deepEqual(long, [[{ block: 0 }], [{ block: 1 }, { block: 2 }, { block: 3 }]]);
});
