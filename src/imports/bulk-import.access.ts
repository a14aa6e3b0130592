import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/** Bulk imports a viewer may see and start, on `bulk_imports` under `alias` (`null`: none): the shop's admins, who import orders. */
export function visibleImports(viewer: Viewer, alias: string): Sql | null {
  return viewer.role === Role.ADMIN ? sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}` : null;
}
