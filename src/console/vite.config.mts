import { defineConfig } from 'vite';
import path from 'node:path';

// The console is built into dist/console and served by the API server at `/`. `npm run console:dev`
// serves it with hot reload on :5173 and forwards the API's paths to a server on :4000 (or API_URL).
const api = process.env.API_URL ?? 'http://localhost:4000';
const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  root,
  base: '/',
  // React's automatic JSX runtime through Vite's own transform: no Babel plugin needed.
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(root, '../../dist/console'),
    emptyOutDir: true,
    sourcemap: true,
    // Nothing inlined as data: URLs (the fonts' small ranges would be): the page's Content-Security-Policy allows only its own files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true },
      '/uploads': api,
      '/exports': api,
      '/bulk-imports': api,
    },
  },
});
