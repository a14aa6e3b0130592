import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import type { Knex } from '@mikro-orm/postgresql';
import { isConnectionLost } from './connection-lost';
import { knexBindings, knexText } from './knex-bindings';

/**
 * A piece of SQL and its parameters. Values interpolated into `sql\`…\`` become `$n`
 * parameters, never text; other `Sql` pieces are spliced in with their own parameters. Only
 * `sql.raw` puts text into the statement, and it is given identifiers from entity metadata and
 * constant SQL, never input.
 */
export class Sql {
  private cachedText: string | undefined;

  constructor(
    readonly parts: readonly string[],
    readonly values: readonly unknown[],
    /** Planned once for any parameters (`sql.genericPlan`); a piece spliced into another does not pass it on. */
    readonly genericPlan = false,
  ) {}

  /** The statement with `$1…$n` placeholders. */
  get text(): string {
    if (this.cachedText === undefined) {
      let text = this.parts[0];
      for (let i = 1; i < this.parts.length; i++) text += `$${i}${this.parts[i]}`;
      this.cachedText = text;
    }
    return this.cachedText;
  }
}

export function sql(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  const parts: string[] = [strings[0]];
  const params: unknown[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value instanceof Sql) {
      parts[parts.length - 1] += value.parts[0];
      for (let j = 0; j < value.values.length; j++) {
        params.push(value.values[j]);
        parts.push(value.parts[j + 1]);
      }
      parts[parts.length - 1] += strings[i + 1];
    } else {
      params.push(value);
      parts.push(strings[i + 1]);
    }
  }
  return new Sql(parts, params);
}

/**
 * The same statement, to be planned once for all parameter values. PostgreSQL plans a prepared
 * statement anew for each execution while it estimates that pays (it judged so for the pages
 * and their included rows), which cost about as much CPU as running them: 0.5–0.6 ms of a
 * follow-up queue's 1.2–1.6. Only for statements whose best plan does not depend on the
 * values (rows by id, keyset pages over an index); a report over a period is not one of them
 * (a generic plan made it four times dearer).
 */
sql.genericPlan = (query: Sql): Sql => new Sql(query.parts, query.values, true);

/** Trusted SQL text (identifiers from metadata, constant SQL); never input. */
sql.raw = (text: string): Sql => new Sql([text], []);

/** Pieces joined by a separator, e.g. conditions by ` and `. */
sql.join = (pieces: readonly Sql[], separator: string): Sql => {
  const parts = [''];
  const values: unknown[] = [];
  pieces.forEach((piece, i) => {
    parts[parts.length - 1] += (i > 0 ? separator : '') + piece.parts[0];
    for (let j = 0; j < piece.values.length; j++) {
      values.push(piece.values[j]);
      parts.push(piece.parts[j + 1]);
    }
  });
  return new Sql(parts, values);
};

/** Conditions joined by ` and ` (`true` when none); `null`, `undefined`, `false` and `''` (what `filter?.x && …` gives) are left out. */
sql.and = (pieces: readonly (Sql | null | undefined | false | '')[]): Sql => {
  const present = pieces.filter((piece): piece is Sql => piece instanceof Sql);
  return present.length === 0 ? sql.raw('true') : sql.join(present, ' and ');
};

const statementNames = new Map<string, string>();
const MAX_PREPARED_STATEMENTS = 500;

/**
 * A name per statement text, so node-postgres prepares each statement once per connection and
 * PostgreSQL parses it once: a loader's statement text is the same whatever the batch size
 * (ids travel as one array parameter). The texts come from code paths and from the mixes of
 * them that one request sends together (see `queryValue`), which clients can vary; past a
 * bound, new texts run unnamed, so no connection keeps more than that many prepared.
 */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `rl_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a statement on a connection of its own pool (`statementPool`), through node-postgres
 * directly: building a query through the ORM costs more than running it on the hot read paths,
 * and a named statement is prepared once per connection. Inside a transaction (an
 * EntityManager of `em.transactional`) it runs on the transaction's connection through
 * MikroORM's `execute`, so it sees the transaction's writes. The statement is logged like
 * MikroORM's own, so the tests count it.
 */
export async function queryRows<R = Record<string, unknown>>(em: EntityManager, query: Sql): Promise<R[]> {
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) return queryInTransaction<R>(em, transaction, query);
  try {
    return await queryOnce<R>(em, query);
  } catch (error) {
    // A statement whose connection was killed under it runs once more, on another connection.
    if (!isConnectionLost(error)) throw error;
    // Let the pool hear of the other connections that died with it before taking one again.
    await new Promise(setImmediate);
    return queryOnce<R>(em, query);
  }
}

/**
 * Parameters above this many go inlined through MikroORM's `execute` (PostgreSQL takes at most
 * 65,535 per statement); below, they go as parameters.
 */
const MAX_PARAMETERS = 65_535;

/**
 * A statement on the transaction's connection, its values sent as parameters through knex's
 * `raw`. MikroORM's `execute` would inline every value into the text first, which for a batch's
 * statement of thousands of values cost many times the statement itself (an import's trail rows:
 * 90 ms of text building for 8 ms in PostgreSQL).
 */
async function queryInTransaction<R>(em: EntityManager, transaction: Knex.Transaction, query: Sql): Promise<R[]> {
  if (query.values.length > MAX_PARAMETERS) return em.execute<R[]>(knexText(query), knexBindings(query.values), 'all');
  const logger = em.config.getLogger();
  const logging = logger.isEnabled('query');
  const started = logging ? Date.now() : 0;
  try {
    const result = await transaction.raw(knexText(query), knexBindings(query.values) as Knex.RawBinding[]);
    if (logging) logger.logQuery({ query: query.text, params: query.values as unknown[], took: Date.now() - started, results: result.rows.length, level: 'info' });
    return result.rows as R[];
  } catch (error) {
    if (logging) logger.logQuery({ query: query.text, params: query.values as unknown[], took: Date.now() - started, level: 'error' });
    throw error;
  }
}

async function queryOnce<R>(em: EntityManager, query: Sql): Promise<R[]> {
  const text = query.text;
  const logger = em.config.getLogger();
  const logging = logger.isEnabled('query');
  const started = logging ? Date.now() : 0;
  const connection = await statementPool(em, query.genericPlan).connect();
  let failure: unknown;
  try {
    const result = await connection.query({ name: statementName(text), text, values: query.values as unknown[] });
    if (logging) logger.logQuery({ query: text, params: query.values as unknown[], took: Date.now() - started, results: result.rows.length, level: 'info' });
    return result.rows as R[];
  } catch (error) {
    failure = error;
    if (logging) logger.logQuery({ query: text, params: query.values as unknown[], took: Date.now() - started, level: 'error' });
    throw error;
  } finally {
    // A connection that was lost is destroyed, not handed to the next statement.
    connection.release(failure !== undefined && isConnectionLost(failure) ? (failure as Error) : undefined);
  }
}

/**
 * The two pools of connections this module's statements run on, beside MikroORM's (whose pool
 * is knex's, not for others to borrow from): one as PostgreSQL plans, one whose prepared
 * statements are planned once (`plan_cache_mode`), for the statements marked `sql.genericPlan`.
 * As large as MikroORM's, opened on first use, per ORM.
 */
const pools = new WeakMap<object, { ordinary?: Pool; generic?: Pool }>();
/** How the generic-plan connections name themselves in `pg_stat_activity`. */
export const GENERIC_PLAN_APPLICATION = 'retention-loop generic plans';
const STATEMENT_APPLICATION = 'retention-loop statements';

function poolsOf(em: Pick<EntityManager, 'config'>) {
  const owner = em.config as object;
  let owned = pools.get(owner);
  if (!owned) pools.set(owner, (owned = {}));
  return owned;
}

function statementPool(em: EntityManager, generic: boolean): Pool {
  const owned = poolsOf(em);
  const key = generic ? 'generic' : 'ordinary';
  let pool = owned[key];
  if (!pool) {
    pool = new Pool({
      connectionString: em.config.get('clientUrl'),
      max: em.config.get('pool')?.max ?? 10,
      ...(generic ? { options: '-c plan_cache_mode=force_generic_plan' } : {}),
      application_name: generic ? GENERIC_PLAN_APPLICATION : STATEMENT_APPLICATION,
      idleTimeoutMillis: 30_000,
      allowExitOnIdle: true,
    });
    // An idle connection that breaks is dropped; the next statement opens another. A connection
    // checked out when its backend is killed emits 'error' with no pool listener attached, which
    // would end the process: every connection gets a listener of its own, and the statement
    // that was running on it fails and releases it for destruction.
    pool.on('error', () => undefined);
    pool.on('connect', (connection) => connection.on('error', () => undefined));
    owned[key] = pool;
  }
  return pool;
}

/** Connections of this module's pools (for the metrics; MikroORM's own pool is knex's and not counted here). */
export function poolStats(orm: MikroORM): { pool: string; used: number; idle: number; waiting: number }[] {
  const owned = poolsOf(orm.em);
  return (['ordinary', 'generic'] as const).flatMap((key) => {
    const pool = owned[key];
    return pool ? [{ pool: key === 'generic' ? 'generic_plans' : 'statements', used: pool.totalCount - pool.idleCount, idle: pool.idleCount, waiting: pool.waitingCount }] : [];
  });
}

/**
 * Closes every connection of `orm`: this module's pools, then MikroORM's. Always close an ORM
 * through this: an idle connection of a pool left open holds its database (a template cannot be
 * copied while anyone is connected to it).
 */
export async function closeOrm(orm: MikroORM): Promise<void> {
  const owned = poolsOf(orm.em);
  pools.delete(orm.em.config as object);
  await Promise.all([owned.ordinary?.end(), owned.generic?.end()]);
  await orm.close(true);
}

interface PendingValues {
  queries: Sql[];
  settle: { resolve(value: unknown): void; reject(error: unknown): void }[];
}
const pendingValues = new WeakMap<EntityManager, PendingValues>();

/**
 * Runs a statement that answers one value (a JSON aggregate, a count). The ones a request's
 * resolvers ask for in the same turn of the event loop, typically the DataLoaders of one level
 * of a query, go to PostgreSQL together as one statement, `select (a) as v0, (b) as v1…`: one
 * round trip instead of one each, which at this size costs more than the queries themselves.
 * If that statement fails, every query in it fails with the error. Inside a transaction (an
 * audit check freezing the compliance report) the statement runs on the transaction's own
 * connection (`queryRows`), so it sees the transaction's writes; one statement also keeps that
 * connection to one query at a time, which node-postgres requires.
 */
export function queryValue<T>(em: EntityManager, query: Sql): Promise<T> {
  let pending = pendingValues.get(em);
  if (!pending) {
    const batch: PendingValues = { queries: [], settle: [] };
    pendingValues.set(em, batch);
    // After the current microtasks and ticks, when DataLoaders have dispatched their batches.
    setImmediate(() => {
      pendingValues.delete(em);
      void runValues(em, batch);
    });
    pending = batch;
  }
  const batch = pending;
  return new Promise<T>((resolve, reject) => {
    batch.queries.push(query);
    batch.settle.push({ resolve: resolve as (value: unknown) => void, reject });
  });
}

async function runValues(em: EntityManager, { queries, settle }: PendingValues): Promise<void> {
  // The same queries in any order make the same statement, so it is prepared once.
  const order = queries.map((_, i) => i).sort((a, b) => (queries[a].text < queries[b].text ? -1 : queries[a].text > queries[b].text ? 1 : a - b));
  const columns = order.map((index, column) => sql`(${queries[index]}) as ${sql.raw(`v${column}`)}`);
  const statement = sql`select ${sql.join(columns, ', ')}`;
  try {
    const [row] = await queryRows(em, queries.every((query) => query.genericPlan) ? sql.genericPlan(statement) : statement);
    order.forEach((index, column) => settle[index].resolve(row[`v${column}`]));
  } catch (error) {
    for (const { reject } of settle) reject(error);
  }
}
