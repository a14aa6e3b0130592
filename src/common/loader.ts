import type { EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sql, Sql } from '../db/sql';
import { fromJsonRows, plainRowsSql, selectPlain } from './plain';

/** A DataLoader fetching rows by id in one statement, answering `null` for ids not found. */
export function byIdLoader<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): DataLoader<number, T | null> {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** What a page needs of a loader to bring its rows along (`RowByIdLoader`). */
export interface RowsById {
  rowsSql(ids: Sql): Sql;
  primeRows(ids: Iterable<number>, rows: unknown[][]): void;
}

/**
 * A DataLoader of read-only rows by id, chosen by one SQL condition over the entity's table
 * under `alias` (`null`: the caller may see none). The same condition can take its ids from a
 * subquery, so a page can bring the rows its items point to in its own statement and prime this
 * loader with them (`selectPage`'s `include`): the rows are exactly those a `load` would answer.
 */
export class RowByIdLoader<T extends { id: number }> extends DataLoader<number, T | null> implements RowsById {
  constructor(
    private readonly em: EntityManager,
    private readonly entity: EntityName<T>,
    private readonly alias: string,
    private readonly condition: ((ids: Sql) => Sql) | null,
  ) {
    super(async (ids) => {
      const rows = condition ? await selectPlain(em, entity, alias, condition(sql`${[...ids]}`)) : [];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** The statement answering, as one JSON array, the rows of the ids `ids` (an SQL array) chooses. */
  rowsSql(ids: Sql): Sql {
    return this.condition ? plainRowsSql(this.em, this.entity, this.alias, this.condition(ids)) : sql`select '[]'::json`;
  }

  /** Answers `ids` with the rows `rowsSql` sent (`null` for an id it did not send), without a query. */
  primeRows(ids: Iterable<number>, rows: unknown[][]): void {
    const byId = new Map(fromJsonRows(this.em, this.entity, rows).map((row) => [row.id, row]));
    for (const id of ids) this.prime(id, byId.get(id) ?? null);
  }
}

/**
 * Rows of a shop's table by id, never outside `shopId`: one statement whatever the batch size
 * (the ids travel as one array parameter, so the statement is prepared once per connection).
 */
export function shopRowByIdLoader<T extends { id: number }>(em: EntityManager, entity: EntityName<T>, shopId: number): RowByIdLoader<T> {
  return new RowByIdLoader(em, entity, 't', (ids) => sql`t.id = any(${ids}) and t.shop_id = ${shopId}`);
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
