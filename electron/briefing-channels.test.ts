import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService, valueOf } from './test/test-service.ts';

let service: Service;

before(async () => {
  service = await startTestService('briefing-channels');
});
after(() => service.close());


test('a briefing is created, cited into and read back through the channels; responses match the contract', async () => {
  const { ids } = valueOf<{ ids: number[] }>(
    await service.dispatch('events:add', { events: [{ dateStart: '2023-05-19', summary: 'G7 summit opens in Hiroshima' }, { dateStart: '2023-05-18', summary: 'Leaders arrive.' }] }, fromApp),
  );
  const created = valueOf<{ id: number; marking: string; sections: Array<{ id: number }> }>(
    await service.dispatch('briefings:create', { briefing: { title: 'G7 note', date: '2023-05-22' } }, fromApp),
  );
  assert.equal(created.marking, 'UNCLASSIFIED');
  assert.equal(created.sections.length, 4);
  const sectionId = created.sections[0]!.id;
  const cited = valueOf<{ added: number; section: { citations: Array<{ eventId: number }> } }>(
    await service.dispatch('briefings:cite', { sectionId, target: { ids } }, fromApp),
  );
  assert.equal(cited.added, 2);
  assert.deepEqual(
    cited.section.citations.map((c) => c.eventId),
    [ids[1], ids[0]],
  );
  valueOf(await service.dispatch('briefings:section-update', { id: sectionId, chart: { kind: 'pair-intensity', countries: ['JP', 'US'], period: { from: '2023-01-01', to: '2023-06-30' } } }, fromApp));
  valueOf(await service.dispatch('briefings:get', { id: created.id }, fromApp));
  const listing = valueOf<Array<{ citations: number }>>(await service.dispatch('briefings:list', undefined, fromApp));
  assert.equal(listing[0]!.citations, 2);
  assert.equal(valueOf<unknown[]>(await service.dispatch('briefings:chronology', { id: created.id }, fromApp)).length, 2);
  assert.equal(valueOf<unknown[]>(await service.dispatch('briefings:citing-event', { eventId: ids[0] }, fromApp)).length, 1);
  valueOf(await service.dispatch('briefings:duplicate', { id: created.id }, fromApp));
  valueOf(await service.dispatch('briefings:trash', { id: created.id }, fromApp));
  assert.deepEqual(valueOf(await service.dispatch('briefings:delete', { id: created.id }, fromApp)), { deleted: true });
});

test('bad briefing requests are refused at the boundary; store refusals come back as messages', async () => {
  const bad: Array<[string, unknown, RegExp]> = [
    ['briefings:create', { briefing: { title: '', date: '2023-05-22' } }, /briefing\.title: a briefing needs a title/],
    ['briefings:create', { briefing: { title: 'x', date: '2023-05-22', template: 'memo' } }, /briefing\.template/],
    ['briefings:create', { briefing: { title: 'x', date: '2023-05-22', paper: 'a3' } }, /briefing\.paper/],
    ['briefings:create', { briefing: { title: 'x', date: '2023-05-22', keyPoints: Array(13).fill('p') } }, /at most 12 key points/],
    ['briefings:update', { id: 1, patch: { title: 'x', path: '../../x' } }, /Unrecognized key/],
    ['briefings:cite', { sectionId: 1, target: { inBriefing: false } }, /target/],
    ['briefings:section-update', { id: 1, body: 'x'.repeat(200_001) }, /200,000 characters/],
  ];
  for (const [channel, request, reason] of bad) {
    const error = errorOf(await service.dispatch(channel, request, fromApp));
    assert.equal(error.code, 'BAD_REQUEST', channel);
    assert.match(error.message + '\n' + (error.issues ?? []).join('\n'), reason);
  }
  const created = valueOf<{ id: number }>(await service.dispatch('briefings:create', { briefing: { title: 'Kept', date: '2023-05-22' } }, fromApp));
  const refused = errorOf(await service.dispatch('briefings:delete', { id: created.id }, fromApp));
  assert.equal(refused.code, 'BAD_REQUEST');
  assert.match(refused.message, /to the trash first/);
});
