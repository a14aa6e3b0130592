import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';

/** Conversations a viewer may see, under `alias` (`null`: none): admins and reviewers the shop's, an agent their own. */
export function visibleConversations(viewer: Viewer, alias: string): Sql | null {
  const a = sql.raw(alias);
  if (viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER) return sql`${a}.shop_id = ${viewer.shopId}`;
  if (viewer.role === Role.CUSTOMER_SERVICE) return sql`${a}.shop_id = ${viewer.shopId} and ${a}.agent_id = ${viewer.userId}`;
  return null;
}

/** Who logs conversations: admins (for any agent, e.g. a CS tool's API token) and agents (their own). */
export const mayLogConversations = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.CUSTOMER_SERVICE;

/** Who reviews the chats of unconverted inquiries: the review department and admins. */
export const mayReviewConversations = (viewer: Viewer) => viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER;
