/**
 * The packages the shipped code imports: every bare import in the files that the bundles are
 * built from (renderer/src, electron/ except browser mode, db/, contract/), tests and
 * type-only imports left out. Used by the declared-dependencies test.
 */
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const SHIPPED = ['renderer/src', 'electron', 'db', 'contract'];
/** Browser mode and test support run only from a checkout (npm start, the tests). */
const NOT_SHIPPED = /(^|\/)(browser-mode|test)\/|\.test\.tsx?$|\.e2e\.ts$/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(rel);
    else if (/\.(tsx?|css)$/.test(entry.name) && !NOT_SHIPPED.test(rel)) yield rel;
  }
}

const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|@import\s+['"]([^'"]+)['"]/gm;

export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return builtinModules.includes(name) ? null : name;
}

/** Package → the files that import it. */
export function shippedImports(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const dir of SHIPPED) {
    for (const file of sourceFiles(dir)) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const name = packageOf(m[1] ?? m[2] ?? m[3]!);
        if (name) found.set(name, [...(found.get(name) ?? []), file]);
      }
    }
  }
  return found;
}
