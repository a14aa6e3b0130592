import { FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';
import type { Customer } from './customer.entity';

/**
 * The customers a viewer may read, as one condition every read path shares (`customer`,
 * `node`, `customers`, loaders), so no nested path can see more than the root query.
 * SALES: own customers, plus the team's when leading it. Others: the whole shop.
 */
export function readableCustomers(viewer: Viewer): FilterQuery<Customer> {
  if (viewer.role !== Role.SALES) return { shop: viewer.shopId };
  if (viewer.ledTeamId === null) return { shop: viewer.shopId, owner: viewer.userId };
  return { shop: viewer.shopId, $or: [{ owner: viewer.userId }, { owner: { team: viewer.ledTeamId } }] };
}

/**
 * `readableCustomers` as SQL over the customers table under `alias`, for the hand-written read
 * paths (loaders, the customer list). Keep the two in step: a test checks they choose the same
 * customers for every kind of viewer.
 */
export function readableCustomersSql(viewer: Viewer, alias: string): Sql {
  const c = sql.raw(alias);
  if (viewer.role !== Role.SALES) return sql`${c}.shop_id = ${viewer.shopId}`;
  if (viewer.ledTeamId === null) return sql`${c}.shop_id = ${viewer.shopId} and ${c}.owner_id = ${viewer.userId}`;
  return sql`${c}.shop_id = ${viewer.shopId} and (${c}.owner_id = ${viewer.userId} or ${c}.owner_id in (select u.id from users u where u.team_id = ${viewer.ledTeamId}))`;
}

/**
 * Whether the viewer may change a customer they can read. REVIEWER changes no customer;
 * CUSTOMER_SERVICE corrects the customers they registered; SALES what they may read.
 */
export function canEditCustomer(viewer: Viewer, customer: Customer): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.SALES:
      return true;
    case Role.CUSTOMER_SERVICE:
      return customer.createdBy.id === viewer.userId;
    case Role.REVIEWER:
      return false;
  }
}
