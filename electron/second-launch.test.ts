import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';
import { secondLaunchLine, secondLaunchNotice } from './second-launch.ts';
import { resolveStorePath } from './store-path.ts';

test('a second launch with --db another store is told, in the running window, that nothing was opened and what to do', () => {
  const dir = tempDir('second-launch');
  const running = path.join(dir, 'briefing-book.sqlite');
  fs.writeFileSync(running, '');
  const other = resolveStorePath(['electron', '.', '--db', path.join(dir, 'quad.sqlite')], {}, dir);
  const notice = secondLaunchNotice(running, { storePath: other });
  assert.deepEqual(notice, {
    message: 'Briefing Book is already open on another store.',
    detail: `Briefing Book was started again for ${other}, but it already has ${running} open, and one Briefing Book opens one store. Nothing was opened. To work on ${other}, quit Briefing Book, then start it with --db ${JSON.stringify(other)}.`,
  });
  // BRIEFING_DB in the second launch's environment counts the same as --db.
  assert.notEqual(secondLaunchNotice(running, { storePath: resolveStorePath(['electron', '.'], { BRIEFING_DB: other }, dir) }), null);
  assert.match(secondLaunchLine(other), /already running; its window came to the front and says whether it opened .*quad\.sqlite/);
});

test('a second launch for the store that is open only brings the window to the front', { skip: process.platform === 'win32' && 'symlinks' }, () => {
  const dir = tempDir('second-launch-same');
  const running = path.join(dir, 'data', 'briefing-book.sqlite');
  fs.mkdirSync(path.dirname(running));
  fs.writeFileSync(running, '');
  fs.symlinkSync(path.join(dir, 'data'), path.join(dir, 'link'));
  assert.equal(secondLaunchNotice(running, { storePath: resolveStorePath(['electron', '.'], {}, path.join(dir, 'data')) }), null);
  assert.equal(secondLaunchNotice(running, { storePath: path.join(dir, 'link', 'briefing-book.sqlite') }), null, 'the same store by another path');
  // An older launcher sends no data: nothing to say.
  assert.equal(secondLaunchNotice(running, undefined), null);
  assert.equal(secondLaunchNotice(running, { storePath: 42 }), null);
});
