import { EntityName, FilterQuery, QueryOrder } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, pageRequest, PageArgs, SortDirection, toPage } from './connection';
import { findPlain } from './plain';
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
