/**
 * The blocks of a Briefing book: short sections run on after one another (the default) instead of
 * each starting a page; the Settings choice "each starts a new page" puts the page breaks back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Briefing } from '../../../../contract/briefings.ts';
import { buildBlocks } from './blocks.ts';
import type { SheetDocument } from './document.ts';
import { paginate } from './paginate.ts';

function book(sectionBreaks?: SheetDocument['sectionBreaks']): SheetDocument {
  const sections = ['Diplomacy', 'Security', 'Economy', 'Politics'].map((title, i) => ({ id: i + 1, title, body: `One line on ${title.toLowerCase()}.`, citations: [], chart: null }));
  const briefing = { title: 'Japan–US', template: 'briefing-book', keyPoints: ['One point.'], sections } as unknown as Briefing;
  return { briefing, sources: [], chronology: [], formatted: new Map(), charts: new Map(), countryNames: new Map(), ChartView: null, ...(sectionBreaks ? { sectionBreaks } : {}) };
}

/** Lays blocks out with every block 20 px high: what counts here is where pages break. */
const pagesOf = (doc: SheetDocument) => {
  const blocks = buildBlocks(doc);
  const measured = blocks.map((b) => ({ height: b.fullPage ? 900 : 20, gap: b.gap, keepWithNext: b.keepWithNext, breakBefore: b.breakBefore, fullPage: b.fullPage, section: b.section }));
  return paginate(measured, 900).map((page) => page.map((part) => blocks[part.block]!));
};

test('a Briefing book\'s one-line sections share a page instead of leaving near-empty pages', () => {
  const pages = pagesOf(book());
  // Cover, contents, then key points and all four sections on one page.
  assert.equal(pages.length, 3);
  assert.deepEqual(
    pages[2]!.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : '')),
    ['Key points', 'Diplomacy', 'Security', 'Economy', 'Politics'],
  );
});

test('with "each starts a new page" every section starts a page', () => {
  assert.equal(pagesOf(book('new-page')).length, 3 + 4);
});
