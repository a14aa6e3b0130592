import express, { Router } from 'express';
import { getDistDirectory, renderAltair } from 'altair-static';

/**
 * An offline GraphQL IDE (Altair, served from the altair-static npm package, no CDN): a browser
 * opening GET /graphql gets it; API clients posting to /graphql are unaffected.
 */
export function ideRouter(): Router {
  const router = Router();
  router.use('/ide', express.static(getDistDirectory(), { maxAge: '1h', index: false }));
  router.get('/graphql', (req, res, next) => {
    const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsPage || req.query.query !== undefined) return next();
    const wsUrl = `${req.protocol === 'https' ? 'wss' : 'ws'}://${req.get('host')}/graphql`;
    res.type('html').send(
      renderAltair({
        baseURL: '/ide/',
        endpointURL: '/graphql',
        subscriptionsEndpoint: wsUrl,
        initialSubscriptionRequestHandlerId: 'graphql-ws',
        // No Authorization header: the schema (Docs) loads anonymously; a placeholder token was
        // refused with 401 and left the Docs empty until one was pasted.
        initialQuery:
          '# Docs and autocompletion work without signing in.\n' +
          '# 1. Run Login (the demo admin below), 2. copy the token from the answer,\n' +
          '# 3. "Set Headers" (the header icon): Authorization = Bearer <token>. Then any operation works.\n' +
          'mutation Login {\n  login(input: { email: "admin@demo.shop", password: "demo-pass-2026" }) {\n    token\n    userErrors { code message }\n  }\n}\n',
        disableAccount: true,
        initialSettings: { theme: 'system' },
      }),
    );
  });
  return router;
}
