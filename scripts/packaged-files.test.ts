/**
 * What the installer ships, from the real electron-builder.yml packing a stand-in build:
 * the bundles and the sample, no source maps, and of node_modules only better-sqlite3 (every
 * other package is inside the bundles).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { tempDir } from '../db/test/helpers.ts';

const root = path.resolve(import.meta.dirname, '..');

/** A project folder with the real package files and config and a build's shape in dist/. */
function standInProject(): string {
  const dir = tempDir('packaged');
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) fs.copyFileSync(path.join(root, file), path.join(dir, file));
  fs.cpSync(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  for (const name of ['main', 'worker', 'preload']) {
    write(`dist/main/${name}.cjs`, `//# sourceMappingURL=${name}.cjs.map\n`);
    write(`dist/main/${name}.cjs.map`, '{}');
  }
  write('dist/renderer/index.html', '<!doctype html>');
  write('dist/renderer/assets/index-abc.js', '//# sourceMappingURL=index-abc.js.map\n');
  write('dist/renderer/assets/index-abc.js.map', '{}');
  write('dist/renderer/assets/markdown.worker-abc.js.map', '{}');
  write('dist/meta/main.json', '{}');
  // The project's own sources, tests and docs, which must not ship.
  for (const file of ['db/open-store.ts', 'e2e/app.spec.ts', 'docs/ARCHITECTURE.md', '.ci/run', 'scripts/test.ts', 'renderer/src/main.tsx', 'fixtures/corpus/a.md', 'tsconfig.json']) write(file, 'source');
  return dir;
}

test('the packaged app holds the bundles and the sample, no source map, and only better-sqlite3 from node_modules', { timeout: 180_000 }, () => {
  const project = standInProject();
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'packaged-files.ts'), project], { encoding: 'utf8', timeout: 170_000 });
  assert.equal(run.status, 0, run.stderr.slice(-3000));
  const files = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as string[];
  assert.ok(files.includes('dist/main/main.cjs') && files.includes('dist/renderer/index.html') && files.includes('package.json'), 'the app itself is there');
  assert.ok(files.some((f) => f.startsWith('assets/sample/')), 'the sample chronologies are there');
  assert.deepEqual(files.filter((f) => f.endsWith('.map')), [], 'no source map is packaged');
  assert.deepEqual(files.filter((f) => f.startsWith('dist/meta')), [], 'nor the build\'s module lists');
  const packages = new Set(files.filter((f) => f.startsWith('node_modules/')).map((f) => f.split('/').slice(1, f.split('/')[1]!.startsWith('@') ? 3 : 2).join('/')));
  assert.deepEqual([...packages].sort(), ['better-sqlite3']);
  assert.deepEqual(files.filter((f) => /node_modules\/better-sqlite3\/(deps|src)\//.test(f)), [], 'nor its C sources');
  assert.deepEqual(
    files.filter((f) => !/^(package\.json|dist\/(main\/(main|worker|preload)\.cjs|renderer\/.+)|assets\/sample\/.+|node_modules\/better-sqlite3\/.+)$/.test(f) && !files.some((other) => other.startsWith(`${f}/`))),
    [],
    'nothing but the bundles, the sample, package.json and better-sqlite3: no sources, tests or docs',
  );
  assert.deepEqual(
    files.filter((f) => f.includes('/prebuilds/')).map((f) => path.posix.basename(f)),
    ['linux-arm64.node', 'linux-x64.node'],
    "a Linux build carries Linux's glibc addons only",
  );
});
