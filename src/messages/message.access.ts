import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/** Message templates a viewer may read, under `alias` (`null`: none): admins and reviewers. */
export function visibleTemplates(viewer: Viewer, alias: string): Sql | null {
  return viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER ? sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}` : null;
}

/** Who keeps the templates: the shop's admins. */
export const mayEditTemplates = (viewer: Viewer) => viewer.role === Role.ADMIN;
