/**
 * Proves the architectural lint rules in eslint.config.js bite: each probe is linted as if it
 * lived at a path in the repo (no file is written) and must raise the expected rule, while
 * the clean counterparts must lint without any message.
 *
 *   node --test scripts/lint-rules.test.ts
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ESLint } from 'eslint';

const repoRoot = path.resolve(import.meta.dirname, '..');
const eslint = new ESLint({ cwd: repoRoot });

async function lint(relPath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, relPath) });
  assert.ok(result, `no lint result for ${relPath}`);
  return result.messages;
}

type Probe = {
  name: string;
  file: string;
  code: string;
  rule: string;
  /** Part of the message: the reason must be there, not just "restricted". */
  says?: RegExp;
};

const probes: Probe[] = [
  // --- layering: renderer/ -----------------------------------------------------------
  { name: 'renderer imports node:fs', file: 'renderer/src/__probe.ts', code: "import fs from 'node:fs';\nexport { fs };\n", rule: 'no-restricted-imports', says: /sandboxed page/ },
  { name: 'renderer imports bare builtin path', file: 'renderer/src/__probe.ts', code: "import path from 'path';\nexport { path };\n", rule: 'no-restricted-imports', says: /no Node modules/ },
  { name: 'renderer imports fs/promises', file: 'renderer/src/events/__probe.ts', code: "import { readFile } from 'fs/promises';\nexport { readFile };\n", rule: 'no-restricted-imports' },
  { name: 'renderer imports child_process dynamically', file: 'renderer/src/__probe.ts', code: "export const cp = await import('child_process');\n", rule: 'local/no-restricted-dynamic-imports', says: /sandboxed page/ },
  { name: 'renderer imports electron', file: 'renderer/src/__probe.tsx', code: "import { ipcRenderer } from 'electron';\nexport { ipcRenderer };\n", rule: 'no-restricted-imports', says: /sandboxed page/ },
  { name: 'renderer imports better-sqlite3', file: 'renderer/src/__probe.ts', code: "import Database from 'better-sqlite3';\nexport { Database };\n", rule: 'no-restricted-imports' },
  { name: 'renderer imports db/', file: 'renderer/src/__probe.ts', code: "import { openStore } from '../../db/open-store.ts';\nexport { openStore };\n", rule: 'no-restricted-imports', says: /store/ },
  { name: 'renderer (nested) imports db/', file: 'renderer/src/events/__probe.ts', code: "import { addEvents } from '../../../db/events.ts';\nexport { addEvents };\n", rule: 'no-restricted-imports' },
  { name: 'renderer imports electron/', file: 'renderer/src/__probe.ts', code: "import { readAppAsset } from '../../electron/app-assets.ts';\nexport { readAppAsset };\n", rule: 'no-restricted-imports', says: /main-process code/ },
  { name: 'renderer re-exports from electron', file: 'renderer/src/__probe.ts', code: "export * from 'electron';\n", rule: 'no-restricted-imports' },

  // --- layering: contract/ -----------------------------------------------------------
  { name: 'contract imports node:path', file: 'contract/__probe.ts', code: "import path from 'node:path';\nexport { path };\n", rule: 'no-restricted-imports', says: /no Node modules/ },
  { name: 'contract imports electron', file: 'contract/__probe.ts', code: "import { app } from 'electron';\nexport { app };\n", rule: 'no-restricted-imports' },
  { name: 'contract imports db/', file: 'contract/__probe.ts', code: "import { StoreError } from '../db/errors.ts';\nexport { StoreError };\n", rule: 'no-restricted-imports', says: /bottom layer/ },
  { name: 'contract imports electron/', file: 'contract/__probe.ts', code: "import { parseExternalUrl } from '../electron/external-url.ts';\nexport { parseExternalUrl };\n", rule: 'no-restricted-imports' },
  { name: 'contract imports renderer/', file: 'contract/__probe.ts', code: "import { formatCount } from '../renderer/src/format.ts';\nexport { formatCount };\n", rule: 'no-restricted-imports' },
  { name: 'contract test imports db/', file: 'contract/__probe.test.ts', code: "import { StoreError } from '../db/errors.ts';\nexport { StoreError };\n", rule: 'no-restricted-imports' },

  // --- layering: db/ -----------------------------------------------------------------
  { name: 'db imports electron', file: 'db/__probe.ts', code: "import { app } from 'electron';\nexport { app };\n", rule: 'no-restricted-imports', says: /pure-Node store/ },
  { name: 'db requires electron', file: 'db/__probe.ts', code: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const e: unknown = require('electron');\n", rule: 'local/no-restricted-dynamic-imports' },
  { name: 'db imports electron/', file: 'db/__probe.ts', code: "import { resolveStorePath } from '../electron/store-path.ts';\nexport { resolveStorePath };\n", rule: 'no-restricted-imports' },
  { name: 'db imports renderer/', file: 'db/migrations/__probe.ts', code: "import { formatCount } from '../../renderer/src/format.ts';\nexport { formatCount };\n", rule: 'no-restricted-imports' },

  // --- layering: electron/ and 'electron' outside the shell --------------------------
  { name: 'electron/ helper imports electron', file: 'electron/__probe.ts', code: "import { BrowserWindow } from 'electron';\nexport { BrowserWindow };\n", rule: 'no-restricted-imports', says: /Only electron\/main\.ts, electron\/preload\.ts and electron\/menu\.ts/ },
  { name: 'electron/ helper imports electron/main subpath', file: 'electron/settings.ts', code: "import { app } from 'electron/main';\nexport { app };\n", rule: 'no-restricted-imports' },
  { name: 'electron/ helper imports electron dynamically', file: 'electron/__probe.ts', code: "export const e = await import('electron');\n", rule: 'local/no-restricted-dynamic-imports' },
  { name: 'electron/ imports renderer/', file: 'electron/__probe.ts', code: "import { formatCount } from '../renderer/src/format.ts';\nexport { formatCount };\n", rule: 'no-restricted-imports', says: /renderer/ },
  { name: 'electron/main.ts imports renderer/', file: 'electron/main.ts', code: "import { formatCount } from '../renderer/src/format.ts';\nexport { formatCount };\n", rule: 'no-restricted-imports' },
  { name: 'preload imports node:fs', file: 'electron/preload.ts', code: "import fs from 'node:fs';\nexport { fs };\n", rule: 'no-restricted-imports', says: /sandboxed/ },
  { name: 'e2e imports electron', file: 'e2e/__probe.ts', code: "import electron from 'electron';\nexport { electron };\n", rule: 'no-restricted-imports' },
  { name: 'bench imports electron', file: 'bench/__probe.ts', code: "import { app } from 'electron';\nexport { app };\n", rule: 'no-restricted-imports' },
  { name: 'scripts imports electron', file: 'scripts/__probe.ts', code: "import { app } from 'electron';\nexport { app };\n", rule: 'no-restricted-imports' },

  // --- dangerous sinks ---------------------------------------------------------------
  { name: 'dangerouslySetInnerHTML', file: 'renderer/src/__probe.tsx', code: 'export const P = ({ html }: { html: string }) => <div dangerouslySetInnerHTML={{ __html: html }} />;\n', rule: 'no-restricted-syntax', says: /dangerouslySetInnerHTML/ },
  { name: 'innerHTML assignment', file: 'renderer/src/__probe.ts', code: 'export function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n', rule: 'no-restricted-syntax', says: /innerHTML/ },
  { name: 'innerHTML += (computed)', file: 'renderer/src/__probe.ts', code: "export function f(el: Element, s: string) {\n  el['innerHTML'] += s;\n}\n", rule: 'no-restricted-syntax' },
  { name: 'outerHTML assignment', file: 'e2e/__probe.ts', code: 'export function f(el: Element, s: string) {\n  el.outerHTML = s;\n}\n', rule: 'no-restricted-syntax' },
  { name: 'insertAdjacentHTML', file: 'renderer/src/__probe.ts', code: "export function f(el: Element, s: string) {\n  el.insertAdjacentHTML('beforeend', s);\n}\n", rule: 'no-restricted-properties', says: /insertAdjacentHTML/ },
  { name: 'document.write', file: 'renderer/src/__probe.ts', code: 'export function f(s: string) {\n  document.write(s);\n}\n', rule: 'no-restricted-properties', says: /document\.write/ },
  { name: 'window.document.write', file: 'renderer/src/__probe.ts', code: 'export function f(s: string) {\n  window.document.write(s);\n}\n', rule: 'no-restricted-syntax' },
  { name: 'eval', file: 'electron/__probe.ts', code: 'export function f(s: string): unknown {\n  return eval(s);\n}\n', rule: 'no-eval' },
  { name: 'indirect eval', file: 'db/__probe.ts', code: 'export function f(s: string): unknown {\n  return globalThis.eval(s);\n}\n', rule: 'no-eval' },
  { name: 'new Function', file: 'contract/__probe.ts', code: "export const f = new Function('a', 'return a');\n", rule: 'no-new-func' },
  { name: 'setTimeout with a string', file: 'renderer/src/__probe.ts', code: "setTimeout('alert(1)', 10);\nexport {};\n", rule: 'no-implied-eval' },
  { name: 'executeJavaScript', file: 'electron/main.ts', code: "export function f(w: { executeJavaScript(s: string): void }) {\n  w.executeJavaScript('1');\n}\n", rule: 'no-restricted-properties' },

  // --- exceptions need rule names and a reason ---------------------------------------
  { name: 'eslint-disable without a reason', file: 'renderer/src/__probe.ts', code: 'export function f(el: Element, s: string) {\n  // eslint-disable-next-line no-restricted-syntax\n  el.innerHTML = s;\n}\n', rule: 'local/require-disable-reason', says: /Say why/ },
  { name: 'blanket eslint-disable-next-line', file: 'renderer/src/__probe.ts', code: "export function f(el: Element, s: string) {\n  // eslint-disable-next-line -- it's fine\n  el.innerHTML = s;\n}\n", rule: 'local/require-disable-reason', says: /Name the rule/ },
  { name: 'file-wide blanket eslint-disable cannot silence its own report', file: 'renderer/src/__probe.ts', code: '/* eslint-disable */\nexport function f(el: Element, s: string) {\n  el.innerHTML = s;\n}\n', rule: 'local/require-disable-reason', says: /Name the rule/ },
  { name: 'blanket eslint-disable-line', file: 'renderer/src/__probe.ts', code: 'export function f(el: Element, s: string) {\n  el.innerHTML = s; // eslint-disable-line\n}\n', rule: 'local/require-disable-reason', says: /Name the rule/ },
];

for (const probe of probes) {
  test(`${probe.rule} reports: ${probe.name} (${probe.file})`, async () => {
    const messages = await lint(probe.file, probe.code);
    const hit = messages.find((m) => m.ruleId === probe.rule);
    assert.ok(hit, `expected ${probe.rule}, got: ${JSON.stringify(messages.map((m) => `${m.ruleId}: ${m.message}`))}`);
    assert.equal(hit.severity, 2, 'must be an error, not a warning');
    if (probe.says) assert.match(hit.message, probe.says);
  });
}

const clean: Array<{ name: string; file: string; code: string }> = [
  {
    name: 'renderer component using React and the contract',
    file: 'renderer/src/events/__probe.tsx',
    code: "import { useState } from 'react';\nimport type { EventRow } from '../../../contract/events.ts';\nimport { call } from '../api.ts';\nexport function P({ rows }: { rows: EventRow[] }) {\n  const [n] = useState(rows.length);\n  void call;\n  return <p title={String(n)}>{rows.map((r) => r.title).join(', ')}</p>;\n}\n",
  },
  { name: 'renderer text via textContent', file: 'renderer/src/__probe.ts', code: 'export function f(el: Element, s: string) {\n  el.textContent = s;\n  return el.innerHTML.length;\n}\n' },
  { name: 'contract using zod', file: 'contract/__probe.ts', code: "import { z } from 'zod';\nexport const Id = z.string();\n" },
  { name: 'contract unit test using node:test', file: 'contract/__probe.test.ts', code: "import assert from 'node:assert/strict';\nimport { test } from 'node:test';\nimport { methods } from './methods.ts';\ntest('x', () => assert.ok(methods));\n" },
  { name: 'db using Node and better-sqlite3', file: 'db/__probe.ts', code: "import fs from 'node:fs';\nimport { Worker } from 'node:worker_threads';\nimport Database from 'better-sqlite3';\nimport type { EventRow } from '../contract/events.ts';\nexport type Row = EventRow;\nexport const z = [fs, Worker, Database];\n" },
  { name: 'electron/main.ts importing electron', file: 'electron/main.ts', code: "import path from 'node:path';\nimport { app } from 'electron';\nimport { StoreClient } from '../db/store-client.ts';\nexport const z = [path, app, StoreClient];\n" },
  { name: 'electron/menu.ts importing electron', file: 'electron/menu.ts', code: "import { Menu } from 'electron';\nexport { Menu };\n" },
  { name: 'electron/preload.ts importing electron and the contract', file: 'electron/preload.ts', code: "import { contextBridge } from 'electron';\nimport { buildBridge } from '../contract/bridge.ts';\nexport const z = [contextBridge, buildBridge];\n" },
  { name: 'e2e using Playwright, Node and the store', file: 'e2e/__probe.ts', code: "import fs from 'node:fs';\nimport { _electron } from '@playwright/test';\nimport { openStore } from '../db/open-store.ts';\nexport const z = [fs, _electron, openStore];\n" },
  { name: 'a justified exception', file: 'renderer/src/__probe.ts', code: 'export function f(el: Element) {\n  // eslint-disable-next-line no-restricted-syntax -- constant markup, no user input\n  el.innerHTML = \'<hr>\';\n}\n' },
];

for (const probe of clean) {
  test(`clean: ${probe.name} (${probe.file})`, async () => {
    const messages = await lint(probe.file, probe.code);
    assert.deepEqual(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`), []);
  });
}

test('the config ignores build output and artifacts', async () => {
  for (const dir of ['dist', 'node_modules', 'e2e-artifacts', 'release', '.tools']) {
    assert.equal(await eslint.isPathIgnored(path.join(repoRoot, dir, 'x.js')), true, `${dir}/ should be ignored`);
  }
  assert.equal(await eslint.isPathIgnored(path.join(repoRoot, 'renderer/src/x.ts')), false);
});
