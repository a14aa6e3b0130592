import { QueryOrder } from '@mikro-orm/core';
import { SortDirection } from './connection';
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
