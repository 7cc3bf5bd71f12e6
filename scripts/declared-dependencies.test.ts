/**
 * Every package the shipped code imports is a declared dependency (not a devDependency, and
 * not one that only arrives through another package), and every dependency is used — so
 * that `npm audit --omit=dev` and the licence check see exactly the code that ships.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { shippedImports } from './shipped-imports.ts';

const root = path.resolve(import.meta.dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
const peersOf = (name: string) => Object.keys((JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as { peerDependencies?: object }).peerDependencies ?? {});

/** Provided by the runtime that loads the bundle, never bundled. */
const RUNTIME = new Set(['electron']);

test('every package the shipped code imports is declared in dependencies', () => {
  const undeclared = [...shippedImports()].filter(([name]) => !RUNTIME.has(name) && !(name in pkg.dependencies)).map(([name, files]) => `${name} (${files[0]})`);
  assert.deepEqual(undeclared, []);
});

test('every dependency is imported by the shipped code, or is a peer of one that is, or is named by the renderer build', () => {
  const imported = new Set(shippedImports().keys());
  const peers = new Set([...imported].filter((n) => n in pkg.dependencies).flatMap(peersOf));
  const viteConfig = fs.readFileSync(path.join(root, 'renderer', 'vite.config.ts'), 'utf8');
  const unused = Object.keys(pkg.dependencies).filter((name) => !imported.has(name) && !peers.has(name) && !viteConfig.includes(`'${name}'`));
  assert.deepEqual(unused, []);
});

test('no package is both a dependency and a devDependency', () => {
  assert.deepEqual(Object.keys(pkg.dependencies).filter((name) => name in pkg.devDependencies), []);
});
