import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { REVIEWED_EXCEPTIONS, SINK_RULES } from './lint-exceptions.ts';

const root = path.resolve(import.meta.dirname, '..');

/** Every (file, sink rule) an eslint-disable comment in a tracked source file switches off. */
function sinkDisables(): string[] {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.tsx', '*.js', '*.mjs', '*.cjs'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const found: string[] = [];
  for (const file of files) {
    if (file === 'eslint.config.js' || file.startsWith('scripts/lint-')) continue;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    for (const m of text.matchAll(/eslint-disable(?:-next-line|-line)?\s+([^\n*]*?)\s+--/g)) {
      for (const rule of m[1]!.split(',').map((r) => r.trim())) {
        if ((SINK_RULES as readonly string[]).includes(rule)) found.push(`${file} ${rule}`);
      }
    }
  }
  return [...new Set(found)].sort();
}

test('every switched-off injection-sink rule is on the reviewed exceptions list, and the list has nothing stale', () => {
  const reviewed = [...new Set(REVIEWED_EXCEPTIONS.map((e) => `${e.file} ${e.rule}`))].sort();
  assert.deepEqual(sinkDisables(), reviewed);
  for (const e of REVIEWED_EXCEPTIONS) assert.ok(e.why.length > 20, `${e.file}: say why it is safe`);
});
