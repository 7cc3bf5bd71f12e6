import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';
import { installPathOfModule, licenceAllowed, shippedPackages } from './bundled-licences.ts';

test('a bundled file is traced to the package installed where package-lock names it', () => {
  assert.equal(installPathOfModule('/work/x/node_modules/zod/v4/core/core.js'), 'node_modules/zod');
  assert.equal(installPathOfModule('node_modules/@tanstack/react-table/build/lib/index.mjs'), 'node_modules/@tanstack/react-table');
  assert.equal(installPathOfModule('../main/node_modules/pdf-lib/node_modules/tslib/tslib.es6.js'), 'node_modules/pdf-lib/node_modules/tslib');
  assert.equal(installPathOfModule('\0/x/node_modules/@scope/a/node_modules/@scope/b/i.js'), 'node_modules/@scope/a/node_modules/@scope/b');
  assert.equal(installPathOfModule('electron/main.ts'), null);
});

test('licences: permissive ones and expressions that offer one are allowed; copyleft, proprietary and none are not', () => {
  for (const ok of ['MIT', 'ISC', 'Apache-2.0', '(MIT OR Apache-2.0)', 'MIT AND ISC AND BSD-3-Clause', 'MIT AND Zlib', 'OFL-1.1', '0BSD']) assert.equal(licenceAllowed(ok), true, ok);
  for (const no of ['GPL-3.0', 'AGPL-3.0-only', 'UNLICENSED', 'SEE LICENSE IN LICENSE', 'MIT AND GPL-2.0', '', undefined]) assert.equal(licenceAllowed(no), false, String(no));
});

test('the shipped packages come from the module lists plus better-sqlite3, with their licences, and a devDependency-only one is flagged', () => {
  const meta = tempDir('bundled');
  fs.writeFileSync(path.join(meta, 'main-modules.json'), JSON.stringify(['electron/main.ts', 'node_modules/zod/v4/classic/external.js', 'node_modules/electron/index.js']));
  fs.writeFileSync(path.join(meta, 'renderer-modules.json'), JSON.stringify([path.resolve('node_modules/react/index.js')]));
  const shipped = shippedPackages(meta);
  assert.deepEqual(
    shipped.map((p) => [p.name, p.licence, p.devOnly]),
    [
      ['better-sqlite3', 'MIT', false],
      ['electron', 'MIT', true],
      ['react', 'MIT', false],
      ['zod', 'MIT', false],
    ],
  );
  assert.throws(() => shippedPackages(path.join(meta, 'missing')), /not found: run npm run build first/);
});
