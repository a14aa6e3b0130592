import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/**
 * The registration sheets a viewer may see, as a condition on `registration_sheets` under
 * `alias` (`null`: none, sales reps). Reviewers and admins see the shop's; customer service
 * their own. The only statement of this rule: reads, lists and the services' loads use it.
 */
export function visibleSheets(viewer: Viewer, alias: string): Sql | null {
  const shop = sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}`;
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return shop;
    case Role.CUSTOMER_SERVICE:
      return sql`${shop} and ${sql.raw(alias)}.author_id = ${viewer.userId}`;
    case Role.SALES:
      return null;
  }
}

/** Entries a viewer may see, on `registration_entries` under `alias`: those of the sheets they may see. */
export function visibleEntries(viewer: Viewer, alias: string): Sql | null {
  const sheets = visibleSheets(viewer, 'vs');
  return sheets && sql`${sql.raw(alias)}.shop_id = ${viewer.shopId} and exists (select 1 from registration_sheets vs where vs.id = ${sql.raw(alias)}.sheet_id and ${sheets})`;
}
