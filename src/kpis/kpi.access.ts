import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/** Promotions and KPI incidents a viewer may see, under `alias` (`null`: none): the shop's admins and reviewers. */
export function visibleShopKpis(viewer: Viewer, alias: string): Sql | null {
  return viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER ? sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}` : null;
}

/** Who keeps the promotion calendar: the shop's admins. */
export const mayEditPromotions = (viewer: Viewer) => viewer.role === Role.ADMIN;
