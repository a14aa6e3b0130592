import { EntityName, EntityProperty, FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryValue, sql, Sql } from '../db/sql';
import { Page, pageRequest, PageArgs, SortDirection, toPage } from './connection';
import type { RowsById } from './loader';
import { findPlain, fromJsonRows, metadataOf, rowReader, selectPlain } from './plain';
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

/** A relation of a page's items whose rows come in the page's own statement (see `selectPage`). */
export interface PageInclude<T> {
  /** The many-to-one property of the item, e.g. `customer`. */
  relation: keyof T & string;
  /** The loader the related rows prime; its own condition chooses them, so access rules hold. */
  loader: RowsById;
}

/** The relations of `related` that the query reads on the page's items (`nodeFieldsOf`). */
export function pageIncludes<T>(wanted: ReadonlySet<string>, related: Partial<Record<keyof T & string, RowsById>>): PageInclude<T>[] {
  return (Object.keys(related) as (keyof T & string)[]).filter((relation) => wanted.has(relation)).map((relation) => ({ relation, loader: related[relation]! }));
}

/**
 * `findPage` over hand-written SQL, for the hot lists: `where` is a condition over the entity's
 * table under `alias`. The same keyset rule: a page after a cursor is an index range scan on
 * (sort key, id), and the total is counted only when a client asks for `totalCount`. Each of
 * `include` brings the rows the page's items point to in the same statement and primes its
 * loader with them, so the next level of the query does not wait for a round trip of its own.
 */
export async function selectPage<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  where: Sql,
  sort: { property: keyof T & string; direction: SortDirection },
  args: PageArgs,
  include: PageInclude<T>[] = [],
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
      ? await selectPlain(em, entity, alias, condition, { orderBy, limit: page.limit + 1 })
      : await selectPageWith(em, entity, alias, condition, orderBy, page.limit + 1, include);
  const count = () => queryValue<number>(em, sql`select count(*)::int from ${sql.raw(`"${meta.tableName}" ${alias}`)} where ${where}`);
  return toPage(rows, page, (row) => row[sort.property] as unknown as Date | string | number, count);
}

async function selectPageWith<T extends { id: number }>(
  em: EntityManager,
  entity: EntityName<T>,
  alias: string,
  condition: Sql,
  orderBy: Sql,
  limit: number,
  include: PageInclude<T>[],
): Promise<T[]> {
  const meta = metadataOf(em, entity);
  const as = sql.raw(alias);
  const pageRows = sql`select * from ${sql.raw(`"${meta.tableName}"`)} ${as} where ${condition} order by ${orderBy} limit ${limit}`;
  const parts = [
    sql`(select coalesce(json_agg(${rowReader(em, entity).jsonRow(alias)} order by ${orderBy}), '[]') from page_rows ${as})`,
    ...include.map(({ relation, loader }) => {
      const column = sql.raw(`"${(meta.properties[relation as never] as EntityProperty<T>).fieldNames[0]}"`);
      return sql`(${loader.rowsSql(sql`array(select p.${column} from page_rows p)`)})`;
    }),
  ];
  const [pageJson, ...related] = await queryValue<unknown[][][]>(em, sql`with page_rows as (${pageRows}) select json_build_array(${sql.join(parts, ', ')})`);
  const rows = fromJsonRows(em, entity, pageJson);
  include.forEach(({ relation, loader }, i) => {
    const ids = new Set<number>();
    for (const row of rows) {
      const target = row[relation] as { id: number } | null | undefined;
      if (target) ids.add(target.id);
    }
    loader.primeRows(ids, related[i]);
  });
  return rows;
}
