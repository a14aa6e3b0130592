import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';
import { whereSql } from '../db/sql-filter';
import { salesReach } from '../users/team-reach';
import type { Customer } from './customer.entity';

/**
 * The customers a viewer may read, over the customers table under `alias`: the one condition
 * every read path (`customer`, `node`, `customers`, loaders, counts) and every write check
 * (through `whereSql`) shares, so no path can see more than another.
 * SALES: own customers, plus the team's when leading it. Others: the whole shop.
 */
export function readableCustomers(viewer: Viewer, alias: string): Sql {
  const c = sql.raw(alias);
  if (viewer.role !== Role.SALES) return sql`${c}.shop_id = ${viewer.shopId}`;
  return sql`${c}.shop_id = ${viewer.shopId} and ${salesReach(viewer, sql`${c}.owner_id`)}`;
}

/** Rows of another table whose `customer_id` names a customer the viewer may read. */
export function ofReadableCustomer(viewer: Viewer, alias: string): Sql {
  return sql`${sql.raw(alias)}.customer_id in (select c.id from customers c where ${readableCustomers(viewer, 'c')})`;
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

/** `readableCustomers` for the services that load customers through MikroORM to change them. */
export function readableCustomerFilter(viewer: Viewer): FilterQuery<Customer> {
  return whereSql<Customer>((alias) => readableCustomers(viewer, alias));
}

/** `ofReadableCustomer` for entities loaded through MikroORM (coupons). */
export function ofReadableCustomerFilter<T>(viewer: Viewer): FilterQuery<T> {
  return whereSql<T>((alias) => ofReadableCustomer(viewer, alias));
}
