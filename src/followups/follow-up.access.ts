import { FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';
import type { FollowUpTask } from './follow-up-task.entity';

/**
 * The follow-up tasks a viewer may see, shared by every read path (`followUpTasks`, `node`,
 * `customer.followUps`, `currentFollowUp`, loaders). SALES: their own (a lead: the team's);
 * REVIEWER and ADMIN: the shop's; CUSTOMER_SERVICE: none (they see a customer's stage only).
 */
export function visibleTasks(viewer: Viewer): FilterQuery<FollowUpTask> | null {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return { shop: viewer.shopId };
    case Role.SALES:
      return viewer.ledTeamId === null
        ? { shop: viewer.shopId, assignee: viewer.userId }
        : { shop: viewer.shopId, $or: [{ assignee: viewer.userId }, { assignee: { team: viewer.ledTeamId } }] };
    case Role.CUSTOMER_SERVICE:
      return null;
  }
}

/** Whether the viewer sees every follow-up of the shop (so a customer's kept open count is theirs). */
export function seesEveryTask(viewer: Viewer): boolean {
  return viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER;
}

/**
 * `visibleTasks` as SQL over the follow-up tasks table under `alias` (null: none), for the
 * hand-written read paths. Keep the two in step: a test checks they choose the same tasks for
 * every kind of viewer.
 */
export function visibleTasksSql(viewer: Viewer, alias: string): Sql | null {
  const t = sql.raw(alias);
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return sql`${t}.shop_id = ${viewer.shopId}`;
    case Role.SALES:
      return viewer.ledTeamId === null
        ? sql`${t}.shop_id = ${viewer.shopId} and ${t}.assignee_id = ${viewer.userId}`
        : sql`${t}.shop_id = ${viewer.shopId} and (${t}.assignee_id = ${viewer.userId} or ${t}.assignee_id in (select u.id from users u where u.team_id = ${viewer.ledTeamId}))`;
    case Role.CUSTOMER_SERVICE:
      return null;
  }
}
