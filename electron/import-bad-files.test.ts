/**
 * Files an analyst may choose for an import that cannot be read as they are: too large,
 * cut short, binary, or in another encoding. Each is refused before anything reaches the
 * store, with a message that says what is wrong with the file and what to do.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { MAX_IMPORT_BYTES } from '../db/import/read-import.ts';
import { tempDir } from '../db/test/helpers.ts';
import { readImportFile } from './import-files.ts';
import type { Service } from './service.ts';
import { errorOf, fromApp, startTestService } from './test/test-service.ts';

const dir = tempDir('import-bad-files');
let chosen: string | null = null;
let service: Service;

before(async () => {
  service = await startTestService('import-bad-files', { chooseImportFile: async () => chosen }, path.join(dir, 'store.sqlite'));
});
after(() => service.close());

const call = (channel: string, payload?: unknown) => service.dispatch(channel, payload, fromApp);
const eventCount = async () => ((await call('events:list', { limit: 1 })) as { value: { total: number } }).value.total;

test('a file over the 200 MB limit is refused by its size before it is read, naming the limit', async () => {
  const file = path.join(dir, 'archive.txt');
  // Sparse: the size is real but no disk is used and nothing need be read.
  fs.closeSync(fs.openSync(file, 'w'));
  fs.truncateSync(file, MAX_IMPORT_BYTES + 1);
  chosen = file;
  const error = errorOf(await call('import:choose-file'));
  assert.equal(error.code, 'BAD_REQUEST');
  assert.equal(
    error.message,
    'archive.txt is 209,715,201 bytes, more than the 200 MB (209,715,200 bytes) one import can read. Split it into parts and import them one after another.',
  );
  assert.equal(await eventCount(), 0);
  // The app answers the next request at once: nothing is left reading the file.
  assert.equal((await call('app:info')).ok, true);
});

test('a file cut short inside a character says it looks cut short, pointing at the byte', async () => {
  const whole = Buffer.from('Jan. 11, 2023: Kishida and Biden meet in Washington 🇯🇵🇺🇸\n', 'utf8');
  // The last flag is four bytes; cut after its second.
  const cut = whole.subarray(0, whole.length - 3);
  const file = path.join(dir, 'cut.md');
  fs.writeFileSync(file, cut);
  await assert.rejects(readImportFile(file), (e: Error & { code?: string }) => {
    assert.equal(e.code, 'INVALID_INPUT');
    assert.equal(e.message, `cut.md ends part-way through a character (at byte ${cut.length - 1} of ${cut.length}), so the file looks cut short. Copy or save it again, then import it.`);
    return true;
  });
  // An invalid byte in the middle is a different problem, said differently.
  fs.writeFileSync(file, Buffer.concat([cut, Buffer.from('\nmore')]));
  await assert.rejects(readImportFile(file), /cut\.md is not UTF-8 text \(invalid byte at byte \d+\)/);
});

test('a file cut short between characters is read as far as it goes: whole entries are kept, and a cut JSON or CSV file says where it stops', async () => {
  const sample = fs.readFileSync(path.join(import.meta.dirname, '..', 'assets', 'sample', 'us-japan-2023-jan-apr.md'), 'utf8');
  const cutAt = sample.indexOf('Feb.');
  chosen = path.join(dir, 'half.md');
  fs.writeFileSync(chosen, sample.slice(0, cutAt));
  const preview = (await call('import:choose-file')) as { ok: true; value: { total: number; previewId: string } };
  assert.equal(preview.ok, true);
  assert.ok(preview.value.total > 0 && preview.value.total < 35, String(preview.value.total));
  await call('import:discard', { previewId: preview.value.previewId });

  chosen = path.join(dir, 'cut.json');
  fs.writeFileSync(chosen, '{"format": "briefing-book-events", "version": 1, "events": [{"date_start": "2023-01-11", "summary": "Ministers me');
  const json = (await call('import:choose-file')) as { ok: true; value: { total: number; problems: Array<{ line: number; reason: string }> } };
  assert.equal(json.value.total, 0);
  assert.deepEqual(json.value.problems.map((p) => p.reason), ['not valid JSON at line 1, column 101: a string that starts here is never closed']);

  chosen = path.join(dir, 'cut.csv');
  fs.writeFileSync(chosen, 'date_start,summary\r\n2023-01-11,Ministers meet.\r\n2023-01-12,"Talks in Tok');
  const csv = (await call('import:choose-file')) as { ok: true; value: { total: number; problems: Array<{ line: number; reason: string }> } };
  assert.equal(csv.value.total, 1, 'the whole row before the cut is kept');
  assert.deepEqual(csv.value.problems.map((p) => p.line), [3]);
  assert.match(csv.value.problems[0]!.reason, /never closed/);
  assert.equal(await eventCount(), 0, 'nothing is written before the analyst commits');
});

test('dates in year 0 or 9999 are reported on their line in chronology text, CSV and JSON; the other entries are kept', async () => {
  type Summary = { total: number; problems: Array<{ line: number; reason: string }> };
  const preview = async (text: string, name: string) => {
    const r = await call('import:preview-text', { text, name });
    assert.equal(r.ok, true, JSON.stringify(r).slice(0, 300));
    return (r as { value: Summary }).value;
  };
  const chronology = await preview('Jan. 10, 2023: Ministers meet in Tokyo.\nJan. 11, 0000: Talks in year zero.\nDec. 31, 9999: Talks far ahead.\nJan. 12, 2023: Envoys meet in Seoul.\n', 'years.md');
  assert.equal(chronology.total, 2);
  assert.deepEqual(
    chronology.problems.map((p) => [p.line, p.reason]),
    [
      [2, 'looks like an entry but its year 0000 is outside 1000–2100'],
      [3, 'looks like an entry but its year 9999 is outside 1000–2100'],
    ],
  );
  const csv = await preview('date_start,summary\n0000-01-01,Year zero.\n9999-12-31,Far ahead.\n2023-01-11,Ministers meet.\n', 'years.csv');
  assert.equal(csv.total, 1);
  assert.deepEqual(
    csv.problems.map((p) => [p.line, p.reason]),
    [
      [2, 'date_start: year 0 in "0000-01-01" is outside 1000–2100'],
      [3, 'date_start: year 9999 in "9999-12-31" is outside 1000–2100'],
    ],
  );
  const json = await preview('[\n{"date_start": "0000-01-01", "summary": "Year zero."},\n{"date_start": "9999-12-31", "summary": "Far ahead."},\n{"date_start": "2023-01-11", "summary": "Ministers meet."}\n]', 'years.json');
  assert.equal(json.total, 1);
  assert.deepEqual(
    json.problems.filter((p) => p.line > 0).map((p) => p.line),
    [2, 3],
  );
  assert.match(json.problems.filter((p) => p.line > 0).map((p) => p.reason).join('\n'), /event 1: date_start: year 0 .*outside 1000–2100\nevent 2: date_start: year 9999 .*outside 1000–2100/);
  assert.equal(await eventCount(), 0);
});
