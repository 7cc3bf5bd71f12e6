import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  plugins: [react()],
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
