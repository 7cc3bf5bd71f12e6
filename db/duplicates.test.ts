import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { isStoreError } from './errors.ts';
import { dayGap, dayNumber, summaryWords, wordSimilarity } from './duplicate-similarity.ts';
import { dismissDuplicate, listDuplicates, LIKELY_DUPLICATE } from './duplicates.ts';
import { commitImport } from './import/commit.ts';
import { entry } from './exchange/test-support.ts';
import { openStore } from './open-store.ts';
import { eventWith, sampleStore } from './test/sample-store.ts';
import { tempDir } from './test/helpers.ts';

const HOSTS = 'Prime Minister Kishida hosts South Korean President Yoon Suk Yeol in Tokyo for the first summit visit between the two countries in twelve years.';
const TRAVELS =
  'President Yoon Suk Yeol travels to Tokyo for the first bilateral visit by a South Korean leader in twelve years; he and Prime Minister Kishida agree to resume "shuttle diplomacy".';

test('summaries are compared by their words: stop words, numbers, case, accents and endings do not count', () => {
  assert.deepEqual([...summaryWords('The 2+2 meets in Tōkyō on the 11th, 2023')].sort(), ['meet', 'tokyo']);
  assert.deepEqual([...summaryWords('Ministers meeting; talks held')].sort(), ['held', 'meet', 'minister', 'talk']);
  assert.equal(wordSimilarity(summaryWords('Biden receives Kishida at the White House.'), summaryWords('Kishida is received by Biden at the White House')), 1);
});

test('two reports of one visit score above the threshold; two events of one day do not', () => {
  const same = wordSimilarity(summaryWords(HOSTS), summaryWords(TRAVELS));
  assert.ok(same >= LIKELY_DUPLICATE, `the Yoon visit scores ${same}`);
  const different = wordSimilarity(
    summaryWords('The fifth Indo-Pacific Business Forum, co-hosted by the United States and Japan, is held in Tokyo and online.'),
    summaryWords('President Joe Biden receives Prime Minister Kishida Fumio at the White House.'),
  );
  assert.ok(different < LIKELY_DUPLICATE, `unrelated events score ${different}`);
});

test('the date gap of two entries is 0 when their spans touch', () => {
  const span = (from: string, to = from) => ({ first: dayNumber(from), last: dayNumber(to) });
  assert.equal(dayGap(span('2023-03-16'), span('2023-03-16', '2023-03-17')), 0);
  assert.equal(dayGap(span('2023-03-18'), span('2023-03-16', '2023-03-17')), 1);
  assert.equal(dayGap(span('2023-03-14'), span('2023-03-16')), 2);
  assert.equal(dayGap(span('2023-02-28'), span('2023-03-01')), 1, 'across a month end');
});

test("the sample's own overlap is listed once: Yoon in Tokyo from both files", async () => {
  const { db } = await sampleStore('dupes-sample');
  const page = listDuplicates(db, { limit: 50 });
  assert.equal(page.pairs.length, 1, JSON.stringify(page.pairs.map((p) => [p.first.summary, p.second.summary])));
  const [pair] = page.pairs;
  assert.deepEqual(new Set([pair!.first.id, pair!.second.id]), new Set([eventWith(db, 'hosts South Korean President Yoon'), eventWith(db, 'travels to Tokyo')]));
  assert.notEqual(pair!.first.source, pair!.second.source);
  assert.equal(page.next, null);
  assert.equal(page.scanned, db.prepare('SELECT count(*) FROM events').pluck().get());
});

test('a pair said to differ is not offered again; a missing event is refused', async () => {
  const { db } = await sampleStore('dupes-dismiss');
  const [pair] = listDuplicates(db, { limit: 50 }).pairs;
  assert.deepEqual(dismissDuplicate(db, { ids: [pair!.second.id, pair!.first.id] }), { dismissed: true });
  assert.deepEqual(dismissDuplicate(db, { ids: [pair!.first.id, pair!.second.id] }), { dismissed: false });
  assert.equal(listDuplicates(db, { limit: 50 }).pairs.length, 0);
  assert.throws(() => dismissDuplicate(db, { ids: [pair!.first.id, 999_999] }), (e: unknown) => isStoreError(e) && e.code === 'NOT_FOUND');
  assert.throws(() => dismissDuplicate(db, { ids: [pair!.first.id, pair!.first.id] }), (e: unknown) => isStoreError(e) && e.code === 'INVALID_INPUT');
});

test('gates: two days apart, no shared country, or one document never make a pair', async () => {
  const { db } = await openStore(path.join(tempDir('dupes-gates'), 'store.sqlite'));
  const jpKr = [{ code: 'JP', via: 'name' }, { code: 'KR', via: 'name' }];
  const one = (contentHash: string, e: Parameters<typeof entry>[0]) => commitImport(db, { title: contentHash, fileCountries: [], contentHash }, [entry(e)]);
  one('a', { dateStart: '2023-03-16', summary: HOSTS, countries: jpKr });
  one('b', { dateStart: '2023-03-18', summary: TRAVELS, countries: jpKr });
  one('c', { dateStart: '2023-03-16', summary: TRAVELS, countries: [{ code: 'CN', via: 'name' }] });
  commitImport(db, { title: 'd', fileCountries: [], contentHash: 'd' }, [
    entry({ dateStart: '2023-05-07', summary: HOSTS, countries: jpKr }),
    entry({ dateStart: '2023-05-07', summary: TRAVELS, countries: jpKr, sourceLine: 2 }),
  ]);
  assert.deepEqual(listDuplicates(db, { limit: 50 }).pairs, []);
  one('e', { dateStart: '2023-03-17', summary: TRAVELS, countries: jpKr });
  const pairs = listDuplicates(db, { limit: 50 }).pairs;
  assert.equal(pairs.length, 2, 'the 17th pairs with the 16th and the 18th');
});

test('pages walk back by date and meet every pair once, across page edges', async () => {
  const { db } = await openStore(path.join(tempDir('dupes-pages'), 'store.sqlite'));
  const jp = [{ code: 'JP', via: 'name' }];
  // Numbers are not compared, so each day's words are made distinct in letters: 'bcd', 'bce', …
  const word = (i: number) => [2, 1, 0].map((p) => String.fromCharCode(98 + (Math.floor(i / 20 ** p) % 20))).join('');
  // 3,000 days with an event each from one document, and every tenth day reported again by another.
  const days = Array.from({ length: 3000 }, (_, i) => new Date(Date.UTC(2010, 0, 1) + i * 86_400_000).toISOString().slice(0, 10));
  commitImport(db, { title: 'a', fileCountries: [], contentHash: 'a' }, days.map((d, i) => entry({ dateStart: d, summary: `${word(i)} ${word(i + 7000)}`, countries: jp, sourceLine: i })));
  commitImport(
    db,
    { title: 'b', fileCountries: [], contentHash: 'b' },
    days.filter((_, i) => i % 10 === 0).map((d, i) => entry({ dateStart: d, summary: `${word(i * 10)} ${word(i * 10 + 7000)} today`, countries: jp, sourceLine: i })),
  );
  const seen = new Set<string>();
  let before: string | undefined;
  let pages = 0;
  do {
    const page = listDuplicates(db, { before, limit: 7 });
    for (const p of page.pairs) {
      const key = [p.first.id, p.second.id].sort().join('-');
      assert.ok(!seen.has(key), `pair ${key} listed twice`);
      seen.add(key);
      assert.ok(p.first.dateStart >= p.second.dateStart);
    }
    before = page.next ?? undefined;
    pages++;
  } while (before);
  assert.equal(seen.size, 300);
  assert.ok(pages > 1);
});
