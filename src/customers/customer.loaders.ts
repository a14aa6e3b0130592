import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { byIdLoader } from '../common/loader';
import { selectPlain } from '../common/plain';
import { sql } from '../db/sql';
import { readableCustomersSql } from './customer.access';
import { Customer } from './customer.entity';

/** Customers by id, batched per request, filtered by what the viewer may read. */
export function createCustomerLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    customerById: byIdLoader((ids) =>
      viewer ? selectPlain(em, Customer, 'c', sql`c.id = any(${ids}) and ${readableCustomersSql(viewer, 'c')}`) : Promise.resolve([]),
    ),
  };
}
