import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { ofReadableCustomer } from '../customers/customer.access';
import { sql } from '../db/sql';
import { Order } from './order.entity';

/** Orders by id, seen with their customer: only by who may read that customer. */
export function createOrderLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    orderById: new RowByIdLoader(em, Order, 'o', viewer ? (ids) => sql`o.id = any(${ids}) and ${ofReadableCustomer(viewer, 'o')}` : null),
  };
}
