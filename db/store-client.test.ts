import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { StoreClient } from './store-client.ts';
import { tempDir, workerFile } from './test/helpers.ts';

test('the worker opens the store and runs operations in order', async () => {
  const client = await StoreClient.open({ storePath: path.join(tempDir(), 's.sqlite'), workerFile });
  try {
    const added = await client.call('addEvents', {
      events: [
        { dateStart: '2023-01-11', summary: 'Security Consultative Committee meets in Washington' },
        { dateStart: '2023-01-13', summary: 'Kishida visits the White House' },
      ],
    });
    assert.deepEqual(added, { added: 2, ids: [1, 2] });
    const page = await client.call('listEvents', { offset: 0, limit: 1 });
    assert.equal(page.total, 2);
    assert.deepEqual(
      page.rows.map((r) => r.summary),
      ['Kishida visits the White House'],
    );
    assert.deepEqual(await client.call('checkIntegrity', undefined as never), { ok: true, messages: ['ok'] });
  } finally {
    await client.close();
  }
});

test('a batch that fails part-way adds nothing', async () => {
  const client = await StoreClient.open({ storePath: path.join(tempDir(), 's.sqlite'), workerFile });
  try {
    await assert.rejects(
      client.call('addEvents', {
        events: [
          { dateStart: '2023-01-11', summary: 'fine' },
          // The schema refuses an end before the start even if validation were bypassed.
          { dateStart: '2023-01-11', dateEnd: '2022-01-01', summary: 'ends before it starts' },
        ],
      }),
      (e: Error & { code?: string }) => e.code === 'QUERY_FAILED' && /CHECK constraint failed/.test(e.message),
    );
    assert.equal((await client.call('listEvents', { offset: 0, limit: 10 })).total, 0);
  } finally {
    await client.close();
  }
});

test('an unknown operation is an error reply, and the worker keeps serving', async () => {
  const client = await StoreClient.open({ storePath: path.join(tempDir(), 's.sqlite'), workerFile });
  try {
    await assert.rejects(client.call('dropEverything' as 'listEvents', { offset: 0, limit: 1 }), /unknown store operation "dropEverything"/);
    assert.equal((await client.call('listEvents', { offset: 0, limit: 1 })).total, 0);
  } finally {
    await client.close();
  }
});

test('open failures surface as the store error, with its code', async () => {
  const file = path.join(tempDir(), 'junk.sqlite');
  fs.writeFileSync(file, 'not a database at all');
  await assert.rejects(StoreClient.open({ storePath: file, workerFile }), (e: Error & { code?: string }) => e.code === 'NOT_SQLITE');
});

test('calls after close are refused with a clear error', async () => {
  const client = await StoreClient.open({ storePath: path.join(tempDir(), 's.sqlite'), workerFile });
  await client.close();
  await assert.rejects(client.call('listEvents', { offset: 0, limit: 1 }), (e: Error & { code?: string }) => e.code === 'STORE_CLOSED');
});

test('slow queries are reported', async () => {
  const slow: string[] = [];
  const client = await StoreClient.open({
    storePath: path.join(tempDir(), 's.sqlite'),
    workerFile,
    slowQueryMs: 0,
    onSlowQuery: (op) => slow.push(op),
  });
  try {
    await client.call('listEvents', { offset: 0, limit: 1 });
    assert.deepEqual(slow, ['listEvents']);
  } finally {
    await client.close();
  }
});
