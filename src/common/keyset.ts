import { EntityName, EntityProperty, FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryValue, sql, Sql } from '../db/sql';
import { Page, pageRequest, PageArgs, SortDirection, toPage } from './connection';
import { PageInclude, selectWithIncludes } from './page-include';
import { findPlain, metadataOf, selectPlain } from './plain';
import { columnsToRead, OperationFields } from './read-columns';
import type { PageRequest } from './connection';

/**
 * Keyset ("seek") pagination on (sort key, id): a page after a cursor is an index range scan,
 * however deep the page. Returns the where condition and the order to use.
 */
export function keyset(property: string, direction: SortDirection, after: PageRequest['after'], isDate: boolean) {
  const order = direction === SortDirection.ASC ? QueryOrder.ASC : QueryOrder.DESC;
  const orderBy = { [property]: order, id: order };
  if (!after) return { where: {}, orderBy };
  const op = direction === SortDirection.ASC ? '$gt' : '$lt';
  const value = isDate ? new Date(String(after.value)) : after.value;
  return {
    where: { $or: [{ [property]: { [op]: value } }, { [property]: value, id: { [op]: after.id } }] },
    orderBy,
  };
}

/**
 * One keyset-paginated page of an entity: `where` filters, `sort` orders (ties by id), and the
 * total is counted only when a client asks for `totalCount`.
 */
export async function findPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  sort: { property: keyof T & string; direction: SortDirection },
  args: PageArgs,
): Promise<Page<T>> {
  const page = pageRequest(args);
  const isDate = sort.property !== 'id' && em.getMetadata().find(entity as never)?.properties[sort.property]?.runtimeType === 'Date';
  const seek = keyset(sort.property, sort.direction, page.after, isDate);
  const rows = await findPlain(em, entity, { $and: [where, seek.where] } as FilterQuery<T>, { orderBy: seek.orderBy as never, limit: page.limit + 1 });
  return toPage(rows, page, (row) => row[sort.property] as unknown as Date | string | number, () => em.count(entity, where));
}

/**
 * `findPage` over hand-written SQL, for the hot lists: `where` is a condition over the entity's
 * table under `alias`. The same keyset rule: a page after a cursor is an index range scan on
 * (sort key, id), and the total is counted only when a client asks for `totalCount`. Each of
 * `include` brings the rows the page's items point to in the same statement and primes its
 * loader with them, so the next level of the query does not wait for a round trip of its own.
 * With `fields` (what the operation selects, `operationFieldsOf`), the rows carry only the
 * columns it can read (see `read-columns.ts`). A `where` marked `sql.genericPlan` makes the page's
 * statement planned once for all values.
 */
export async function selectPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  where: Sql,
  sort: { property: keyof T & string; direction: SortDirection },
  args: PageArgs,
  include: PageInclude[] = [],
  fields?: OperationFields,
): Promise<Page<T>> {
  const page = pageRequest(args);
  const meta = metadataOf(em, entity);
  const prop = meta.properties[sort.property as never] as EntityProperty<T>;
  const key = sql.raw(`${alias}."${prop.fieldNames[0]}"`);
  const id = sql.raw(`${alias}.id`);
  const ascending = sort.direction === SortDirection.ASC;
  let condition = where;
  if (page.after) {
    const op = sql.raw(ascending ? '>' : '<');
    const value = prop.runtimeType === 'Date' ? new Date(String(page.after.value)) : page.after.value;
    condition = sql`${where} and (${key} ${op} ${value} or (${key} = ${value} and ${id} ${op} ${page.after.id}))`;
  }
  const direction = sql.raw(ascending ? 'asc' : 'desc');
  const orderBy = sql`${key} ${direction}, ${id} ${direction}`;
  const rows =
    include.length === 0
      ? await selectPlain(em, entity, alias, condition, { orderBy, limit: page.limit + 1, columns: columnsToRead(meta, fields, [sort.property]), genericPlan: where.genericPlan })
      : await selectWithIncludes(em, entity, alias, sql`select * from ${sql.raw(`"${meta.tableName}" ${alias}`)} where ${condition} order by ${orderBy} limit ${page.limit + 1}`, orderBy, include, { fields, sortProperty: sort.property, genericPlan: where.genericPlan });
  const count = () => queryValue<number>(em, sql`select count(*)::int from ${sql.raw(`"${meta.tableName}" ${alias}`)} where ${where}`);
  return toPage(rows, page, (row) => row[sort.property] as unknown as Date | string | number, count);
}
