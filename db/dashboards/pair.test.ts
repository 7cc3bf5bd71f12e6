import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PairDashboard } from '../../contract/dashboards.ts';
import { countEvents } from '../event-queries.ts';
import { pairDashboard } from './pair.ts';
import { dashboardFilter } from './period.ts';
import { countryDashboard } from './country.ts';
import { dashboardStore, sampleStore } from './test-store.ts';

const Q1 = { from: '2023-01-01', to: '2023-03-31' };

test('pair dashboard for Japan–US, Q1 2023, in either order of the countries', async () => {
  const s = await dashboardStore('dashboards-pair');
  const d = pairDashboard(s.db, { countries: ['JP', 'US'], period: Q1 });
  assert.deepEqual(PairDashboard.parse(d), d);
  const reversed = pairDashboard(s.db, { countries: ['US', 'JP'], period: Q1 });
  assert.deepEqual({ ...reversed, countries: d.countries }, d);
  assert.deepEqual(d.countries, [{ code: 'JP', name: 'Japan' }, { code: 'US', name: 'United States' }]);
  assert.deepEqual(d.previousPeriod, { from: '2022-10-03', to: '2022-12-31' });

  // Shared: e1 (official), e2 (minister), e3 (unnamed), e7 (unnamed), e9 (leader); before: e10 (unnamed), e11 (minister).
  // Intensity: 3×1 + 2×1 + 1×3 = 8 now; 2×1 + 1×1 = 3 before.
  assert.deepEqual(
    d.headlines.map((h) => [h.key, h.value, h.previous]),
    [
      ['events', 5, 2],
      ['leader', 1, 0],
      ['minister', 1, 1],
      ['visits', 0, 1],
      // Korea (e2) and the EU, Canada, Germany, France, the UK and Italy (e7); none before.
      ['counterparts', 7, 0],
      ['intensity', 8, 3],
    ],
  );

  // January by hand: e9 leader (3) + e2 minister (2) + e1 official (1) = 6; February e3, March e7, unnamed: 1 each.
  assert.deepEqual(d.intensity, [
    { month: '2023-01', leader: 1, minister: 1, other: 1, index: 6 },
    { month: '2023-02', leader: 0, minister: 0, other: 1, index: 1 },
    { month: '2023-03', leader: 0, minister: 0, other: 1, index: 1 },
  ]);
  assert.equal(d.intensity.reduce((n, m) => n + m.index, 0), d.headlines.find((h) => h.key === 'intensity')!.value);

  const nonZero = d.perMonth.filter((m) => m.events > 0).map((m) => [m.month, m.category, m.events]);
  assert.deepEqual(nonZero, [
    ['2023-01', 'diplomacy', 2],
    ['2023-01', 'security', 1],
    ['2023-02', 'diplomacy', 1],
    ['2023-03', 'technology', 1],
  ]);
  assert.equal(d.perMonth.length, 18);
  assert.deepEqual(d.categories, [
    { category: 'diplomacy', events: 3 },
    { category: 'security', events: 1 },
    { category: 'technology', events: 1 },
  ]);

  // Leader- and minister-level, newest first.
  assert.deepEqual(d.keyMeetings.map((r) => [s.key(r.id), r.level]), [['e2', 'minister'], ['e9', 'leader']]);
  assert.deepEqual(d.keyMeetings[1]!.dateEnd, '2023-01-17');

  // Own file: e1 and e2 (stored ["US","JP"]) and e9 (stored ["JP","US"]); e3 is from the Japan–Korea file, e7 from the digest.
  assert.deepEqual(d.files, { own: 3, other: 2 });
  const own = countEvents(s.db, { filter: dashboardFilter(['US', 'JP'], Q1, true) }).total;
  assert.equal(own, 3);

  assert.deepEqual(d.standingNotes.map((n) => [n.subject, n.preview]), [[['JP', 'US'], 'Standing note on the alliance.']]);
  s.db.close();
});

test('a trilateral: every chosen country takes part', async () => {
  const s = await dashboardStore('dashboards-trilateral');
  const d = pairDashboard(s.db, { countries: ['KR', 'US', 'JP'], period: Q1 });
  assert.deepEqual(PairDashboard.parse(d), d);
  // Only e2 has all three (e14 is Korea and the US without Japan).
  assert.deepEqual(
    d.headlines.map((h) => [h.key, h.value, h.previous]),
    [
      ['events', 1, 0],
      ['leader', 0, 0],
      ['minister', 1, 0],
      ['visits', 0, 0],
      ['counterparts', 0, 0],
      ['intensity', 2, 0],
    ],
  );
  assert.deepEqual(d.keyMeetings.map((r) => [s.key(r.id), r.level]), [['e2', 'minister']]);
  // e2 is in the US–Japan file, not a US–Japan–Korea one.
  assert.deepEqual(d.files, { own: 0, other: 1 });
  assert.deepEqual(d.standingNotes.map((n) => n.preview), ['Standing note on the trilateral.']);
  s.db.close();
});

test('on the bundled sample, the figures e2e/dashboards.spec.ts counts by hand from the text', async () => {
  const db = await sampleStore();
  const period = { from: '2023-01-01', to: '2023-04-30' };
  const totals = (perMonth: Array<{ month: string; events: number }>) =>
    perMonth.reduce<Record<string, number>>((t, m) => ({ ...t, [m.month]: (t[m.month] ?? 0) + m.events }), {});
  const japan = countryDashboard(db, { country: 'JP', period, now: '2023-05-01' });
  assert.deepEqual(totals(japan.perMonth), { '2023-01': 7, '2023-02': 7, '2023-03': 9, '2023-04': 15 });
  assert.equal(japan.headlines[0]!.value, 38);
  assert.deepEqual(japan.counterparts.slice(0, 2).map((c) => [c.code, c.events]), [['US', 26], ['KR', 8]]);

  const usJapan = pairDashboard(db, { countries: ['US', 'JP'], period });
  assert.deepEqual(totals(usJapan.perMonth), { '2023-01': 7, '2023-02': 6, '2023-03': 5, '2023-04': 8 });
  // The 2+2 and Blinken–Hayashi (ministers), Biden receives Kishida (leaders), four with no one named.
  assert.deepEqual(usJapan.intensity[0], { month: '2023-01', leader: 1, minister: 2, other: 4, index: 11 });
  assert.equal(usJapan.keyMeetings.find((r) => r.id === 4)?.level, 'leader');

  const japanKorea = pairDashboard(db, { countries: ['JP', 'KR'], period });
  assert.deepEqual(totals(japanKorea.perMonth), { '2023-01': 0, '2023-02': 2, '2023-03': 3, '2023-04': 3 });
  assert.equal(japanKorea.intensity.find((m) => m.month === '2023-03')?.index, 7);
  assert.equal(pairDashboard(db, { countries: ['JP', 'KR'], period: { from: '2022-10-01', to: '2022-12-31' } }).headlines[0]!.value, 0);
  db.close();
});

test('a leader only mentioned in an official’s trip makes no leader-level month, and the trip goes the right way', async () => {
  const { openStore } = await import('../open-store.ts');
  const { tempDir } = await import('../test/helpers.ts');
  const { parseDocument } = await import('../import/parse-document.ts');
  const { commitImport } = await import('../import/commit.ts');
  const path = await import('node:path');
  const { db } = await openStore(path.join(tempDir('mentioned-leader'), 'store.sqlite'));
  const text = [
    'Chronology of US-China Relations',
    'November 2009',
    '',
    "Nov. 2, 2009: Assistant Secretary of State Kurt Campbell travels to Beijing to prepare Obama's visit.",
    'Nov. 4, 2009: Deputy Secretary of State James Steinberg visits Beijing for talks.',
  ].join('\n');
  const doc = parseDocument(text);
  commitImport(db, doc.source, doc.entries);
  const period = { from: '2009-11-01', to: '2009-11-30' };
  const usChina = pairDashboard(db, { countries: ['US', 'CN'], period });
  assert.deepEqual(usChina.intensity[0], { month: '2009-11', leader: 0, minister: 0, other: 2, index: 2 });
  assert.deepEqual(db.prepare("SELECT person_id, mentioned FROM event_people WHERE person_id = 'obama-barack'").all(), [{ person_id: 'obama-barack', mentioned: 1 }]);
  const china = countryDashboard(db, { country: 'CN', period, now: '2009-12-01' });
  assert.deepEqual(china.travel.received.map((r) => [r.code, r.events]), [['US', 2]]);
  assert.deepEqual(china.travel.made, []);
  db.close();
});

test('a state the entry names only as the topic of others’ talks is kept as mentioned, and counted nowhere', async () => {
  const { openStore } = await import('../open-store.ts');
  const { tempDir } = await import('../test/helpers.ts');
  const { parseDocument } = await import('../import/parse-document.ts');
  const { commitImport } = await import('../import/commit.ts');
  const { getEvent } = await import('../event-queries.ts');
  const path = await import('node:path');
  const { db } = await openStore(path.join(tempDir('mentioned-country'), 'store.sqlite'));
  const doc = parseDocument('Sept. 5, 2013: Obama and Abe talk over security questions such as Syria and North Korea.\n');
  commitImport(db, doc.source, doc.entries);
  const id = db.prepare('SELECT id FROM events').pluck().get() as number;
  const e = getEvent(db, { id });
  assert.deepEqual(e.participants.map((p) => p.code).sort(), ['JP', 'US']);
  assert.deepEqual(e.mentionedCountries.map((c) => c.code).sort(), ['KP', 'SY']);
  const korea = countryDashboard(db, { country: 'KP', period: { from: '2013-01-01', to: '2013-12-31' }, now: '2014-01-01' });
  assert.deepEqual(korea.perMonth.reduce((n, m) => n + m.events, 0), 0);
  db.close();
});
