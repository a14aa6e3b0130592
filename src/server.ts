import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/postgresql';
import express, { ErrorRequestHandler, RequestHandler } from 'express';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { authenticate } from './auth/authenticate';
import { databaseUnavailable } from './common/user-error';
import { isConnectionLost } from './db/connection-lost';
import { admissionGate } from './common/admission';
import { graphqlPostHandler, isPlainGraphqlPost } from './common/graphql-post';
import { BODY_NOT_JSON, BODY_TOO_LARGE, sendJson, splitUrl } from './common/http-json';
import { releaseAsyncContextWhenIdle } from './common/async-context';
import type { Clock } from './common/clock';
import { INTERNAL_MESSAGE, isExposed, withTokenLimitCode } from './common/errors';
import { LimitChecker } from './common/limits';
import { operationGate } from './platform/operation-gate';
import { startWebSocketServer } from './platform/websocket';
import type { Viewer } from './auth/viewer';
import type { AppConfig } from './config';
import { buildContext, Context } from './context';
import { EventBus } from './events/event-bus';
import type { ViewerRow } from './auth/authenticate';
import { ViewerCache } from './auth/viewer-cache';
import { ideRouter } from './ide/ide';
import { startScheduler } from './jobs/scheduler';
import { getSchema } from './schema';

export interface ServerDeps {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Stops accepting, lets in-flight requests finish, closes WebSockets. */
  stop(): Promise<void>;
}

type RequestWithId = IncomingMessage & { id?: string };

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
}

/** Builds the HTTP + WebSocket server (Apollo on express, graphql-ws on the same path). */
export async function startServer(deps: ServerDeps, port = deps.config.port): Promise<RunningServer> {
  const { orm, config, logger, clock } = deps;
  releaseAsyncContextWhenIdle();
  const schema = getSchema();
  const limits = new LimitChecker(schema, config.limits);
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag: answers to authenticated GraphQL POSTs
  // are never revalidated, and the hash cost about 1% of a list request. (The IDE's static files
  // keep theirs: express.static sets its own.)
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const gate = admissionGate(config.admission);
  // API clients' operations skip express (see graphql-post.ts); set once Apollo has started,
  // before the server listens.
  let postGraphql: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const httpServer = createHttpServer((req, res) => {
    if (postGraphql && isPlainGraphqlPost(req)) {
      trackRequest(req, res, logger);
      gate(req, res, () => void postGraphql!(req, res));
    } else {
      app(req, res);
    }
  });
  const events = new EventBus(orm.config.get('clientUrl')!, logger);
  await events.start();
  const sessions = ViewerCache.listening<ViewerRow>(config.sessionCacheSeconds * 1000, events);
  const stopScheduler = startScheduler(orm, clock, logger, config.jobsIntervalSeconds);

  const identify = async (context: Context, authorization: string | undefined): Promise<void> => {
    const caller = await authenticate(authorization, context.em, config.jwtSecret, clock.now(), sessions.cache);
    if (!caller) return;
    Object.assign(context, buildContext({ ...context, viewer: caller.viewer }));
    context.loaders.shopById.prime(caller.shop.id, caller.shop);
  };
  /** A request's context before its caller is known: the operation gate identifies them once the document passed its limits. */
  const anonymousContext = (requestId: string): Context =>
    buildContext({ em: orm.em.fork(), viewer: null, clock, config, logger: logger.child({ requestId }), requestId, events, sessions: sessions.cache });
  const contextFor = async (authorization: string | undefined, requestId: string): Promise<Context> => {
    const context = anonymousContext(requestId);
    await identify(context, authorization);
    return context;
  };

  const sameRights = (a: Viewer, b: Viewer) =>
    a.userId === b.userId && a.shopId === b.shopId && a.role === b.role && a.teamId === b.teamId && a.ledTeamId === b.ledTeamId && a.readOnly === b.readOnly;
  const sockets = startWebSocketServer<Context>({
    httpServer,
    schema,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    limits,
    maxCost: config.limits.maxCost,
    maxTokens: config.limits.maxTokens,
    connect: async (authorization) => {
      const context = await contextFor(authorization, randomUUID());
      return context.viewer ? context : null;
    },
    shopOf: (context) => context.viewer!.shopId,
    // A fresh EntityManager and loaders per operation; the viewer stays the connection's.
    operationContext: (base) => {
      const requestId = randomUUID();
      return buildContext({ ...base, em: orm.em.fork(), requestId, logger: logger.child({ requestId }) });
    },
    stillEntitled: async (authorization, connection, fresh) => {
      try {
        const caller = await authenticate(authorization, orm.em.fork(), config.jwtSecret, clock.now(), fresh ? undefined : sessions.cache);
        return caller !== null && sameRights(caller.viewer, connection.viewer!);
      } catch (error) {
        // Refused (ended, revoked, deactivated): not entitled. Anything else (the database
        // away) says nothing of the rights, and is thrown.
        if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') return false;
        throw error;
      }
    },
    // The same masking as over HTTP: unexpected errors go out generic, and are logged.
    formatError: (error, context) => {
      const formatted = error instanceof GraphQLError ? error.toJSON() : error;
      if (isExposed(formatted) || config.nodeEnv === 'development') return formatted;
      const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
      const masked = maskError(formatted, false, original);
      if (masked.extensions?.code !== 'INTERNAL_SERVER_ERROR') return masked;
      logger.error({ err: original, requestId: context?.requestId }, 'unexpected error');
      return { ...masked, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: context?.requestId } };
    },
  });
  // Users, teams, shops, sessions and API tokens of a shop changed (on any instance): its
  // sockets are checked again; after the event connection was away, every socket is.
  const stopRechecks = [
    events.listen('VIEWERS_CHANGED', (event) => event && void sockets.recheck(event.shopId)),
    events.onReconnected(() => void sockets.recheck()),
  ];

  const inFlight = inFlightOperations();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    // Counting tokens while parsing bounds every later walk of the document (validation, limits).
    parseOptions: { maxTokens: config.limits.maxTokens },
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    formatError: (formatted, error) => maskError(withTokenLimitCode(formatted), config.nodeEnv === 'development', error),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of authenticated data, and its per-field hook costs every field a wrapper.
      ApolloServerPluginCacheControlDisabled(),
      { async serverWillStart() { return { drainServer: async () => { await sockets.dispose(); } }; } },
      operationGate<Context>({ limits, maxCost: config.limits.maxCost, identify, charge: async () => null }),
      inFlight.plugin,
      errorLoggingPlugin(),
    ],
  });
  await apollo.start();

  const contextOf = async (req: IncomingMessage) => anonymousContext((req as RequestWithId).id ?? randomUUID());
  postGraphql = graphqlPostHandler({
    apollo,
    maxBodyBytes: config.limits.maxBodyBytes,
    context: contextOf,
    failed: (error, req, res) => internalError(logger, error, req, res),
  });
  const requestLog: RequestHandler = (req, res, next) => {
    trackRequest(req, res, logger);
    next();
  };

  app.use(requestLog);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.fork().execute('select 1');
      const pending = await orm.getMigrator().getPendingMigrations();
      if (pending.length > 0) {
        res.status(503).json({ status: 'migrations pending', pending: pending.map((m) => m.name) });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(ideRouter());
  app.use(
    '/graphql',
    (req, res, next) => gate(req, res, next),
    express.json({ limit: config.limits.maxBodyBytes, type: ['application/json', 'application/graphql-response+json'] }),
    expressMiddleware(apollo, {
      context: async ({ req }) => contextOf(req),
    }),
  );
  app.use(bodyErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, () => resolve());
  });
  const actualPort = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    stop: async () => {
      await stopScheduler();
      await apollo.stop();
      // A client that hung up lets the HTTP server close before its operation ends; let those
      // operations finish too before the caller closes the database pool.
      await inFlight.settled(10_000);
      sessions.stop();
      for (const stop of stopRechecks) stop();
      await events.stop();
    },
  };
}

/** Counts operations being executed, so shutdown can wait for the last one. */
function inFlightOperations() {
  let count = 0;
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      count++;
      let done = false;
      const finish = async () => {
        if (!done) {
          done = true;
          count--;
        }
      };
      return { willSendResponse: finish };
    },
  };
  const settled = async (maxMillis: number) => {
    const until = Date.now() + maxMillis;
    while (count > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  };
  return { plugin, settled };
}

/** Known errors go out as they are; anything unexpected becomes a generic INTERNAL_SERVER_ERROR. */
function maskError(formatted: GraphQLFormattedError, development: boolean, error?: unknown): GraphQLFormattedError {
  if (isExposed(formatted) || development) return formatted;
  if (isConnectionLost(error)) {
    const { message, extensions } = databaseUnavailable();
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  return {
    message: INTERNAL_MESSAGE,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Logs unexpected errors with their stack, and tags the masked errors with the request id. */
function errorLoggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operation }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && isExposed({ message: '', extensions: { code } })) continue;
            contextValue.logger?.error(
              { err: error.originalError ?? error, path: error.path, operation: operation?.name?.value },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
        },
      };
    },
  };
}

/** Malformed or oversized bodies get a GraphQL-shaped error, not an HTML stack trace. */
function bodyErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number; expose?: boolean }, req, res, next) => {
    if (res.headersSent) return next(err);
    if (err.type === 'entity.too.large') {
      sendJson(res, 413, BODY_TOO_LARGE);
      return;
    }
    if (err.type === 'entity.parse.failed' || (err.status && err.status >= 400 && err.status < 500)) {
      sendJson(res, 400, BODY_NOT_JSON);
      return;
    }
    internalError(logger, err, req, res);
  };
}

/** Logs an error no layer expected and answers a generic INTERNAL_SERVER_ERROR with the request id. */
function internalError(logger: Logger, err: unknown, req: IncomingMessage, res: ServerResponse): void {
  const requestId = (req as RequestWithId).id;
  logger.error({ err, requestId }, 'unexpected error');
  sendJson(res, 500, { errors: [{ message: INTERNAL_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
}

/** Gives a request its id (the client's `x-request-id`, or a new one), echoes it, and logs the request when answered. */
function trackRequest(req: IncomingMessage, res: ServerResponse, logger: Logger): void {
  const id = requestIdOf(req);
  (req as RequestWithId).id = id;
  res.setHeader('x-request-id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId: id, method: req.method, path: splitUrl(req.url).path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  });
}
