import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { readableCustomers } from './customer.access';
import { Customer } from './customer.entity';

/** Customers by id, batched per request, filtered by what the viewer may read. */
export function createCustomerLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    customerById: new RowByIdLoader(em, Customer, 'c', viewer ? (ids) => sql`c.id = any(${ids}) and ${readableCustomers(viewer, 'c')}` : null),
  };
}
