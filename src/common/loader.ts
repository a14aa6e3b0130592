import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sql } from '../db/sql';
import { selectPlain } from './plain';

/** A DataLoader fetching rows by id in one statement, answering `null` for ids not found. */
export function byIdLoader<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Rows of a shop's table by id, never outside `shopId`: one statement whatever the batch size
 * (the ids travel as one array parameter, so the statement is prepared once per connection).
 */
export function shopRowByIdLoader<T extends { id: number }>(em: EntityManager, entity: EntityName<T>, shopId: number): DataLoader<number, T | null> {
  return byIdLoader((ids) => selectPlain(em, entity, 't', sql`t.id = any(${ids}) and t.shop_id = ${shopId}`));
}

/** A DataLoader fetching the rows of many parents in one statement, grouped by parent id. */
export function groupLoader<T>(fetch: (keys: number[]) => Promise<T[]>, keyOf: (row: T) => number): DataLoader<number, T[]> {
  return new DataLoader<number, T[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<number, T[]>();
    for (const row of rows) {
      const key = keyOf(row);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
