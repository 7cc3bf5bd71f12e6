import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countryDashboard } from './country.ts';
import { countEvents, queryEvents } from '../event-queries.ts';
import { dashboardStore, sampleStore } from './test-store.ts';
import { travelOf, visitDirection, visitHost, type Visit } from './travel.ts';

const visit = (summary: string, countries: string[], location: string | null = null): Visit => ({ summary, countries, location });
const STATES = (code: string) => !['EU', 'UN', 'NATO', 'ASEAN', 'AFU'].includes(code);

test('the host of a visit: the place first, then the summary after "to", "visits" or "in"', () => {
  // The location names the capital.
  assert.equal(visitHost(visit('Prime Minister Kishida travels to Ukraine and meets President Volodymyr Zelenskyy in Kyiv.', ['JP', 'UA'], 'Kyiv')), 'UA');
  // No location: the place after "to".
  assert.equal(visitHost(visit('President Yoon Suk Yeol travels to Tokyo for the first bilateral visit in twelve years.', ['JP', 'KR'])), 'JP');
  assert.equal(visitHost(visit('Foreign Minister Hayashi Yoshimasa travels to Beijing, the first such trip in three years.', ['CN', 'JP'])), 'CN');
  // "visits" and a country's name; "in" and a capital alias.
  assert.equal(visitHost(visit('Secretary Blinken visits Japan and South Korea.', ['JP', 'KR', 'US'])), 'JP');
  assert.equal(visitHost(visit('The chancellor is received in the White House.', ['DE', 'US'])), 'US');
  // Buildings that stand for a government, in the location.
  assert.equal(visitHost(visit('Kishida is received by Biden.', ['JP', 'US'], 'the White House')), 'US');
  // The country's name in a two-part place.
  assert.equal(visitHost(visit('Leaders gather.', ['DE', 'JP'], 'Munich, Germany')), 'DE');
  // A third country's capital in the location: that is the host, though it does not take part.
  assert.equal(visitHost(visit('Japanese and Australian leaders meet in New Delhi.', ['AU', 'JP'], 'New Delhi')), 'IN');
  // A place after "to" that names no participant does not count; a later one that does, does.
  assert.equal(visitHost(visit('On the way to Singapore, the minister stops in Seoul.', ['JP', 'KR'])), 'KR');
  // Nothing to go on.
  assert.equal(visitHost(visit('Leaders exchange visits.', ['JP', 'KR'])), null);
  assert.equal(visitHost(visit('A delegation arrives.', ['JP', 'KR'], 'Hiroshima')), null);
  // Whole words, case as written: "Tokyoite", "tokyo" are not Tokyo.
  assert.equal(visitHost(visit('A Tokyoite delegation travels to tokyo.', ['JP', 'US'])), null);
  // Ambiguous names count only for a country that takes part: Brussels is Belgium's capital but also the EU's seat.
  assert.equal(visitHost(visit('The prime minister travels to Brussels.', ['EU', 'JP'], 'Brussels')), null);
  assert.equal(visitHost(visit('The prime minister travels to Brussels.', ['BE', 'JP'], 'Brussels')), 'BE');
  // The longest name wins: "South Korea", not a bare "Korea" reading.
  assert.equal(visitHost(visit('The premier visits South Korea.', ['JP', 'KR'])), 'KR');
});

test('which way a visit went, for the dashboard country', () => {
  const kyiv = visit('Prime Minister Kishida travels to Ukraine.', ['JP', 'UA'], 'Kyiv');
  assert.deepEqual(visitDirection('JP', kyiv, STATES), { made: 'UA' });
  assert.deepEqual(visitDirection('UA', kyiv, STATES), { received: ['JP'] });
  const yoon = visit('President Yoon Suk Yeol travels to Tokyo.', ['JP', 'KR']);
  assert.deepEqual(visitDirection('JP', yoon, STATES), { received: ['KR'] });
  assert.deepEqual(visitDirection('KR', yoon, STATES), { made: 'JP' });
  // Received from each other participating state, not from an organisation.
  const blinken = visit('Secretary Blinken and the EU envoy visit Japan; Korea joins in Tokyo.', ['EU', 'JP', 'KR', 'US'], 'Tokyo');
  assert.deepEqual(visitDirection('JP', blinken, STATES), { received: ['KR', 'US'] });
  // Hosting only an organisation, a host that does not take part, or no host: unknown.
  assert.equal(visitDirection('JP', visit('The EU president visits Tokyo.', ['EU', 'JP'], 'Tokyo'), STATES), 'unknown');
  assert.equal(visitDirection('JP', visit('Leaders meet in New Delhi.', ['AU', 'JP'], 'New Delhi'), STATES), 'unknown');
  assert.equal(visitDirection('JP', visit('Leaders exchange visits.', ['JP', 'KR']), STATES), 'unknown');

  const names = new Map([
    ['UA', { name: 'Ukraine', kind: 'state' }],
    ['CN', { name: 'China', kind: 'state' }],
    ['KR', { name: 'South Korea', kind: 'state' }],
    ['EU', { name: 'European Union', kind: 'organisation' }],
  ]);
  const visits = [kyiv, yoon, yoon, visit('Hayashi travels to Beijing.', ['CN', 'JP']), visit('Kishida travels to Kyiv again.', ['JP', 'UA']), visit('Talks.', ['EU', 'JP'], 'Tokyo')];
  assert.deepEqual(
    travelOf('JP', visits.map((v, i) => ({ ...v, id: 11 + i })), names),
    {
      made: [
        { code: 'UA', name: 'Ukraine', events: 2, ids: [11, 15] },
        { code: 'CN', name: 'China', events: 1, ids: [14] },
      ],
      received: [{ code: 'KR', name: 'South Korea', events: 2, ids: [12, 13] }],
      unknown: 1,
      unknownIds: [16],
    },
  );
});

test('travel on the bundled sample chronologies: Kishida to Ukraine and Hayashi to Beijing made, Yoon to Tokyo received', async () => {
  const db = await sampleStore('travel-sample');
  const d = countryDashboard(db, { country: 'JP', period: { from: '2023-01-01', to: '2023-05-31' }, now: '2023-06-01' });
  // Ids follow file order: 20 is Kishida in Kyiv (US–Japan file), 37 Yoon in Tokyo and 38 Hayashi in Beijing (other pairs).
  assert.deepEqual(d.travel.made, [
    { code: 'CN', name: 'China', events: 1, ids: [38] },
    { code: 'UA', name: 'Ukraine', events: 1, ids: [20] },
  ]);
  assert.deepEqual(d.travel.received, [{ code: 'KR', name: 'South Korea', events: 1, ids: [37] }]);
  assert.deepEqual([d.travel.unknown, d.travel.unknownIds], [0, []]);
  assert.equal(d.headlines.find((h) => h.key === 'visits')!.value, 3);
  db.close();
});

test('travel ids: each bar lists exactly as many visits as it counts, and the table opens exactly those', async () => {
  const s = await dashboardStore('travel-ids');
  const period = { from: '2023-01-01', to: '2023-03-31' };
  const d = countryDashboard(s.db, { country: 'JP', period, now: '2023-03-20' });
  const bars = [...d.travel.made, ...d.travel.received];
  for (const bar of bars) assert.equal(bar.ids.length, bar.events, bar.code);
  assert.equal(d.travel.unknownIds.length, d.travel.unknown);
  // Every visit of the period is behind one bar or among the unknown (no visit here is received from two states).
  const all = [...bars.flatMap((b) => b.ids), ...d.travel.unknownIds];
  assert.equal(all.length, d.headlines.find((h) => h.key === 'visits')!.value);
  assert.equal(new Set(all).size, all.length);
  for (const bar of bars) {
    const filter = { ids: bar.ids, types: ['visit' as const], pairing: { kind: 'countries' as const, mode: 'both' as const, countries: ['JP', bar.code], fileOnly: false }, dateFrom: period.from, dateTo: period.to, dateMatch: 'start' as const };
    assert.deepEqual(queryEvents(s.db, { filter }).rows.map((r) => r.id).sort(), [...bar.ids].sort(), bar.code);
    assert.equal(countEvents(s.db, { filter }).total, bar.events);
  }
  s.db.close();
});
