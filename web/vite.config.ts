import { defineConfig } from 'vite';

// The editor is built into web/dist and served by the Hono server; no CDN, no inline script.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
});
