import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { ofReadableCustomer } from '../customers/customer.access';
import { sql, Sql } from '../db/sql';

/**
 * Message templates a viewer may read, under `alias`: the shop's, for every role (whoever sends a
 * one-off message picks its template). Archived ones are listed only to `mayReadArchivedTemplates`.
 */
export function visibleTemplates(viewer: Viewer, alias: string): Sql {
  return sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}`;
}

/** Who lists archived templates too (the record of what was sent): admins and reviewers. */
export const mayReadArchivedTemplates = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER;

/** Who keeps the templates: the shop's admins. */
export const mayEditTemplates = (viewer: Viewer) => viewer.role === Role.ADMIN;

/** Messages of the ledger a viewer may read, under `alias`: those of the customers they may read. */
export function visibleMessages(viewer: Viewer, alias: string): Sql {
  return sql`${sql.raw(alias)}.shop_id = ${viewer.shopId} and ${viewer.role === Role.SALES ? ofReadableCustomer(viewer, alias) : sql`true`}`;
}

/** Who may record a customer's consent or send them a one-off message: anyone who serves customers (reviewers read only). */
export const mayContactCustomers = (viewer: Viewer) => viewer.role !== Role.REVIEWER;
