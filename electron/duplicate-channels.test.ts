import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DuplicatePage, MergeOutcome, OtherSource } from '../contract/duplicates.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

let service: Service;

before(async () => {
  service = await startTestService('duplicate-channels');
});
after(() => service.close());

const list = async () => valueOf<DuplicatePage>(await service.dispatch('duplicates:list', { limit: 10 }, fromApp));

test('a pair is listed, merged, undone and kept apart through the channels', async () => {
  const { ids } = valueOf<{ ids: number[] }>(
    await service.dispatch(
      'events:add',
      { events: [{ dateStart: '2023-05-19', summary: 'G7 leaders open their summit in Hiroshima' }, { dateStart: '2023-05-20', summary: 'The G7 summit opens in Hiroshima with leaders of seven nations' }] },
      fromApp,
    ),
  );
  const [first, second] = ids as [number, number];
  assert.equal((await list()).pairs.length, 1);

  const merged = valueOf<MergeOutcome>(await service.dispatch('events:merge', { keep: first, merge: second }, fromApp));
  assert.deepEqual([merged.keptId, merged.mergedId], [first, second]);
  assert.equal((await list()).pairs.length, 0);
  const others = valueOf<OtherSource[]>(await service.dispatch('events:other-sources', { id: first }, fromApp));
  assert.deepEqual(
    others.map((o) => [o.dateStart, o.summary, o.source]),
    [['2023-05-20', 'The G7 summit opens in Hiroshima with leaders of seven nations', null]],
  );
  assert.equal(errorOf(await service.dispatch('events:get', { id: second }, fromApp)).code, 'NOT_FOUND');

  assert.deepEqual(valueOf(await service.dispatch('events:undo-merge', { mergeId: merged.mergeId }, fromApp)), { keptId: first, restoredId: second });
  assert.equal((await list()).pairs.length, 1);
  const again = errorOf(await service.dispatch('events:undo-merge', { mergeId: merged.mergeId }, fromApp));
  assert.match(again.message, /already undone/);

  assert.deepEqual(valueOf(await service.dispatch('duplicates:dismiss', { ids: [first, second] }, fromApp)), { dismissed: true });
  assert.equal((await list()).pairs.length, 0);
});

test('the channels refuse bad requests before the store sees them, and the store refuses what is gone', async () => {
  const same = errorOf(await service.dispatch('events:merge', { keep: 3, merge: 3 }, fromApp));
  assert.equal(same.code, 'BAD_REQUEST');
  assert.match(same.issues?.join(' ') ?? '', /choose two different events/);
  assert.equal(errorOf(await service.dispatch('duplicates:list', { limit: 0 }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('duplicates:list', { limit: 10, before: '2023-02-30' }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('duplicates:dismiss', { ids: [1] }, fromApp)).code, 'BAD_REQUEST');
  const gone = errorOf(await service.dispatch('events:merge', { keep: 999_998, merge: 999_999 }, fromApp));
  assert.equal(gone.code, 'NOT_FOUND');
  assert.match(gone.message, /nothing was merged/);
  assert.equal(errorOf(await service.dispatch('events:undo-merge', { mergeId: 12_345 }, fromApp)).code, 'NOT_FOUND');
});
