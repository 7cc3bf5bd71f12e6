/**
 * Who signs the analyst's work: the account's full name is offered, never the login, and the
 * store says whether the analyst has given a name yet (the first note asks until then).
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { openStore } from './open-store.ts';
import { gecosName, getPreferences, savePreferences } from './preferences.ts';
import { tempDir } from './test/helpers.ts';

const PASSWD = [
  'root:x:0:0:root:/root:/bin/bash',
  'hsato:x:1000:1000:Hana Sato,Room 4,555-0100,,:/home/hsato:/bin/bash',
  'svc:x:1001:1001::/srv:/usr/sbin/nologin',
].join('\n');

test('the full name is the GECOS field up to its first comma, by uid', () => {
  assert.equal(gecosName(PASSWD, 1000), 'Hana Sato');
  assert.equal(gecosName(PASSWD, 1001), '');
  assert.equal(gecosName(PASSWD, 4242), '');
});

test('until the analyst gives a name the store says so; saving another preference does not give one', async () => {
  const { db } = await openStore(path.join(tempDir('prefs'), 'store.sqlite'));
  const first = getPreferences(db);
  assert.equal(first.authorChosen, false);
  assert.equal(first.sectionBreaks, 'run-on');
  assert.equal(savePreferences(db, { preferences: { keepBackups: 5 } }).authorChosen, false);
  assert.equal(savePreferences(db, { preferences: { sectionBreaks: 'new-page' } }).sectionBreaks, 'new-page');
  const named = savePreferences(db, { preferences: { author: 'Hana Sato' } });
  assert.equal(named.authorChosen, true);
  assert.equal(named.author, 'Hana Sato');
  assert.equal(getPreferences(db).keepBackups, 5);
  assert.throws(() => savePreferences(db, { preferences: { sectionBreaks: 'sometimes' as 'run-on' } }), { name: 'StoreError', code: 'INVALID_INPUT' });
  db.close();
});
