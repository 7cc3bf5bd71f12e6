import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CountryDashboard } from '../../contract/dashboards.ts';
import { countEvents } from '../event-queries.ts';
import { countryDashboard } from './country.ts';
import { dashboardFilter } from './period.ts';
import { dashboardStore, type Key } from './test-store.ts';

const Q1 = { from: '2023-01-01', to: '2023-03-31' };

test('country dashboard for Japan, Q1 2023: every figure, counted by hand from the test store', async () => {
  const s = await dashboardStore();
  const d = countryDashboard(s.db, { country: 'JP', period: Q1, now: '2023-03-20' });
  // What crosses IPC is checked against the contract.
  assert.deepEqual(CountryDashboard.parse(d), d);

  assert.deepEqual(d.country, { code: 'JP', name: 'Japan' });
  assert.deepEqual(d.period, Q1);
  // 90 days, and the 90 before.
  assert.deepEqual(d.previousPeriod, { from: '2022-10-03', to: '2022-12-31' });

  // e1–e9; e10 started in December, so it counts in the previous period even though it runs into January.
  assert.deepEqual(
    d.headlines.map((h) => [h.key, h.value, h.previous]),
    [
      ['events', 9, 3],
      ['leader', 3, 0],
      ['minister', 3, 1],
      ['visits', 4, 1],
      ['counterparts', 11, 2],
    ],
  );
  assert.equal(d.headlines[0]!.label, 'Events');

  // Every month, every category, zero where nothing happened.
  const months = (month: string) => Object.fromEntries(d.perMonth.filter((m) => m.month === month && m.events > 0).map((m) => [m.category, m.events]));
  assert.equal(d.perMonth.length, 3 * 6);
  assert.deepEqual([...new Set(d.perMonth.map((m) => m.month))], ['2023-01', '2023-02', '2023-03']);
  assert.deepEqual(months('2023-01'), { diplomacy: 2, security: 1 });
  assert.deepEqual(months('2023-02'), { diplomacy: 2 });
  assert.deepEqual(months('2023-03'), { diplomacy: 1, economy: 1, technology: 1, security: 1 });

  assert.deepEqual(d.types, [
    { type: 'visit', events: 4 },
    { type: 'meeting', events: 2 },
    { type: 'call', events: 1 },
    { type: 'statement', events: 1 },
    { type: 'summit', events: 1 },
  ]);

  // The US in five events, Korea in two; nine tied at one, by name; the tenth place keeps Ukraine, the United Kingdom drops off.
  assert.deepEqual(
    d.counterparts.map((c) => [c.code, c.name, c.events]),
    [
      ['US', 'United States', 5],
      ['KR', 'South Korea', 2],
      ['AU', 'Australia', 1],
      ['CA', 'Canada', 1],
      ['CN', 'China', 1],
      ['EU', 'European Union', 1],
      ['FR', 'France', 1],
      ['DE', 'Germany', 1],
      ['IT', 'Italy', 1],
      ['UA', 'Ukraine', 1],
    ],
  );

  // The switch-jp official was a minister on 14 March (e5) and the leader from 15 March (e6); minister-us's office ended on 1 February (e3: unnamed).
  assert.deepEqual(d.engagement, { leader: 3, minister: 3, official: 1, unnamed: 2 });

  assert.deepEqual(d.travel, {
    made: [
      { code: 'CN', name: 'China', events: 1, ids: [s.id('e6')] },
      { code: 'UA', name: 'Ukraine', events: 1, ids: [s.id('e5')] },
    ],
    received: [{ code: 'KR', name: 'South Korea', events: 1, ids: [s.id('e4')] }],
    // e8: in New Delhi, which neither side is.
    unknown: 1,
    unknownIds: [s.id('e8')],
  });

  const keys = (rows: Array<{ id: number }>): Key[] => rows.map((r) => s.key(r.id));
  // Today (20 March) included, newest first; e8 (31 March) is still to come.
  assert.deepEqual(keys(d.recent), ['e7', 'e6', 'e5', 'e4', 'e3', 'e2', 'e9', 'e1']);
  // After today, whatever the period, soonest first.
  assert.deepEqual(keys(d.upcoming), ['e8', 'e15', 'e16']);
  assert.deepEqual(d.recent[0]!.countries, ['CA', 'DE', 'EU', 'FR', 'GB', 'IT', 'JP', 'US']);

  // e1 one, e5 two (its third is in the trash); e11's is in the previous period.
  assert.equal(d.notes.onEvents, 3);
  assert.deepEqual(d.notes.standing.map((n) => [n.subject, n.preview]), [[['JP'], 'Standing note on Japan.']]);
  s.db.close();
});

test('recent and upcoming follow today: before, inside and after the period', async () => {
  const s = await dashboardStore('dashboards-now');
  const at = (now: string) => countryDashboard(s.db, { country: 'JP', period: Q1, now });
  const keys = (rows: Array<{ id: number }>) => rows.map((r) => s.key(r.id));
  // Before the period: nothing has happened yet; everything from e12 on is upcoming (ten at most).
  const before = at('2022-10-02');
  assert.deepEqual(keys(before.recent), []);
  assert.deepEqual(keys(before.upcoming), ['e12', 'e11', 'e10', 'e1', 'e9', 'e2', 'e3', 'e4', 'e5', 'e6']);
  // A timestamp counts by its date.
  const inside = at('2023-02-10T23:59:00.000Z');
  assert.deepEqual(keys(inside.recent), ['e4', 'e3', 'e2', 'e9', 'e1']);
  assert.deepEqual(keys(inside.upcoming), ['e5', 'e6', 'e7', 'e8', 'e15', 'e16']);
  // After it: the period's ten newest (there are nine); nothing after 2025.
  const after = at('2025-01-01');
  assert.deepEqual(keys(after.recent), ['e8', 'e7', 'e6', 'e5', 'e4', 'e3', 'e2', 'e9', 'e1']);
  assert.deepEqual(after.upcoming, []);
  assert.throws(() => at('yesterday'), { name: 'StoreError', code: 'INVALID_INPUT' });
  s.db.close();
});

test('a month on the dashboard opens in the table with exactly its events (dateMatch "start")', async () => {
  const s = await dashboardStore('dashboards-drill');
  const d = countryDashboard(s.db, { country: 'JP', period: { from: '2022-10-01', to: '2023-03-31' }, now: '2023-03-20' });
  for (const month of ['2022-10', '2022-11', '2022-12', '2023-01', '2023-02', '2023-03']) {
    const onChart = d.perMonth.filter((m) => m.month === month).reduce((n, m) => n + m.events, 0);
    const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    assert.equal(countEvents(s.db, { filter: dashboardFilter(['JP'], { from: `${month}-01`, to: last }) }).total, onChart, month);
  }
  // e10 (30 Dec – 2 Jan) is December's on the chart; the table's default overlap rule would also list it in January.
  const january = { pairing: { kind: 'countries' as const, mode: 'all' as const, countries: ['JP'], fileOnly: false }, dateFrom: '2023-01-01', dateTo: '2023-01-31' };
  assert.equal(countEvents(s.db, { filter: { ...january, dateMatch: 'start' } }).total, 3);
  assert.equal(countEvents(s.db, { filter: january }).total, 4);
  s.db.close();
});

test('a country with no events in the period: zeros everywhere, every month still listed', async () => {
  const s = await dashboardStore('dashboards-empty');
  const d = countryDashboard(s.db, { country: 'FR', period: { from: '2022-01-15', to: '2022-03-14' }, now: '2023-01-01' });
  assert.deepEqual(CountryDashboard.parse(d), d);
  // 59 days (17 in January, 28 in February, 14 in March), and the 59 before.
  assert.deepEqual(d.previousPeriod, { from: '2021-11-17', to: '2022-01-14' });
  assert.deepEqual(d.headlines.map((h) => [h.value, h.previous]), [[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]);
  assert.deepEqual([...new Set(d.perMonth.map((m) => m.month))], ['2022-01', '2022-02', '2022-03']);
  assert.ok(d.perMonth.every((m) => m.events === 0));
  assert.deepEqual([d.types, d.counterparts, d.recent], [[], [], []]);
  assert.deepEqual(d.travel, { made: [], received: [], unknown: 0, unknownIds: [] });
  assert.deepEqual(d.engagement, { leader: 0, minister: 0, official: 0, unnamed: 0 });
  // e7 (20 March 2023) is France's only event, and it is after "today".
  assert.deepEqual(d.upcoming.map((r) => s.key(r.id)), ['e7']);
  assert.deepEqual(d.notes, { onEvents: 0, standing: [] });
  s.db.close();
});
