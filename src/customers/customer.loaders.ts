import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { byIdLoader } from '../common/loader';
import { readableCustomers } from './customer.access';
import { Customer } from './customer.entity';

/** Customers by id, batched per request, filtered by what the viewer may read. */
export function createCustomerLoaders(em: EntityManager, viewer: Viewer | null) {
  return {
    customerById: byIdLoader((ids) => (viewer ? findPlain(em, Customer, { $and: [{ id: { $in: ids } }, readableCustomers(viewer)] }) : Promise.resolve([]))),
  };
}
