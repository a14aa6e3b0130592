import { ApolloServer } from '@apollo/server';
import { installKeyProvider, LocalKeyProvider } from './privacy/key-provider';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { MikroORM } from '@mikro-orm/postgresql';
import express, { RequestHandler } from 'express';
import { execute, GraphQLError, parse } from 'graphql';
import { randomUUID } from 'node:crypto';
import { createServer as createHttpServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { authenticate } from './auth/authenticate';
import type { ViewerRow } from './auth/authenticate';
import { ViewerCache } from './auth/viewer-cache';
import type { Viewer } from './auth/viewer';
import { admissionGate } from './common/admission';
import { patchProcess } from './platform/library-patches';
import type { Clock } from './common/clock';
import { withTokenLimitCode } from './common/errors';
import { graphqlPostHandler, isPlainGraphqlPost } from './common/graphql-post';
import { LimitChecker } from './common/limits';
import type { AppConfig } from './config';
import { buildContext, Context, contextBeforeCaller, withCaller } from './context';
import { EventBus, type EventTopic } from './events/event-bus';
import { ideRouter } from './ide/ide';
import { consoleRouter } from './platform/console-static';
import { exportRoute } from './exports/export.route';
import { startScheduler } from './jobs/scheduler';
import { clientAddressOf } from './platform/client-address';
import { drainController } from './platform/drain';
import { bodyErrorHandler, inFlightOperations, internalError, RequestWithId, trackRequest } from './platform/http-pipeline';
import { GraphqlPipeline } from './platform/graphql-pipeline';
import { createMetrics } from './platform/metrics';
import { costBudget } from './platform/throttle';
import { startWebSocketServer } from './platform/websocket';
import { poolStats } from './db/sql';
import { getSchema } from './schema';
import { startWorker } from './jobs/worker';
import { uploadRoute } from './imports/upload.route';
import { importErrorsRoute } from './imports/errors.route';
import { checkFieldNeeds } from './db/read-columns';
import { checkRowShapes, rowShapeCheckOn } from './db/row-shape-check';

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
  /** HTTP requests received and not answered yet. */
  inFlight(): number;
  /** Subscribers of an event topic on this instance: GraphQL subscriptions that are listening. */
  subscribers(topic: EventTopic): number;
  /**
   * Drains and stops: readiness 503, no new connections, every received request answered,
   * WebSockets closed with 1001, then jobs and the event listener stop (the caller closes the
   * database pools after). At the grace deadline what is left is answered 503.
   */
  stop(): Promise<void>;
}

/** Builds the HTTP + WebSocket server (Apollo on express, graphql-ws on the same path). */
export async function startServer(deps: ServerDeps, port = deps.config.port): Promise<RunningServer> {
  const { orm, config, logger, clock } = deps;
  patchProcess();
  installKeyProvider(new LocalKeyProvider(config.dataMasterKey));
  const schema = getSchema();
  const entities = Object.values(orm.getMetadata().getAll());
  checkFieldNeeds(schema, entities);
  if (rowShapeCheckOn()) checkRowShapes(schema, new Set(entities.map((meta) => meta.className)));
  const limits = new LimitChecker(schema, config.limits);
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every response body for an ETag: answers to authenticated GraphQL POSTs
  // are never revalidated, and the hash cost about 1% of a list request. (The IDE's static files
  // keep theirs: express.static sets its own.)
  app.set('etag', false);
  app.set('trust proxy', 'loopback');
  const metrics = createMetrics();
  const gate = admissionGate(config.admission, () => metrics.busy());
  // API clients' operations skip express (see graphql-post.ts); set once Apollo has started,
  // before the server listens.
  let postGraphql: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const httpServer = createHttpServer((req, res) => {
    metrics.response(res);
    if (!drain.admit(req, res)) return;
    if (postGraphql && isPlainGraphqlPost(req)) {
      trackRequest(req, res, logger);
      gate(req, res, () => void postGraphql!(req, res));
    } else {
      app(req, res);
    }
  });
  const drain = drainController(httpServer, config.shutdownGraceSeconds * 1000);
  const events = new EventBus(orm.config.get('clientUrl')!, logger);
  await events.start();
  const sessions = ViewerCache.listening<ViewerRow>(config.sessionCacheSeconds * 1000, events);
  const stopScheduler = startScheduler(orm, clock, logger, config.jobsIntervalSeconds, (outcome) => metrics.jobRun(outcome));
  let stoppingJobs = false;
  const jobDeps = { orm, clock, config, logger, events, shuttingDown: () => stoppingJobs };
  const worker = config.jobsConcurrency > 0 ? await startWorker(orm.config.get('clientUrl')!, jobDeps, config.jobsConcurrency) : null;

  const identify = async (context: Context, authorization: string | undefined): Promise<void> => {
    const caller = await authenticate(authorization, context.em, config.jwtSecret, clock.now(), sessions.cache);
    withCaller(context, caller?.viewer ?? null);
    if (caller) context.loaders.shopById.prime(caller.shop.id, caller.shop);
  };
  /** A request's context before its caller is known: the operation gate identifies them once the document passed its limits. */
  const anonymousContext = (req: IncomingMessage, requestId: string): Context =>
    contextBeforeCaller({
      em: orm.em.fork(),
      viewer: null,
      clock,
      config,
      logger: logger.child({ requestId }),
      requestId,
      clientAddress: clientAddressOf(req, config.trustProxy),
      events,
      sessions: sessions.cache,
    });
  const contextFor = async (req: IncomingMessage, authorization: string | undefined, requestId: string): Promise<Context> => {
    const context = anonymousContext(req, requestId);
    await identify(context, authorization);
    return context;
  };

  // Each caller's query-cost budget: an API token's own, a signed-in user's (all their sessions
  // together), an anonymous caller's address's.
  const charge = costBudget(config.costBudget);
  const budgetKey = ({ viewer, clientAddress }: Context) =>
    viewer ? (viewer.apiTokenId !== null ? `cost:token:${viewer.apiTokenId}` : `cost:user:${viewer.userId}`) : `cost:address:${clientAddress}`;
  const chargeCaller = (context: Context, cost: number) => charge(context.em, budgetKey(context), cost);

  const sameRights = (a: Viewer, b: Viewer) =>
    a.userId === b.userId && a.shopId === b.shopId && a.role === b.role && a.teamId === b.teamId && a.ledTeamId === b.ledTeamId && a.readOnly === b.readOnly;
  const pipeline = new GraphqlPipeline<Context>({ limits, maxCost: config.limits.maxCost, development: config.nodeEnv === 'development', identify, charge: chargeCaller });
  const sockets = startWebSocketServer<Context>({
    httpServer,
    schema,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    maxTokens: config.limits.maxTokens,
    admit: (document, operationName, variables, context) => pipeline.admit(document, operationName, variables, context),
    connect: async (authorization, request) => {
      const context = await contextFor(request, authorization, randomUUID());
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
    formatError: (error, context) => pipeline.formatSocketError(error, context),
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
    // The process's shutdown drains first and stops Apollo after (main.ts); Apollo's own signal
    // handlers (on outside NODE_ENV=test) would stop it at once under requests in flight.
    stopOnTerminationSignals: false,
    // Counting tokens while parsing bounds every later walk of the document (validation, limits).
    parseOptions: { maxTokens: config.limits.maxTokens },
    includeStacktraceInErrorResponses: config.nodeEnv === 'development',
    formatError: (formatted, error) => pipeline.mask(withTokenLimitCode(formatted), error),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of authenticated data, and its per-field hook costs every field a wrapper.
      ApolloServerPluginCacheControlDisabled(),
      pipeline.apolloPlugin(),
      inFlight.plugin,
      metrics.plugin<Context>(),
    ],
  });
  await apollo.start();

  const contextOf = async (req: IncomingMessage) => anonymousContext(req, (req as RequestWithId).id ?? randomUUID());
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
  app.get('/metrics', (req, res) => void metrics.serve(req, res, config.metricsToken));
  metrics.observe({
    pools: () => poolStats(orm),
    events: () => ({ listening: events.listening, reconnects: events.reconnects, lagSeconds: events.lastLagMs === null ? null : events.lastLagMs / 1000 }),
    inFlightRequests: () => drain.inFlight,
    openSockets: () => sockets.size,
  });
  app.get('/readyz', async (_req, res) => {
    if (drain.draining) {
      res.status(503).json({ status: 'shutting down' });
      return;
    }
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
  const callerOf = async (req: IncomingMessage) => (await authenticate(req.headers.authorization, orm.em.fork(), config.jwtSecret, clock.now(), sessions.cache))?.viewer ?? null;
  app.post('/uploads', uploadRoute({ orm, maxBytes: config.maxUploadBytes, callerOf }));
  app.get('/bulk-imports/:id/errors.csv', importErrorsRoute({ orm, callerOf }));
  app.use(ideRouter());
  // Exports read through the schema as the link's maker, so every field's access rule applies.
  const runAs = (viewer: Viewer) => async (document: string, variables: Record<string, unknown>) => {
    const requestId = randomUUID();
    const contextValue = buildContext({ em: orm.em.fork(), viewer, clock, config, logger: logger.child({ requestId }), requestId, clientAddress: 'export', events, sessions: sessions.cache });
    const result = await execute({ schema, document: parse(document), variableValues: variables, contextValue });
    if (result.errors?.length) throw result.errors[0].originalError ?? result.errors[0];
    return result.data as Record<string, any>;
  };
  app.get('/exports/:token', exportRoute({ secret: config.jwtSecret, clock, logger, em: () => orm.em.fork(), runAs }));
  app.use(consoleRouter(config.consoleDir));
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
  let stopping: Promise<void> | undefined;
  return {
    url: `http://localhost:${actualPort}/graphql`,
    port: actualPort,
    httpServer,
    inFlight: () => drain.inFlight,
    subscribers: (topic) => events.subscribers(topic),
    stop: () => (stopping ??= (async () => {
      await drain.drain();
      await sockets.dispose();
      // A client that hung up lets its request count as answered before its operation ends; let
      // those operations finish too (within the grace) before the caller closes the pools.
      await inFlight.settled(Math.max(1000, drain.remainingMs()));
      await stopScheduler();
      stoppingJobs = true;
      await worker?.stop();
      await apollo.stop();
      sessions.stop();
      for (const stop of stopRechecks) stop();
      await events.stop();
    })()),
  };
}

