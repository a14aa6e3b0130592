import { EntityName, EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryValue, sql, Sql } from './sql';
import { Page, pageRequest, PageArgs, SortDirection, toPage } from '../common/connection';
import { PageInclude, selectWithIncludes } from './page-include';
import { metadataOf, selectPlain } from './rows';
import { columnsToRead, OperationFields } from './read-columns';

/**
 * One page of an entity's rows, the only paginator: `where` is a condition over the entity's
 * table under `alias`, `sort` orders (ties by id). Keyset ("seek") pagination: a page after a
 * cursor is an index range scan on (sort key, id), however deep; the total is counted only when
 * a client asks for `totalCount`. Each of
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
