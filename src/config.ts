import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './common/project-root';

/** Every setting the server reads from the environment, validated in one place. */
export interface AppConfig {
  port: number;
  /** `undefined` means: start an embedded PostgreSQL in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  jwtSecret: string;
  /** The local key provider's master key (DATA_MASTER_KEY, or generated once in the data folder): shop keys are derived from it. */
  dataMasterKey: Buffer;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  nodeEnv: 'development' | 'production' | 'test';
  seedDemo: boolean;
  /** Seconds between runs of the in-server jobs (payment reminders); 0 turns them off. */
  jobsIntervalSeconds: number;
  /** Query limits: over any of them a request is refused before it runs. */
  limits: { maxDepth: number; maxAliases: number; maxDirectives: number; maxTokens: number; maxCost: number; maxBodyBytes: number };
  /** GraphQL HTTP requests run at once (the rest wait in order), and how many may wait. */
  admission: { concurrency: number; maxQueued: number };
  /** Seconds a session's caller (user, led team, shop) is kept between requests; 0 reads it every time. */
  sessionCacheSeconds: number;
  /** Hours a sign-in lasts (by the server's clock); then the session token is refused. */
  sessionHours: number;
  /** Jobs of the queue (bulk imports) this instance runs at once; 0 runs none here. */
  jobsConcurrency: number;
  /** Whether this instance's queue worker runs the periodic tasks (reviving stalled imports, detecting KPI incidents). */
  jobsCron: boolean;
  /** Which addresses webhook endpoints may point at besides public ones: none, loopback (a receiver on this machine), or private networks too. */
  webhookTargets: 'public' | 'loopback' | 'private';
  /** Largest file `POST /uploads` takes. */
  maxUploadBytes: number;
  /** The web console's build (Vite's output), served at `/`. */
  consoleDir: string;
  /** Seconds an export's download link works (it also dies with the session or token that made it). */
  exportLinkSeconds: number;
  /**
   * Each caller's query-cost budget (a leaky bucket shared by every instance): what it holds and
   * what comes back per second. Capacity 0 turns it off.
   */
  costBudget: { capacity: number; restorePerSecond: number };
  /** Failed logins allowed per account and per client address before TOO_MANY_ATTEMPTS; either bucket refills whole in `windowSeconds`. */
  loginThrottle: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Bearer token that opens GET /metrics; unset, /metrics answers 404. */
  metricsToken: string | undefined;
  /** Seconds a shutdown (SIGTERM) waits for received requests to be answered before answering the rest 503. */
  shutdownGraceSeconds: number;
  /** Whether the peer is a load balancer whose X-Forwarded-For names the client (for per-address throttles). */
  trustProxy: boolean;
}

/** A setting that cannot be used; the message is the one line start-up prints. */
export class ConfigError extends Error {}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const NODE_ENVS = ['development', 'production', 'test'] as const;

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function boolSetting(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(true|1|yes)$/i.test(raw)) return true;
  if (/^(false|0|no)$/i.test(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function databaseUrlSetting(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL must be a URL like postgres://user@host:5432/dbname');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(`DATABASE_URL must use postgres://, got "${url.protocol}//"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL must name a database, e.g. postgres://postgres@127.0.0.1:5432/test');
  return raw;
}

/** Reads JWT_SECRET, or the secret generated once and kept in the data folder. */
function jwtSecretSetting(env: NodeJS.ProcessEnv, dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters long');
    return raw;
  }
  const file = path.join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

/** Reads DATA_MASTER_KEY (32 bytes or more, base64 or hex), or the key generated once and kept in the data folder. */
function dataMasterKeySetting(env: NodeJS.ProcessEnv, dataDir: string): Buffer {
  const raw = env.DATA_MASTER_KEY;
  if (raw !== undefined && raw !== '') {
    const key = /^[0-9a-f]+$/i.test(raw) && raw.length % 2 === 0 ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'base64');
    if (key.length < 32) throw new ConfigError('DATA_MASTER_KEY must hold at least 32 bytes (64 hex digits or 44 base64 characters)');
    return key;
  }
  const file = path.join(dataDir, 'data-master-key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64') + '\n', { mode: 0o600 });
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const dataDir = path.resolve(env.DATA_DIR || path.join(process.cwd(), '.data'));
  const nodeEnv = oneOf(env, 'NODE_ENV', NODE_ENVS, 'production');
  const maxCost = intSetting(env, 'MAX_QUERY_COST', 10000, 10, 10_000_000);
  return {
    port: intSetting(env, 'PORT', 4000, 0, 65535),
    databaseUrl: databaseUrlSetting(env),
    dataDir,
    jwtSecret: jwtSecretSetting(env, dataDir),
    dataMasterKey: dataMasterKeySetting(env, dataDir),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, nodeEnv === 'test' ? 'silent' : 'info'),
    nodeEnv,
    seedDemo: boolSetting(env, 'SEED_DEMO', true),
    jobsIntervalSeconds: intSetting(env, 'JOBS_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 60, 0, 86_400),
    limits: {
      maxDepth: intSetting(env, 'MAX_QUERY_DEPTH', 12, 2, 100),
      maxAliases: intSetting(env, 'MAX_QUERY_ALIASES', 30, 1, 1000),
      maxDirectives: intSetting(env, 'MAX_QUERY_DIRECTIVES', 50, 1, 1000),
      maxTokens: intSetting(env, 'MAX_QUERY_TOKENS', 3000, 100, 100_000),
      maxCost,
      maxBodyBytes: intSetting(env, 'MAX_BODY_BYTES', 1_000_000, 1024, 100_000_000),
    },
    admission: {
      concurrency: intSetting(env, 'GRAPHQL_CONCURRENCY', 6, 1, 1000),
      maxQueued: intSetting(env, 'GRAPHQL_MAX_QUEUED', 1000, 0, 1_000_000),
    },
    sessionCacheSeconds: intSetting(env, 'SESSION_CACHE_SECONDS', 60, 0, 3600),
    sessionHours: intSetting(env, 'SESSION_HOURS', 12, 1, 87_600),
    jobsConcurrency: intSetting(env, 'JOBS_CONCURRENCY', 2, 0, 32),
    jobsCron: boolSetting(env, 'JOBS_CRON', nodeEnv !== 'test'),
    // The demo's endpoint is `npm run demo:receiver` on this machine; a real shop (SEED_DEMO=false) reaches public addresses only.
    webhookTargets: oneOf(env, 'WEBHOOK_TARGETS', ['public', 'loopback', 'private'] as const, boolSetting(env, 'SEED_DEMO', true) ? 'loopback' : 'public'),
    maxUploadBytes: intSetting(env, 'MAX_UPLOAD_BYTES', 200_000_000, 1024, 2_000_000_000),
    consoleDir: path.resolve(env.CONSOLE_DIR || path.join(projectRoot(), 'dist/console')),
    exportLinkSeconds: intSetting(env, 'EXPORT_LINK_SECONDS', 300, 10, 86_400),
    costBudget: costBudgetSetting(env, maxCost),
    loginThrottle: {
      perAccount: intSetting(env, 'LOGIN_MAX_FAILURES', 10, 1, 10_000),
      perAddress: intSetting(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS', 50, 1, 1_000_000),
      windowSeconds: intSetting(env, 'LOGIN_THROTTLE_WINDOW_SECONDS', 900, 1, 86_400),
    },
    trustProxy: boolSetting(env, 'TRUST_PROXY', false),
    shutdownGraceSeconds: intSetting(env, 'SHUTDOWN_GRACE_SECONDS', 25, 1, 600),
    metricsToken: metricsTokenSetting(env),
  };
}

function metricsTokenSetting(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 16 || !/^[\x21-\x7e]+$/.test(raw)) throw new ConfigError('METRICS_TOKEN must be at least 16 printable characters without spaces');
  return raw;
}

function costBudgetSetting(env: NodeJS.ProcessEnv, maxCost: number): AppConfig['costBudget'] {
  const capacity = intSetting(env, 'COST_BUDGET_CAPACITY', Math.max(50_000, maxCost), 0, 1_000_000_000);
  if (capacity > 0 && capacity < maxCost) {
    throw new ConfigError(`COST_BUDGET_CAPACITY must be 0 (off) or at least MAX_QUERY_COST (${maxCost}), got "${capacity}": the costliest query allowed could never run`);
  }
  return { capacity, restorePerSecond: intSetting(env, 'COST_RESTORE_RATE', 5000, 1, 1_000_000_000) };
}
