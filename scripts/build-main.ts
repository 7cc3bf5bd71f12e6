/**
 * Bundles the Electron side: main and the store worker as CommonJS for Node, and the
 * preload as a single self-contained file (a sandboxed preload cannot load modules).
 */
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  sourcemap: 'linked',
  outdir: 'dist/main',
  outExtension: { '.js': '.cjs' },
  logLevel: 'info',
} as const;

await build({
  ...common,
  entryPoints: { main: 'electron/main.ts', worker: 'db/worker.ts' },
  external: ['electron', 'better-sqlite3'],
});

await build({
  ...common,
  entryPoints: { preload: 'electron/preload.ts' },
  external: ['electron'],
  platform: 'browser',
  target: 'chrome140',
});
