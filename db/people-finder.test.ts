import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from './open-store.ts';
import type { OperationContext } from './operation-context.ts';
import { analystMentionFinder, savePerson } from './people.ts';
import { tempDir } from './test/helpers.ts';

test('a person the analyst adds is known to the importer’s matcher', async () => {
  const { db } = await openStore(path.join(tempDir('people-finder'), 'store.sqlite'));
  let forgotten = 0;
  const ctx = { forgetMentionFinder: () => void forgotten++ } as unknown as OperationContext;
  const text = 'Ambassador Yamada Shigeo meets State Department officials.';
  assert.deepEqual(analystMentionFinder(db)(text, '2024-02-01').people, []);
  savePerson(db, { person: { name: 'Yamada Shigeo', country: 'JP', aliases: ['Shigeo Yamada'], roles: [{ title: 'Ambassador to the United States', level: 'official', from: '2023-12-01', to: null }] } }, ctx);
  assert.equal(forgotten, 1);
  const m = analystMentionFinder(db)(text, '2024-02-01');
  assert.deepEqual(m.people.map((p) => [p.id, p.country]), [['yamada-shigeo', 'JP']]);
  // The State Department's officials are the counterpart: the US takes part too.
  assert.deepEqual(m.countries.map((c) => c.code), ['JP', 'US']);
  db.close();
});
