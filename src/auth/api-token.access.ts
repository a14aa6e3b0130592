import { sql, Sql } from '../db/sql';
import { Role } from './role';
import type { Viewer } from './viewer';

/**
 * The API tokens a viewer may see, as a condition on `api_tokens` under `alias`: their own; an
 * admin every token of the shop. The only statement of the rule: the loader (node, the audit
 * trail's `apiToken`), the list and revocation use it.
 */
export function visibleTokens(viewer: Viewer, alias: string): Sql {
  const shop = sql`${sql.raw(alias)}.shop_id = ${viewer.shopId}`;
  return viewer.role === Role.ADMIN ? shop : sql`${shop} and ${sql.raw(alias)}.user_id = ${viewer.userId}`;
}
