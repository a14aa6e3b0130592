import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The console's page may load only its own files and talk only to this server; export links
// (in URLs) must not leak through a Referer.
const PAGE_HEADERS = {
  'content-security-policy': "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data: blob:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
};

/**
 * The web console at `/`, from its Vite build (`dist/console`): hashed assets cached for a year,
 * the page itself revalidated each time. Without a build, `/` says how to make one.
 */
export function consoleRouter(directory: string): Router {
  const router = Router();
  const page = path.join(directory, 'index.html');
  router.use('/assets', express.static(path.join(directory, 'assets'), { immutable: true, maxAge: '365d', index: false, fallthrough: false }));
  router.get(['/', '/index.html'], (_req, res) => {
    if (!existsSync(page)) {
      res.status(503).type('text').send('The console is not built: run `npm run build` (or `npm start`, which builds what is missing).');
      return;
    }
    res.set(PAGE_HEADERS).sendFile(page);
  });
  return router;
}
