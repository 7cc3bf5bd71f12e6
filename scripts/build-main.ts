/**
 * Bundles the Electron side: main and the store worker as CommonJS for Node, and the
 * preload as a single self-contained file (a sandboxed preload cannot load modules).
 * Each bundle's list of source files goes to dist/meta/ (never packaged), where
 * scripts/bundled-licences.ts reads which packages ship.
 */
import fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  // For stack traces from a checkout; electron-builder.yml keeps every .map out of the app.
  sourcemap: 'linked',
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  logLevel: 'info',
  metafile: true,
} as const;

const main = await build({
  ...common,
  entryPoints: { main: 'electron/main.ts', worker: 'db/worker.ts' },
  external: ['electron', 'better-sqlite3'],
});

const preload = await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts' },
  external: ['electron'],
  platform: 'browser',
  target: 'chrome140',
});

fs.mkdirSync('dist/meta', { recursive: true });
const inputs = [...Object.keys(main.metafile.inputs), ...Object.keys(preload.metafile.inputs)];
fs.writeFileSync('dist/meta/main-modules.json', `${JSON.stringify([...new Set(inputs)].sort(), null, 1)}\n`);
