import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

let service: Service;

before(async () => {
  service = await startTestService('event-edit-channels');
});
after(() => service.close());


test('an event is edited, previewed and deleted through the channels; a cited one waits for confirmation', async () => {
  const { ids } = valueOf<{ ids: number[] }>(
    await service.dispatch('events:add', { events: [{ dateStart: '2023-05-19', summary: 'G7 summit opens in Hiroshima' }, { dateStart: '2023-05-18', summary: 'Leaders arrive.' }] }, fromApp),
  );
  const [summit, arrive] = ids as [number, number];
  const edited = valueOf<{ dateStart: string; dateEnd: string | null; summary: string }>(
    await service.dispatch('events:update', { id: summit, edit: { dateText: 'May 19-21, 2023', summary: 'G7 summit in Hiroshima' } }, fromApp),
  );
  assert.deepEqual([edited.dateStart, edited.dateEnd, edited.summary], ['2023-05-19', '2023-05-21', 'G7 summit in Hiroshima']);
  const bad = errorOf(await service.dispatch('events:update', { id: summit, edit: { dateText: 'late May' } }, fromApp));
  assert.equal(bad.code, 'BAD_REQUEST');
  assert.match(bad.message, /“late May” is not a date Briefing Book can read/);

  const created = valueOf<{ id: number; sections: Array<{ id: number }> }>(await service.dispatch('briefings:create', { briefing: { title: 'G7 note', date: '2023-05-22' } }, fromApp));
  valueOf(await service.dispatch('briefings:cite', { sectionId: created.sections[0]!.id, target: { ids: [summit] } }, fromApp));
  const preview = valueOf<{ needsConfirmation: boolean; citedBy: unknown[] }>(await service.dispatch('events:delete-preview', { ids }, fromApp));
  assert.equal(preview.needsConfirmation, true);
  assert.deepEqual(preview.citedBy, [{ briefingId: created.id, briefingTitle: 'G7 note', citations: 1, trashed: false }]);
  assert.equal(valueOf<{ deleted: number }>(await service.dispatch('events:delete', { ids, confirmed: false }, fromApp)).deleted, 0);
  assert.equal(valueOf<{ deleted: number }>(await service.dispatch('events:delete', { ids: [arrive, summit], confirmed: true }, fromApp)).deleted, 2);
  assert.equal(errorOf(await service.dispatch('events:get', { id: summit }, fromApp)).code, 'NOT_FOUND');

  // From the trash they come back, citation and all; emptying it deletes for good.
  const trash = valueOf<Array<{ id: number }>>(await service.dispatch('events:trash-list', undefined, fromApp));
  assert.deepEqual(trash.map((t) => t.id).sort(), [summit, arrive].sort());
  assert.deepEqual(valueOf(await service.dispatch('events:untrash', { ids: [summit] }, fromApp)), { restored: 1 });
  assert.equal(valueOf<{ summary: string }>(await service.dispatch('events:get', { id: summit }, fromApp)).summary, 'G7 summit in Hiroshima');
  assert.deepEqual(valueOf(await service.dispatch('events:empty-trash', {}, fromApp)), { deleted: 1, notesMoved: 0, notesLost: 0 });
});

test('many events are corrected at once, undone as one, and an earlier version restored, through the channels', async () => {
  const { ids } = valueOf<{ ids: number[] }>(
    await service.dispatch('events:add', { events: [{ dateStart: '2023-06-01', summary: 'Talks in Seoul.' }, { dateStart: '2023-06-02', summary: 'Talks in Tokyo.' }] }, fromApp),
  );
  const bulk = valueOf<{ changed: number; batch: number }>(await service.dispatch('events:edit-many', { ids, edit: { type: 'statement', addParticipants: ['KR', 'Japan'] } }, fromApp));
  assert.equal(bulk.changed, 2);
  assert.deepEqual(valueOf<{ countries: string[] }>(await service.dispatch('events:get', { id: ids[0] }, fromApp)).countries, ['JP', 'KR']);
  assert.equal(valueOf<{ undone: number }>(await service.dispatch('events:undo', { batch: bulk.batch }, fromApp)).undone, 2);
  const history = valueOf<Array<{ id: number; kind: string }>>(await service.dispatch('events:history', { id: ids[0] }, fromApp));
  assert.deepEqual(history.map((v) => v.kind), ['undo', 'edit']);
  const restored = valueOf<{ type: string; batch: number }>(await service.dispatch('events:restore-version', { versionId: history[1]!.id, side: 'after' }, fromApp));
  assert.equal(restored.type, 'statement');
  const unknown = errorOf(await service.dispatch('events:edit-many', { ids, edit: { addParticipants: ['Narnia'] } }, fromApp));
  assert.match(unknown.message, /“Narnia” is not a country or grouping/);
});

test('the channels refuse bad requests before the store sees them', async () => {
  const tooMany = errorOf(await service.dispatch('events:delete', { ids: Array.from({ length: 10_001 }, (_, i) => i + 1), confirmed: true }, fromApp));
  assert.equal(tooMany.code, 'BAD_REQUEST');
  assert.match(tooMany.issues?.join(' ') ?? tooMany.message, /at most 10,000 events/);
  assert.equal(errorOf(await service.dispatch('events:delete-preview', { ids: [] }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:update', { id: 1, edit: {} }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:update', { id: 1, edit: { summary: 'x', type: 'party' } }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:update', { id: 1, edit: { summary: 'x', colour: 'red' } }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:edit-many', { ids: [1], edit: { summary: 'one text for all' } }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:edit-many', { ids: [1], edit: { addParticipants: [] } }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:undo', { batch: 0 }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:restore-version', { versionId: 1, side: 'middle' }, fromApp)).code, 'BAD_REQUEST');
  assert.equal(errorOf(await service.dispatch('events:untrash', { ids: [] }, fromApp)).code, 'BAD_REQUEST');
});
