import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { suggestPdfFileName, withPdfExtension } from './pdf-file-name.ts';

/** What every suggestion must be, whatever the title: one plain file name. */
function assertOneSafeName(name: string): void {
  assert.equal(path.basename(name), name, `${JSON.stringify(name)} names a folder`);
  assert.equal(path.win32.basename(name), name, `${JSON.stringify(name)} names a folder on Windows`);
  // eslint-disable-next-line no-control-regex -- checking that no control character got through
  assert.doesNotMatch(name, /[/\\:*?"<>|\u0000-\u001f\u007f]/, `${JSON.stringify(name)} has a character Windows or Unix refuses`);
  assert.doesNotMatch(name, /^[.\s]/, `${JSON.stringify(name)} is hidden or starts with a space`);
  assert.match(name, /\S\.pdf$/, `${JSON.stringify(name)} does not end in a name and .pdf`);
  assert.ok(Buffer.byteLength(name) <= 255, `${JSON.stringify(name)} is longer than file systems allow`);
  assert.doesNotMatch(name.split('.')[0]!, /^(con|prn|aux|nul|com\d|lpt\d)$/i, `${JSON.stringify(name)} is a Windows device`);
}

test('an ordinary title and date make a readable name', () => {
  assert.equal(suggestPdfFileName('US–Japan relations, spring 2023', '2023-05-22'), 'US–Japan relations, spring 2023 2023-05-22.pdf');
  assert.equal(suggestPdfFileName('日米関係 ブリーフィング', '2023-05-22'), '日米関係 ブリーフィング 2023-05-22.pdf');
});

test('path tricks in a title never leave the chosen folder', () => {
  const cases: Array<[string, string]> = [
    ['../../etc/passwd', 'etc passwd 2023-05-22.pdf'],
    ['notes/../../../x', 'notes .. .. .. x 2023-05-22.pdf'],
    ['..\\..\\Windows\\System32\\evil', 'Windows System32 evil 2023-05-22.pdf'],
    ['/absolute/path', 'absolute path 2023-05-22.pdf'],
    ['C:\\Users\\analyst\\x', 'C Users analyst x 2023-05-22.pdf'],
    ['Report: Q1 / Q2', 'Report Q1 Q2 2023-05-22.pdf'],
    ['a*b?c"d<e>f|g', 'a b c d e f g 2023-05-22.pdf'],
    ['.hidden', 'hidden 2023-05-22.pdf'],
    ['...', 'Briefing 2023-05-22.pdf'],
    ['   ', 'Briefing 2023-05-22.pdf'],
    ['trailing dots...  ', 'trailing dots 2023-05-22.pdf'],
    ['nul\u0000byte', 'nulbyte 2023-05-22.pdf'],
    ['line\nbreak\ttab\u001b[31mred', 'linebreaktab[31mred 2023-05-22.pdf'],
    ['right\u202eto-left\u200b', 'rightto-left 2023-05-22.pdf'],
    ['Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645', 'Persian \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 2023-05-22.pdf'],
  ];
  for (const [title, expected] of cases) {
    const name = suggestPdfFileName(title, '2023-05-22');
    assert.equal(name, expected, JSON.stringify(title));
    assertOneSafeName(name);
  }
  // The date comes from the store, but gets the same treatment.
  assertOneSafeName(suggestPdfFileName('x', '../../2023'));
});

test('Windows device names are never the whole name', () => {
  for (const title of ['CON', 'con', 'PRN', 'AUX', 'NUL', 'COM1', 'LPT9', 'com¹', 'CON.txt']) {
    assertOneSafeName(suggestPdfFileName(title, '2023-05-22'));
    const withoutDate = suggestPdfFileName(title, '');
    assertOneSafeName(withoutDate);
    assert.match(withoutDate, /^Briefing /, title);
  }
  assert.equal(suggestPdfFileName('Console notes', ''), 'Console notes.pdf');
});

test('a very long title is cut at a whole character, emoji and accents included', () => {
  const ascii = suggestPdfFileName('A'.repeat(1000), '2023-05-22');
  assertOneSafeName(ascii);
  assert.equal(ascii, `${'A'.repeat(150)} 2023-05-22.pdf`);

  // Family emoji (one grapheme of 25 bytes) and flags must not be split into broken halves.
  const family = '👨‍👩‍👧‍👦';
  const emoji = suggestPdfFileName(`${family} `.repeat(60), '2023-05-22');
  assertOneSafeName(emoji);
  const stem = emoji.slice(0, -' 2023-05-22.pdf'.length);
  assert.ok(stem.split(' ').every((part) => part === family), `a grapheme was split: ${JSON.stringify(stem)}`);
  assert.equal(Buffer.from(stem).toString(), stem, 'no lone surrogate (it would not survive UTF-8)');

  const accents = suggestPdfFileName('e\u0301'.repeat(200), '2023-05-22');
  assertOneSafeName(accents);
  assert.equal(accents.normalize('NFC'), accents, 'the name is NFC, so é is one character');
});

test('.pdf is added only when the chosen path has no extension', () => {
  assert.equal(withPdfExtension('/home/a/Brief'), '/home/a/Brief.pdf');
  assert.equal(withPdfExtension('/home/a/Brief.'), '/home/a/Brief.pdf');
  assert.equal(withPdfExtension('/home/a/Brief.pdf'), '/home/a/Brief.pdf');
  assert.equal(withPdfExtension('/home/a/Brief.PDF'), '/home/a/Brief.PDF');
  assert.equal(withPdfExtension('/home/a.b/Brief'), '/home/a.b/Brief.pdf');
  assert.equal(withPdfExtension('/home/a/.notes'), '/home/a/.notes.pdf');
});
