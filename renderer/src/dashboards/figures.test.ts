import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changeText, listNames } from './figures.ts';
import { defaultPeriod, monthInPeriod, monthRange, periodLabel, resolvePeriod } from './period.ts';

test('change against the previous period', () => {
  assert.equal(changeText(34, 24), '+42%');
  assert.equal(changeText(12, 16), '−25%');
  assert.equal(changeText(5, 5), 'no change');
  assert.equal(changeText(3, 0), 'new');
  assert.equal(changeText(0, 0), '—');
  assert.equal(changeText(0, 4), '−100%');
});

test('periods resolve against today and read as analysts write them', () => {
  const today = '2026-12-05';
  assert.deepEqual(resolvePeriod({ kind: 'this-quarter' }, today), { from: '2026-10-01', to: '2026-12-31' });
  assert.deepEqual(resolvePeriod({ kind: 'last-quarter' }, today), { from: '2026-07-01', to: '2026-09-30' });
  assert.deepEqual(resolvePeriod({ kind: 'last-quarter' }, '2026-02-10'), { from: '2025-10-01', to: '2025-12-31' });
  assert.deepEqual(resolvePeriod({ kind: 'this-year' }, today), { from: '2026-01-01', to: '2026-12-31' });
  assert.deepEqual(resolvePeriod({ kind: 'last-12-months' }, today), { from: '2026-01-01', to: '2026-12-05' });
  assert.deepEqual(resolvePeriod({ kind: 'last-12-months' }, '2026-03-31'), { from: '2025-04-01', to: '2026-03-31' });
  assert.deepEqual(resolvePeriod({ kind: 'year', year: 2023 }, today), { from: '2023-01-01', to: '2023-12-31' });
  assert.deepEqual(resolvePeriod({ kind: 'custom', from: '2023-04-30', to: '2023-01-01' }, today), { from: '2023-01-01', to: '2023-04-30' });

  assert.equal(periodLabel({ from: '2026-10-01', to: '2026-12-31' }), 'Q4 2026');
  assert.equal(periodLabel({ from: '2023-01-01', to: '2023-12-31' }), '2023');
  assert.equal(periodLabel({ from: '2023-03-01', to: '2023-03-31' }), 'March 2023');
  assert.equal(periodLabel({ from: '2023-01-01', to: '2023-04-30' }), 'Jan–Apr 2023');
  assert.equal(periodLabel({ from: '2025-12-01', to: '2026-02-28' }), 'Dec 2025 – Feb 2026');
  assert.equal(periodLabel({ from: '2023-01-10', to: '2023-04-30' }), 'Jan 10 – Apr 30, 2023');
});

test('months for drill-through, clipped to the period', () => {
  assert.deepEqual(monthRange('2024-02'), { dateFrom: '2024-02-01', dateTo: '2024-02-29' });
  assert.deepEqual(monthInPeriod('2023-01', { from: '2023-01-10', to: '2023-04-30' }), { dateFrom: '2023-01-10', dateTo: '2023-01-31' });
});

test('the default period follows the newest event', () => {
  assert.deepEqual(defaultPeriod(null, '2026-12-05'), { kind: 'this-quarter' });
  assert.deepEqual(defaultPeriod('2026-11-20', '2026-12-05'), { kind: 'this-quarter' });
  assert.deepEqual(defaultPeriod('2026-03-20', '2026-12-05'), { kind: 'this-year' });
  assert.deepEqual(defaultPeriod('2023-05-07', '2026-12-05'), { kind: 'year', year: 2023 });
});

test('names read as a sentence', () => {
  assert.equal(listNames(['Japan']), 'Japan');
  assert.equal(listNames(['United States', 'Japan']), 'United States and Japan');
  assert.equal(listNames(['United States', 'Japan', 'South Korea']), 'United States, Japan and South Korea');
});

test('value axes: whole ticks, room for sparse data', async () => {
  const { niceScale } = await import('./chartTheme.ts');
  assert.deepEqual(niceScale(0), { top: 4, ticks: [0, 1, 2, 3, 4] });
  assert.deepEqual(niceScale(3), { top: 4, ticks: [0, 1, 2, 3, 4] });
  assert.deepEqual(niceScale(8), { top: 8, ticks: [0, 2, 4, 6, 8] });
  assert.deepEqual(niceScale(15), { top: 15, ticks: [0, 5, 10, 15] });
  assert.deepEqual(niceScale(37), { top: 40, ticks: [0, 10, 20, 30, 40] });
  assert.deepEqual(niceScale(1234), { top: 1500, ticks: [0, 500, 1000, 1500] });
});
