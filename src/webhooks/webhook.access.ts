import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/** Endpoints and outbox events a viewer may read, under `alias` (`null`: none): admins and reviewers. */
export function visibleWebhooks(viewer: Viewer, alias: string): Sql | null {
  return viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER ? sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}` : null;
}
