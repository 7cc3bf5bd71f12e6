import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitChronology } from './chronology.ts';
import { moveTrailingDates } from './trailing-dates.ts';

test('a document that dates its entries at the end, in brackets, is read entry by entry', () => {
  const doc = splitChronology(
    [
      'Milestones in Korea–Japan ties',
      '',
      '• Seoul and Tokyo sign the basic treaty normalising relations (June 22, 1965).',
      '• The two leaders issue a joint declaration on a new partnership [Oct. 8, 1998]',
      '• Co-hosting of the football World Cup opens (May 31, 2002).',
    ].join('\n'),
  );
  assert.deepEqual(doc.problems, []);
  assert.deepEqual(
    doc.entries.map((e) => [e.dateText, e.dateStart, e.text]),
    [
      ['June 22, 1965', '1965-06-22', 'Seoul and Tokyo sign the basic treaty normalising relations'],
      ['Oct. 8, 1998', '1998-10-08', 'The two leaders issue a joint declaration on a new partnership'],
      ['May 31, 2002', '2002-05-31', 'Co-hosting of the football World Cup opens'],
    ],
  );
});

test('a bracketed date closing an entry of an ordinary chronology stays in its text', () => {
  const lines = ['Jan. 3, 2014: Ministers meet.', 'Jan. 9, 2014: Officials carry out what was agreed (Jan. 3, 2014).', 'Jan. 12, 2014: Talks.'];
  assert.deepEqual(moveTrailingDates(lines), lines);
  const doc = splitChronology(lines.join('\n'));
  assert.equal(doc.entries.length, 3);
  assert.match(doc.entries[1]!.text, /\(Jan\. 3, 2014\)\.$/);
});

test('brackets that hold no date are left alone', () => {
  const lines = ['Talks open (in Geneva).', 'A ceasefire holds (for now).', 'A trade deal (the first).'];
  assert.deepEqual(moveTrailingDates(lines), lines);
});
