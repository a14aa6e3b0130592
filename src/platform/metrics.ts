import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { sendJson } from '../common/http-json';

/** Operation names become label values: only names GraphQL allows, and at most this many distinct ones (the rest are "other"). */
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Error codes are ours (a closed set), but a label must never grow with input. */
const MAX_CODES = 100;

/** Gauges read when /metrics is scraped. */
export interface MetricSources {
  /** Connections of each pool: in use, idle, and requests waiting for one. */
  pools(): { pool: string; used: number; idle: number; waiting: number }[];
  events(): { listening: boolean; reconnects: number; lagSeconds: number | null };
  inFlightRequests(): number;
  openSockets(): number;
}

/**
 * The server's Prometheus metrics (prom-client, its own registry): requests and latency by
 * operation and outcome, errors by code, throttled requests, HTTP answers by status, pools,
 * the event listener, jobs, and the process's own. Served at /metrics only with METRICS_TOKEN
 * (`Authorization: Bearer <token>`): not public.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const names = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= MAX_OPERATION_NAMES) return 'other';
    names.add(name);
    return name;
  };
  const codes = new Set<string>();
  const codeLabel = (code: unknown) => {
    const text = typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'UNKNOWN';
    if (codes.has(text) || codes.size < MAX_CODES) {
      codes.add(text);
      return text;
    }
    return 'OTHER';
  };

  const operations = new Counter({ name: 'graphql_operations_total', help: 'GraphQL operations by operation name and outcome (ok, or the first error code).', labelNames: ['operation', 'outcome'], registers: [registry] });
  const latency = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its answer, by operation name and outcome.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({ name: 'graphql_errors_total', help: 'GraphQL errors by code.', labelNames: ['code'], registers: [registry] });
  const throttled = new Counter({ name: 'throttled_requests_total', help: 'Requests refused by a throttle: THROTTLED (query-cost budget), TOO_MANY_ATTEMPTS (logins), SERVER_BUSY (admission queue full).', labelNames: ['code'], registers: [registry] });
  const responses = new Counter({ name: 'http_responses_total', help: 'HTTP answers by status code.', labelNames: ['status'], registers: [registry] });
  const jobs = new Counter({ name: 'jobs_runs_total', help: 'Runs of the scheduled jobs by outcome (ok, failed).', labelNames: ['outcome'], registers: [registry] });
  let sources: MetricSources | undefined;
  new Gauge({
    name: 'db_pool_connections',
    help: 'Database pool connections by pool and state (used, idle, waiting = requests waiting for a connection).',
    labelNames: ['pool', 'state'],
    registers: [registry],
    collect() {
      for (const { pool, used, idle, waiting } of sources?.pools() ?? []) {
        this.set({ pool, state: 'used' }, used);
        this.set({ pool, state: 'idle' }, idle);
        this.set({ pool, state: 'waiting' }, waiting);
      }
    },
  });
  new Gauge({ name: 'event_bus_listening', help: '1 while this instance hears events from the database (LISTEN), 0 while reconnecting.', registers: [registry], collect() { this.set(sources?.events().listening ? 1 : 0); } });
  new Gauge({ name: 'event_bus_reconnects', help: 'Times the event listener lost its connection and made it again.', registers: [registry], collect() { this.set(sources?.events().reconnects ?? 0); } });
  new Gauge({ name: 'event_bus_lag_seconds', help: 'From the last event\'s publication to its delivery here.', registers: [registry], collect() { const lag = sources?.events().lagSeconds; if (lag !== null && lag !== undefined) this.set(lag); } });
  new Gauge({ name: 'http_requests_in_flight', help: 'HTTP requests received and not answered yet (running or queued).', registers: [registry], collect() { this.set(sources?.inFlightRequests() ?? 0); } });
  new Gauge({ name: 'websocket_connections', help: 'Open GraphQL WebSocket connections.', registers: [registry], collect() { this.set(sources?.openSockets() ?? 0); } });

  const countErrorCode = (code: unknown) => {
    const label = codeLabel(code);
    errors.inc({ code: label });
    if (label === 'THROTTLED' || label === 'TOO_MANY_ATTEMPTS') throttled.inc({ code: label });
  };

  return {
    registry,
    /** Where the gauges read from (set once the server's parts exist). */
    observe(from: MetricSources): void {
      sources = from;
    },
    jobRun(outcome: 'ok' | 'failed'): void {
      jobs.inc({ outcome });
    },
    /** Counts an HTTP answer by its status once it is sent. */
    response(res: ServerResponse): void {
      res.once('finish', () => responses.inc({ status: String(res.statusCode) }));
    },
    /** A request the admission queue had no room for. */
    busy(): void {
      throttled.inc({ code: 'SERVER_BUSY' });
    },
    /** Apollo plugin: one count and one latency per operation, and its errors by code. */
    plugin<C extends BaseContext>(): ApolloServerPlugin<C> {
      return {
        async requestDidStart() {
          const started = process.hrtime.bigint();
          return {
            async willSendResponse({ response, operationName, errors: requestErrors }) {
              const list = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : (requestErrors ?? []);
              for (const error of list) countErrorCode(error.extensions?.code);
              const outcome = list.length > 0 ? codeLabel(list[0].extensions?.code) : 'ok';
              const labels = { operation: operationLabel(operationName), outcome };
              operations.inc(labels);
              latency.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
            },
          };
        },
      };
    },
    /** GET /metrics: Prometheus text with the right bearer token; 404 when no token is set (not exposed at all). */
    async serve(req: IncomingMessage, res: ServerResponse, token: string | undefined): Promise<void> {
      if (!token) {
        sendJson(res, 404, { errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] });
        return;
      }
      const given = Buffer.from(req.headers.authorization ?? '');
      const wanted = Buffer.from(`Bearer ${token}`);
      if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
        res.setHeader('www-authenticate', 'Bearer');
        sendJson(res, 401, { errors: [{ message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>.', extensions: { code: 'UNAUTHENTICATED' } }] });
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', registry.contentType);
      res.end(await registry.metrics());
    },
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
