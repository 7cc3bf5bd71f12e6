import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { MAX_TERMS, toSearchQuery } from './search-query.ts';

test('plain words become quoted, lower-case terms combined with AND', () => {
  assert.deepEqual(toSearchQuery('Tokyo Summit'), { match: '"tokyo" "summit"', terms: ['tokyo', 'summit'], simple: true });
  // FTS5 operators and column filters are only text once quoted.
  assert.deepEqual(toSearchQuery('AND OR NOT'), { match: '"and" "or" "not"', terms: ['and', 'or', 'not'], simple: true });
  assert.deepEqual(toSearchQuery('body:x ^x'), { match: '"body x" "x"', terms: ['body', 'x'], simple: false });
  assert.deepEqual(toSearchQuery('NEAR(a b'), { match: '"near a" "b"', terms: ['near', 'a', 'b'], simple: false });
  assert.deepEqual(toSearchQuery('ÉTATS-UNIS'), { match: '"états unis"', terms: ['états', 'unis'], simple: false });
});

test('words joined by punctuation are phrases, as the tokenizer indexed them', () => {
  assert.deepEqual(toSearchQuery('multi-agent'), { match: '"multi agent"', terms: ['multi', 'agent'], simple: false });
  assert.deepEqual(toSearchQuery("don't"), { match: '"don t"', terms: ['don', 't'], simple: false });
  assert.deepEqual(toSearchQuery('2+2'), { match: '"2 2"', terms: ['2'], simple: false });
  assert.deepEqual(toSearchQuery('a.b'), { match: '"a b"', terms: ['a', 'b'], simple: false });
});

test('text in double quotes is one phrase; a stray or empty quote is ignored', () => {
  assert.deepEqual(toSearchQuery('"Joint Statement" Tokyo'), { match: '"joint statement" "tokyo"', terms: ['joint', 'statement', 'tokyo'], simple: false });
  // A quoted single word is still a plain word.
  assert.deepEqual(toSearchQuery('"Tokyo"'), { match: '"tokyo"', terms: ['tokyo'], simple: true });
  // Unclosed: the quote is dropped and the words stay separate.
  assert.deepEqual(toSearchQuery('"joint statement'), { match: '"joint" "statement"', terms: ['joint', 'statement'], simple: true });
  // An attempt to close our quoting and inject an operator stays inside quotes.
  assert.deepEqual(toSearchQuery('tokyo" OR "x'), { match: '"tokyo" "or" "x"', terms: ['tokyo', 'or', 'x'], simple: true });
  assert.deepEqual(toSearchQuery('"" tokyo'), { match: '"tokyo"', terms: ['tokyo'], simple: true });
});

test('a trailing * asks for a prefix only after three or more characters, and never inside quotes', () => {
  assert.deepEqual(toSearchQuery('semi*'), { match: '"semi"*', terms: ['semi'], simple: false });
  assert.deepEqual(toSearchQuery('sem*'), { match: '"sem"*', terms: ['sem'], simple: false });
  assert.deepEqual(toSearchQuery('se*'), { match: '"se"', terms: ['se'], simple: true });
  assert.deepEqual(toSearchQuery('a*'), { match: '"a"', terms: ['a'], simple: true });
  assert.deepEqual(toSearchQuery('"semi*"'), { match: '"semi"', terms: ['semi'], simple: true });
  // The length that counts is the last word's, the one the * follows.
  assert.deepEqual(toSearchQuery('multi-age*'), { match: '"multi age"*', terms: ['multi', 'age'], simple: false });
  assert.deepEqual(toSearchQuery('multi-ag*'), { match: '"multi ag"', terms: ['multi', 'ag'], simple: false });
  // A * in the middle is punctuation.
  assert.deepEqual(toSearchQuery('ab*cd'), { match: '"ab cd"', terms: ['ab', 'cd'], simple: false });
});

test('repeated words are searched once, whatever their case or quoting; a prefix is a different search', () => {
  assert.deepEqual(toSearchQuery('Tokyo tokyo TOKYO "tokyo"'), { match: '"tokyo"', terms: ['tokyo'], simple: true });
  assert.deepEqual(toSearchQuery('tokyo tokyo*'), { match: '"tokyo" "tokyo"*', terms: ['tokyo'], simple: false });
});

test(`at most ${MAX_TERMS} terms are searched; repeats do not use up the allowance`, () => {
  const words = Array.from({ length: MAX_TERMS + 6 }, (_, i) => `w${i}`);
  const q = toSearchQuery(words.join(' '));
  assert.equal(q.match, words.slice(0, MAX_TERMS).map((w) => `"${w}"`).join(' '));
  assert.deepEqual(q.terms, words.slice(0, MAX_TERMS));
  assert.deepEqual(toSearchQuery(`${'again '.repeat(100)}last`), { match: '"again" "last"', terms: ['again', 'last'], simple: true });
});

test('text with nothing searchable gives no match at all', () => {
  for (const text of ['', '   ', '"', '""', '*', '(', '🇯🇵🤝🇺🇸', '\u0000', '-- ++ ::']) {
    assert.deepEqual(toSearchQuery(text), { match: null, terms: [], simple: true }, JSON.stringify(text));
  }
  // A NUL splits a word rather than ending the text.
  assert.deepEqual(toSearchQuery('tok\u0000yo'), { match: '"tok" "yo"', terms: ['tok', 'yo'], simple: true });
});

test('scripts other than Latin are words too, marks included', () => {
  assert.deepEqual(toSearchQuery('שלום עולם'), { match: '"שלום" "עולם"', terms: ['שלום', 'עולם'], simple: true });
  assert.deepEqual(toSearchQuery('مَرحبا'), { match: '"مَرحبا"', terms: ['مَرحبا'], simple: true });
  assert.deepEqual(toSearchQuery('東京で会談'), { match: '"東京で会談"', terms: ['東京で会談'], simple: true });
  const long = 'a'.repeat(10_000);
  assert.deepEqual(toSearchQuery(long), { match: `"${long}"`, terms: [long], simple: true });
});

test('every expression it builds is valid FTS5 syntax for the store\'s tokenizer', () => {
  // A real FTS5 table like the store's: a syntax error would throw here.
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
  db.prepare('INSERT INTO t (rowid, body) VALUES (1, ?)').run("Ministers hold a 2+2 on multi-agent AI; they don't agree.");
  const hits = db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck();
  const catalogue = ['multi-agent', "don't", 'a.b', 'AND', 'OR NOT', 'body:x', 'NEAR(a b', 'a*', '^x', '2+2', 'x)', 'col:*', '"unclosed', 'a"b"c', 'שלום', 'مرحبا', 'semi* -x +y', 'a'.repeat(10_000)];
  for (const text of catalogue) {
    const { match } = toSearchQuery(text);
    assert.ok(match, text.slice(0, 20));
    assert.doesNotThrow(() => hits.all(match), text.slice(0, 20));
  }
  assert.deepEqual(hits.all(toSearchQuery('2+2').match), [1]);
  assert.deepEqual(hits.all(toSearchQuery('multi-agent').match), [1]);
  assert.deepEqual(hits.all(toSearchQuery("don't").match), [1]);
  assert.deepEqual(hits.all(toSearchQuery('minist*').match), [1]);
  // The words are all there, but not adjacent: a phrase must not match.
  assert.deepEqual(hits.all(toSearchQuery('"ministers agree"').match), []);
  db.close();
});
