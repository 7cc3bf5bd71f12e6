import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import type { TableLayout, ViewState } from '../contract/query.ts';
import { entry } from './exchange/test-support.ts';
import { commitImport } from './import/commit.ts';
import { openStore } from './open-store.ts';
import { tempDir } from './test/helpers.ts';
import { deleteView, filterChoices, getTableLayout, listViews, renameView, saveTableLayout, saveView } from './views.ts';

async function store(): Promise<Database> {
  return (await openStore(path.join(tempDir('views'), 'store.sqlite'))).db;
}

const quadView: ViewState = {
  filter: { pairing: { kind: 'grouping', grouping: 'QUAD', mode: 'all' }, dateFrom: '2023-01-01' },
  datePreset: 'this-quarter',
  sort: { column: 'date', direction: 'desc' },
};
const koreaView: ViewState = {
  filter: { pairing: { kind: 'countries', mode: 'any', countries: ['KR'], fileOnly: true }, hasNotes: true },
  datePreset: null,
  sort: { column: 'importance', direction: 'desc' },
  layout: { order: ['date', 'summary'], hidden: ['tags'], widths: { summary: 480 } },
};
const notesView: ViewState = { filter: { search: 'alliance "joint statement"', tags: [1] }, datePreset: null, sort: { column: 'location', direction: 'asc' } };

const names = (db: Database) => listViews(db).map((v) => v.name);
const invalid = (message: string) => ({ name: 'StoreError', code: 'INVALID_INPUT', message });

test('views are saved, listed by name ignoring case, replaced, renamed and deleted', async () => {
  const db = await store();
  assert.deepEqual(listViews(db), []);
  const quad = saveView(db, { name: 'Quad watch', state: quadView });
  assert.deepEqual({ ...quad, updatedAt: typeof quad.updatedAt }, { id: quad.id, name: 'Quad watch', state: quadView, updatedAt: 'string' });
  const korea = saveView(db, { name: 'korea', state: koreaView });
  saveView(db, { name: 'Alliance notes', state: notesView });
  assert.deepEqual(names(db), ['Alliance notes', 'korea', 'Quad watch']);
  // What is listed is what was saved.
  assert.deepEqual(listViews(db).find((v) => v.id === korea.id)?.state, koreaView);

  // The same name in another case replaces the view: same row, new state, first spelling kept.
  const replaced = saveView(db, { name: '  QUAD WATCH ', state: notesView });
  assert.equal(replaced.id, quad.id);
  assert.equal(replaced.name, 'Quad watch');
  assert.deepEqual(replaced.state, notesView);
  assert.deepEqual(names(db), ['Alliance notes', 'korea', 'Quad watch']);
  assert.deepEqual(listViews(db).find((v) => v.id === quad.id)?.state, notesView);

  // Renaming onto another view's name, in any case, is refused and changes nothing.
  assert.throws(() => renameView(db, { id: korea.id, name: 'quad WATCH' }), invalid('A view called "quad WATCH" already exists; choose another name.'));
  assert.deepEqual(names(db), ['Alliance notes', 'korea', 'Quad watch']);
  // A view may take its own name in another case; names are trimmed.
  assert.equal(renameView(db, { id: korea.id, name: 'Korea' }).name, 'Korea');
  const renamed = renameView(db, { id: korea.id, name: '  Korea and Japan  ' });
  assert.deepEqual([renamed.id, renamed.name, renamed.state], [korea.id, 'Korea and Japan', koreaView]);
  assert.deepEqual(names(db), ['Alliance notes', 'Korea and Japan', 'Quad watch']);
  assert.throws(() => renameView(db, { id: 999, name: 'Anything' }), { name: 'StoreError', code: 'NOT_FOUND' });

  assert.deepEqual(deleteView(db, { id: quad.id }), { deleted: true });
  assert.deepEqual(deleteView(db, { id: quad.id }), { deleted: false });
  assert.deepEqual(names(db), ['Alliance notes', 'Korea and Japan']);
  // The freed name can be used again.
  assert.notEqual(saveView(db, { name: 'quad watch', state: quadView }).id, quad.id);
  assert.deepEqual(names(db), ['Alliance notes', 'Korea and Japan', 'quad watch']);
  db.close();
});

test('a view name must have text and at most 120 characters, for saving and renaming', async () => {
  const db = await store();
  const view = saveView(db, { name: 'Kept', state: quadView });
  const cases: Array<[string, string]> = [
    ['', 'a view needs a name'],
    ['   \t ', 'a view needs a name'],
    ['x'.repeat(121), 'a view name is limited to 120 characters'],
  ];
  for (const [name, message] of cases) {
    assert.throws(() => saveView(db, { name, state: quadView }), invalid(message), JSON.stringify(name.slice(0, 10)));
    assert.throws(() => renameView(db, { id: view.id, name }), invalid(message), JSON.stringify(name.slice(0, 10)));
  }
  assert.deepEqual(names(db), ['Kept']);
  // 120 characters is allowed, and spaces around it do not count.
  const longest = 'y'.repeat(120);
  assert.equal(saveView(db, { name: ` ${longest} `, state: quadView }).name, longest);
  assert.equal(renameView(db, { id: view.id, name: `${'z'.repeat(120)}  ` }).name, 'z'.repeat(120));
  db.close();
});

test('a stored view that no longer parses is left out of the list instead of breaking it', async () => {
  const db = await store();
  saveView(db, { name: 'Good', state: quadView });
  // Written by hand, as an older or damaged version might have left them.
  const insert = db.prepare('INSERT INTO saved_views (name, state) VALUES (?, ?)');
  insert.run('Broken', '{"filter":5}');
  insert.run('Old sort', JSON.stringify({ ...quadView, sort: { column: 'relevance', direction: 'desc' } }));
  insert.run('Not an object', '[]');
  assert.deepEqual(names(db), ['Good']);
  // Saving under the hidden name replaces it, so the analyst can recover the name.
  saveView(db, { name: 'broken', state: notesView });
  assert.deepEqual(names(db), ['Broken', 'Good']);
  db.close();
});

test('the table layout round-trips, is replaced on save, and a damaged one reads as none', async () => {
  const db = await store();
  assert.equal(getTableLayout(db), null);
  const layout: TableLayout = { order: ['date', 'participants', 'summary', 'importance'], hidden: ['notes', 'tags'], widths: { summary: 520, date: 110 } };
  assert.deepEqual(saveTableLayout(db, { layout }), { saved: true });
  assert.deepEqual(getTableLayout(db), layout);
  const narrower: TableLayout = { order: [], hidden: [], widths: {} };
  saveTableLayout(db, { layout: narrower });
  assert.deepEqual(getTableLayout(db), narrower);
  db.prepare("UPDATE settings SET value = '{\"order\":5}' WHERE key = 'events-table-layout'").run();
  assert.equal(getTableLayout(db), null);
  db.close();
});

test('filterChoices lists groupings with their members, tags, and sources with event counts', async () => {
  const db = await store();
  commitImport(db, { title: 'Japan-Korea Relations', fileCountries: ['KR', 'JP'], contentHash: 'jk' }, [
    entry({ dateStart: '2023-01-20', summary: 'Shuttle diplomacy resumes.' }),
    entry({ dateStart: '2023-02-20', summary: 'Vice ministers confer.' }),
  ]);
  commitImport(db, { title: 'chronology of US-Japan Relations', fileCountries: ['US', 'JP'], contentHash: 'uj' }, [
    entry({ dateStart: '2023-01-11', summary: 'Foreign ministers meet.' }),
    entry({ dateStart: '2023-01-12', summary: 'Leaders meet.' }),
    entry({ dateStart: '2023-01-13', summary: 'Officials meet.' }),
  ]);
  commitImport(db, { title: 'An empty file', fileCountries: [], contentHash: 'empty' }, []);
  db.prepare("INSERT INTO tags (name, color) VALUES ('watch', NULL), ('Alliance', '#3b82f6'), ('cited', '#ef4444')").run();

  const choices = filterChoices(db);
  const byId = new Map(choices.groupings.map((g) => [g.id, g]));
  assert.deepEqual(byId.get('QUAD'), { id: 'QUAD', name: 'Quadrilateral Security Dialogue', members: ['AU', 'IN', 'JP', 'US'] });
  assert.deepEqual(byId.get('JUSROK'), { id: 'JUSROK', name: 'US-Japan-ROK trilateral', members: ['JP', 'KR', 'US'] });
  assert.deepEqual(byId.get('G7')?.members, ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US']);
  // Ordered by name, as the panel shows them.
  const groupingNames = choices.groupings.map((g) => g.name);
  assert.deepEqual(groupingNames, [...groupingNames].sort());
  assert.equal(choices.groupings.length, db.prepare('SELECT count(*) FROM groupings').pluck().get());

  assert.deepEqual(choices.tags.map((t) => [t.name, t.color]), [['Alliance', '#3b82f6'], ['cited', '#ef4444'], ['watch', null]]);
  assert.deepEqual(
    choices.sources.map(({ id: _id, ...s }) => s),
    [
      { title: 'An empty file', fileCountries: [], events: 0 },
      { title: 'chronology of US-Japan Relations', fileCountries: ['US', 'JP'], events: 3 },
      { title: 'Japan-Korea Relations', fileCountries: ['KR', 'JP'], events: 2 },
    ],
  );
  db.close();
});
