import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';

/**
 * One leaky bucket of a throttle, shared by every instance: `tokens` as of `updatedAt`, refilled
 * at the bucket's rate up to its capacity when next taken from. An UNLOGGED table (no WAL
 * write per request; a crash forgets the buckets, which then start full). Written with SQL only.
 */
@Entity({ tableName: 'throttle_buckets' })
export class ThrottleBucket {
  @PrimaryKey({ type: 'text' })
  key: string;

  @Property({ type: 'double precision' })
  tokens: number;

  @Property({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A bucket's shape: how much it holds, and how much comes back per second. */
export interface BucketShape {
  capacity: number;
  restorePerSecond: number;
}

export interface Taken {
  admitted: boolean;
  /** What the bucket holds now (after the take, when admitted). */
  available: number;
  /** Seconds until `amount` is available again (0 when admitted). */
  retryAfterSeconds: number;
}

/**
 * Takes `amount` from the bucket `key` if it holds that much, in one atomic statement: the
 * refill since the last take and the take happen under the row's lock, so concurrent takes on
 * any number of instances never admit more than the bucket holds. A bucket never taken from is
 * full.
 */
export async function takeFromBucket(em: EntityManager, key: string, shape: BucketShape, amount: number): Promise<Taken> {
  const { capacity, restorePerSecond: rate } = shape;
  const [row] = await queryRows<{ taken: number | null; available: number | null }>(
    em,
    sql`with taken as (
          insert into throttle_buckets as b (key, tokens, updated_at)
          select ${key}, ${capacity}::float8 - ${amount}::float8, clock_timestamp() where ${amount}::float8 <= ${capacity}::float8
          on conflict (key) do update set
            tokens = least(${capacity}::float8, b.tokens + extract(epoch from excluded.updated_at - b.updated_at)::float8 * ${rate}::float8) - ${amount}::float8,
            updated_at = excluded.updated_at
          where least(${capacity}::float8, b.tokens + extract(epoch from excluded.updated_at - b.updated_at)::float8 * ${rate}::float8) >= ${amount}::float8
          returning tokens)
        select (select tokens from taken) as taken,
               (select least(${capacity}::float8, b.tokens + extract(epoch from clock_timestamp() - b.updated_at)::float8 * ${rate}::float8)
                  from throttle_buckets b where b.key = ${key}) as available`,
  );
  if (row.taken !== null) return { admitted: true, available: row.taken, retryAfterSeconds: 0 };
  const available = row.available ?? capacity;
  const missing = Math.max(0, amount - available);
  return { admitted: false, available, retryAfterSeconds: rate > 0 ? Math.ceil(missing / rate) : 3600 };
}

/** Gives `amount` back to a bucket (at most up to its capacity). */
export async function giveBack(em: EntityManager, key: string, shape: BucketShape, amount: number): Promise<void> {
  await queryRows(
    em,
    sql`update throttle_buckets set tokens = least(${shape.capacity}::float8, tokens + extract(epoch from clock_timestamp() - updated_at)::float8 * ${shape.restorePerSecond}::float8 + ${amount}::float8),
          updated_at = clock_timestamp() where key = ${key}`,
  );
}

/** Deletes buckets untouched for a day: they are full by then for any sensible rate. */
export async function pruneBuckets(em: EntityManager): Promise<void> {
  await queryRows(em, sql`delete from throttle_buckets where updated_at < now() - interval '1 day'`);
}

/** What a caller's query-cost budget says of one operation (as `extensions.cost.throttleStatus` reports it). */
export interface BudgetAnswer {
  admitted: boolean;
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
  /** Seconds until the operation would be admitted (when not admitted). */
  retryAfterSeconds?: number;
}

/** Charges an operation's cost to the bucket of its caller (`key`); `null` when budgets are off (capacity 0). */
export function costBudget(shape: BucketShape) {
  return async (em: EntityManager, key: string, cost: number): Promise<BudgetAnswer | null> => {
    if (shape.capacity === 0) return null;
    const taken = await takeFromBucket(em, key, shape, cost);
    return {
      admitted: taken.admitted,
      maximumAvailable: shape.capacity,
      currentlyAvailable: taken.available,
      restoreRate: shape.restorePerSecond,
      retryAfterSeconds: taken.retryAfterSeconds,
    };
  };
}
