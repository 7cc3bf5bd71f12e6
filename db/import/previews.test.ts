import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Database } from 'better-sqlite3';
import { openStore } from '../open-store.ts';
import { untracked } from '../backup-state.ts';
import type { OperationContext, Progress } from '../operation-context.ts';
import { tempDir } from '../test/helpers.ts';
import { findMentions } from '../gazetteer/match.ts';
import { commitPreview, editPreviewEntry, importText, previewImport, previewPage } from './import-operations.ts';
import { PreviewStore } from './previews.ts';

const sample = fs.readFileSync(new URL('../../assets/sample/us-japan-2023-jan-apr.md', import.meta.url), 'utf8');

function context(cancelAfter = Infinity): OperationContext & { reports: Progress[] } {
  const reports: Progress[] = [];
  let cancelled = false;
  return {
    reports,
    previews: new PreviewStore(),
    mentionFinder: () => findMentions,
    forgetMentionFinder: () => {},
    progress: (p) => {
      reports.push(p);
      if (p.phase === 'writing' && p.done >= cancelAfter) cancelled = true;
    },
    isCancelled: () => cancelled,
    clearCancel: () => void (cancelled = false),
    backups: { storePath: '', folder: '', changes: untracked },
  };
}

async function store(): Promise<Database> {
  return (await openStore(path.join(tempDir('preview'), 'store.sqlite'))).db;
}
const count = (db: Database) => db.prepare('SELECT count(*) FROM events').pluck().get() as number;

test('a preview reads the whole chronology and writes nothing until committed', async () => {
  const db = await store();
  const ctx = context();
  const summary = previewImport(db, { text: sample, name: 'us-japan.md' }, ctx);
  assert.equal(summary.total, 35);
  assert.equal(summary.duplicates, 0);
  assert.equal(summary.periodStart, '2023-01-01');
  assert.deepEqual(summary.fileCountries, ['US', 'JP']);
  assert.equal(count(db), 0);
  const page = previewPage(db, { previewId: summary.previewId, offset: 0, limit: 5, filter: 'all' }, ctx);
  assert.equal(page.total, 35);
  assert.deepEqual(
    page.entries.map((e) => e.dateStart),
    ['2023-01-11', '2023-01-11', '2023-01-12', '2023-01-13', '2023-01-13'],
  );
  const outcome = commitPreview(db, { previewId: summary.previewId }, ctx);
  assert.deepEqual(outcome, { added: 35, duplicates: 0, excluded: 0, cancelled: false });
  assert.equal(count(db), 35);
  assert.ok(ctx.reports.some((r) => r.phase === 'writing' && r.done === 35 && r.total === 35));
});

test('re-importing the same text adds nothing and says so, in the preview and the outcome', async () => {
  const db = await store();
  const ctx = context();
  importText(db, { text: sample, name: 'a.md' }, ctx);
  const again = previewImport(db, { text: sample, name: 'a.md' }, ctx);
  assert.equal(again.duplicates, 35);
  assert.equal(previewPage(db, { previewId: again.previewId, offset: 0, limit: 1, filter: 'duplicates' }, ctx).entries[0]?.duplicate, 'store');
  assert.deepEqual(commitPreview(db, { previewId: again.previewId }, ctx), { added: 0, duplicates: 35, excluded: 0, cancelled: false });
  assert.equal(count(db), 35);
});

test('corrections and exclusions are what gets committed', async () => {
  const db = await store();
  const ctx = context();
  const text = 'Chronology of US-Japan Relations\nJanuary-March 2023\n\nJan. 5: Officials meet.\nFeb. 9, 2023: Japan and the US hold talks.\nMarch 1, 2023: Something happens.\n';
  const summary = previewImport(db, { text, name: 'fix.txt' }, ctx);
  assert.equal(summary.total, 3);
  const first = previewPage(db, { previewId: summary.previewId, offset: 0, limit: 3, filter: 'all' }, ctx).entries[0]!;
  assert.ok(first.warnings.some((w) => w.startsWith('no year')), `warnings: ${first.warnings}`);

  const fixed = editPreviewEntry(db, { previewId: summary.previewId, index: 0, patch: { dateStart: '2023-01-06', countries: ['jp', 'US'], type: 'meeting', category: 'diplomacy' } }, ctx);
  assert.equal(fixed.dateStart, '2023-01-06');
  assert.deepEqual(fixed.countries, ['JP', 'US']);
  assert.ok(fixed.edited);
  assert.ok(!fixed.warnings.some((w) => w.startsWith('no year')));
  editPreviewEntry(db, { previewId: summary.previewId, index: 2, patch: { excluded: true } }, ctx);

  assert.throws(() => editPreviewEntry(db, { previewId: summary.previewId, index: 1, patch: { countries: ['XX'] } }, ctx), /Unknown country code: XX/);
  assert.throws(() => editPreviewEntry(db, { previewId: summary.previewId, index: 1, patch: { dateStart: '2023-02-30' } }, ctx), /not a date/);
  assert.throws(() => editPreviewEntry(db, { previewId: summary.previewId, index: 1, patch: { dateStart: '2023-02-10', dateEnd: '2023-02-01' } }, ctx), /end before it starts/);
  assert.throws(() => editPreviewEntry(db, { previewId: summary.previewId, index: 9, patch: { excluded: true } }, ctx), /no entry 10/);

  assert.deepEqual(commitPreview(db, { previewId: summary.previewId }, ctx), { added: 2, duplicates: 0, excluded: 1, cancelled: false });
  const rows = db.prepare('SELECT date_start, type, category FROM events ORDER BY date_start').all();
  assert.deepEqual(rows, [
    { date_start: '2023-01-06', type: 'meeting', category: 'diplomacy' },
    { date_start: '2023-02-09', type: rows[1] && (rows[1] as { type: string }).type, category: (rows[1] as { category: string }).category },
  ]);
  const countries = db.prepare("SELECT country_code, via FROM event_countries JOIN events ON events.id = event_id WHERE date_start = '2023-01-06' ORDER BY 1").all();
  assert.deepEqual(countries, [
    { country_code: 'JP', via: 'analyst' },
    { country_code: 'US', via: 'analyst' },
  ]);
  assert.throws(() => previewPage(db, { previewId: summary.previewId, offset: 0, limit: 1, filter: 'all' }, ctx), /no longer open/);
});

test('a cancelled commit leaves nothing behind and keeps the preview for another try', async () => {
  const db = await store();
  const lines = ['CHRONOLOGY OF US-JAPAN RELATIONS', 'JANUARY—DECEMBER 2023', ''];
  for (let i = 0; i < 12_000; i++) lines.push(`Jan. ${(i % 28) + 1}, 2023: Japan and the US hold working-level talks, round ${i + 1}.`, '');
  const ctx = context(5000);
  const summary = previewImport(db, { text: lines.join('\n'), name: 'big.txt' }, ctx);
  assert.equal(summary.total, 12_000);
  assert.deepEqual(commitPreview(db, { previewId: summary.previewId }, ctx), { added: 0, duplicates: 0, excluded: 0, cancelled: true });
  assert.equal(count(db), 0);
  assert.equal(db.prepare('SELECT count(*) FROM sources').pluck().get(), 0);
  const retry = context();
  retry.previews = ctx.previews;
  assert.equal(commitPreview(db, { previewId: summary.previewId }, retry).added, 12_000);
});

test('unreadable input is refused with a reason, and lines without a date are reported with their numbers', async () => {
  const db = await store();
  const ctx = context();
  assert.throws(() => previewImport(db, { text: '   \n\n', name: 'blank.txt' }, ctx), /empty/);
  const summary = previewImport(db, { text: 'Jan. 11, 2023: Japan and the US meet.\nJanaury 12 2023 - a typo in the date line\nFeb. 2, 2023: Japan hosts talks.\n', name: 'typo.txt' }, ctx);
  assert.equal(summary.total, 2);
  assert.equal(summary.problemCount, 1);
  assert.equal(summary.problems[0]?.line, 2);
});

test('CSV and JSON exports come back through the same preview, and unreadable bytes are located exactly', async () => {
  const { decodeImportBytes } = await import('./read-import.ts');
  const { exportEvents } = await import('../exchange/export-events.ts');
  const { writeEventsCsv } = await import('../exchange/write-csv.ts');
  const { writeEventsJson } = await import('../exchange/write-json.ts');
  const db = await store();
  const ctx = context();
  importText(db, { text: sample, name: 'us-japan.md' }, ctx);
  const csv = writeEventsCsv([...exportEvents(db)]);
  const json = writeEventsJson([...exportEvents(db)]);
  for (const [name, text] of [['events.csv', csv], ['events.json', json]] as const) {
    const fresh = await store();
    const summary = previewImport(fresh, { text, name }, ctx);
    assert.equal(summary.total, 35, name);
    assert.deepEqual(summary.problems.filter((p) => p.line > 0), [], name);
    assert.equal(commitPreview(fresh, { previewId: summary.previewId }, ctx).added, 35);
    // Read back into the store it came from: all already there.
    assert.equal(previewImport(db, { text, name }, ctx).duplicates, 35);
  }
  const bytes = Buffer.concat([Buffer.from('Jan. 1, 2023: caf'), Buffer.from([0xe9]), Buffer.from(' talks')]);
  assert.throws(() => decodeImportBytes(bytes, 'latin1.txt'), /invalid byte at byte 18\b/);
});
