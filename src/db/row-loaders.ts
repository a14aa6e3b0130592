import { EntityName, Utils } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { sql, Sql } from './sql';
import { ColumnChoice, fromJsonRows, metadataOf, rowReader, selectPlain } from './rows';

/**
 * A DataLoader of rows by id, answering `null` for ids not found, that also answers at once what
 * the request has read already (`read`). graphql-js resolves an object whose fields are all plain
 * values in one go; one promise among them makes it wait and gather, which on a page of 50 items
 * with relations was a good part of a request's work.
 */
export class ByIdLoader<T extends { id: number }> extends DataLoader<number, T | null> {
  private readonly known = new Map<number, T | null>();

  constructor(fetch: (ids: number[]) => Promise<T[]>) {
    super(async (ids) => {
      const rows = await fetch([...ids]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => {
        const row = byId.get(id) ?? null;
        this.known.set(id, row);
        return row;
      });
    });
  }

  /** The row of `id` now if this request has read it (or knows it is not there), else a promise. */
  read(id: number): T | null | Promise<T | null> {
    const row = this.known.get(id);
    return row !== undefined || this.known.has(id) ? row! : this.load(id);
  }

  override prime(id: number, value: T | null | PromiseLike<T | null> | Error): this {
    if (!this.known.has(id) && (value === null || (typeof value === 'object' && !(value instanceof Error) && !('then' in value)))) this.known.set(id, value as T | null);
    return super.prime(id, value as T | null);
  }

  override clear(id: number): this {
    this.known.delete(id);
    return super.clear(id);
  }

  override clearAll(): this {
    this.known.clear();
    return super.clearAll();
  }
}

/** A `ByIdLoader` fetching rows by id in one statement. */
export function byIdLoader<T extends { id: number }>(fetch: (ids: number[]) => Promise<T[]>): ByIdLoader<T> {
  return new ByIdLoader(fetch);
}

/** What a page needs of a loader to bring its rows along (see `page-include.ts`). */
export interface RowsById {
  /** The entity of the rows, by name (whose relations a page may bring in turn). */
  readonly entityName: string;
  /** `select *` of the rows whose ids `ids` (an SQL array) chooses, under the loader's condition. */
  selectSql(ids: Sql): Sql;
  /** The rows of `source` (a WITH query of `selectSql`) as one JSON array of `jsonRow`s of `columns` (`null`: all). */
  jsonSql(source: string, columns: ColumnChoice | null): Sql;
  /** Answers `ids` with the rows `jsonSql` sent (`null` for an id it did not send); returns them. */
  primeRows(ids: Iterable<number>, rows: unknown[][], columns: ColumnChoice | null): object[];
}

/**
 * A DataLoader of read-only rows by id, chosen by one SQL condition over the entity's table
 * under `alias` (`null`: the caller may see none). The same condition can take its ids from a
 * subquery, so a page can bring the rows its items point to in its own statement and prime this
 * loader with them: the rows are exactly those a `load` would answer.
 */
export class RowByIdLoader<T extends { id: number }> extends ByIdLoader<T> implements RowsById {
  constructor(
    private readonly em: EntityManager,
    readonly entity: EntityName<T>,
    private readonly alias: string,
    private readonly condition: ((ids: Sql) => Sql) | null,
  ) {
    // Rows by id: the same plan whatever the ids.
    super((ids) => (condition ? selectPlain(em, entity, alias, condition(sql`${ids}`), { genericPlan: true }) : Promise.resolve([])));
  }

  get entityName(): string {
    return Utils.className(this.entity);
  }

  selectSql(ids: Sql): Sql {
    const from = sql.raw(`"${metadataOf(this.em, this.entity).tableName}" ${this.alias}`);
    return sql`select * from ${from} where ${this.condition ? this.condition(ids) : sql`false`}`;
  }

  jsonSql(source: string, columns: ColumnChoice | null): Sql {
    return sql`select coalesce(json_agg(${rowReader(this.em, this.entity).shape(columns).jsonRow(this.alias)}), '[]') from ${sql.raw(`${source} ${this.alias}`)}`;
  }

  primeRows(ids: Iterable<number>, rows: unknown[][], columns: ColumnChoice | null): T[] {
    const read = fromJsonRows(this.em, this.entity, rows, columns);
    const byId = new Map(read.map((row) => [row.id, row]));
    for (const id of ids) this.prime(id, byId.get(id) ?? null);
    return read;
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
