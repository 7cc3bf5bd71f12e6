import { createRequire } from 'node:module';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
  // Workers (the markdown formatter) are emitted as their own same-origin module files,
  // which worker-src 'self' allows; no blob: or data: worker URLs.
  worker: { format: 'es' },
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
    sourcemap: true,
    target: 'chrome140',
    // Chromium supports modulepreload natively; the polyfill would need an inline script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
