import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

/**
 * Writes the source files of every chunk (workers included) to dist/meta/, outside the
 * packaged renderer folder, for scripts/bundled-licences.ts.
 */
function moduleList(pass: 'page' | 'worker'): Plugin {
  const modules = new Set<string>();
  const file = path.join(import.meta.dirname, '..', 'dist', 'meta', 'renderer-modules.json');
  return {
    name: 'briefing-module-list',
    buildStart() {
      // The page's pass starts first and the worker's runs inside it: start a fresh list.
      if (pass === 'page') fs.rmSync(file, { force: true });
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) if (output.type === 'chunk') for (const id of output.moduleIds) modules.add(id);
    },
    closeBundle() {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const known = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
      // The worker is built by its own pass of this plugin: both passes add to one list.
      fs.writeFileSync(file, `${JSON.stringify([...new Set([...known, ...modules])].sort(), null, 1)}\n`);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react(), moduleList('page')],
  // Workers (the markdown formatter) are emitted as their own same-origin module files,
  // which worker-src 'self' allows; no blob: or data: worker URLs.
  worker: { format: 'es', plugins: () => [moduleList('worker')] },
  resolve: {
    alias: {
      // micromark's entity decoder has a "browser" build that calls document.createElement at
      // load and decodes through innerHTML. The markdown worker has no document (the build
      // would die on load), and we want no innerHTML anyway: use its plain lookup-table build.
      'decode-named-character-reference': require.resolve('decode-named-character-reference'),
    },
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // For debugging from a checkout; electron-builder.yml keeps every .map out of the app.
    sourcemap: true,
    target: 'chrome140',
    // Chromium supports modulepreload natively; the polyfill would need an inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
