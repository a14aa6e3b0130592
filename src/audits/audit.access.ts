import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

const isAuditor = (viewer: Viewer) => viewer.role === Role.REVIEWER || viewer.role === Role.ADMIN;

/** Audit checks a viewer may see, on `audit_checks` under `alias` (`null`: none): the review department's and admins'. */
export function visibleChecks(viewer: Viewer, alias: string): Sql | null {
  return isAuditor(viewer) ? sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}` : null;
}

/** Findings a viewer may see, on `audit_findings` under `alias`: every one for auditors, else those about the viewer. */
export function visibleFindings(viewer: Viewer, alias: string): Sql {
  const shop = sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}`;
  return isAuditor(viewer) ? shop : sql`${shop} and ${sql.raw(alias)}.subject_user_id = ${viewer.userId}`;
}
