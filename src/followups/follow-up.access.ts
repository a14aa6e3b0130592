import type { FilterQuery } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { sql, Sql } from '../db/sql';
import { whereSql } from '../db/sql-filter';
import type { FollowUpTask } from './follow-up-task.entity';
import { salesReach } from '../users/team-reach';

/**
 * The follow-up tasks a viewer may see, over the tasks table under `alias` (null: none), shared
 * by every read path (`followUpTasks`, `node`, `customer.followUps`, `currentFollowUp`, loaders)
 * and every write check (through `whereSql`). SALES: their own (a lead: the team's); REVIEWER
 * and ADMIN: the shop's; CUSTOMER_SERVICE: none (they see a customer's stage only).
 */
export function visibleTasks(viewer: Viewer, alias: string): Sql | null {
  const t = sql.raw(alias);
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return sql`${t}.shop_id = ${viewer.shopId}`;
    case Role.SALES:
      return sql`${t}.shop_id = ${viewer.shopId} and ${salesReach(viewer, sql`${t}.assignee_id`)}`;
    case Role.CUSTOMER_SERVICE:
      return null;
  }
}

/**
 * Whether the viewer may see the follow-up figures of the staff member in `userColumn` (a rep's
 * summary): ADMIN and REVIEWER anyone's in the shop, SALES their own and their team's as lead,
 * anyone their own.
 */
export function seesWorkOf(viewer: Viewer, userColumn: Sql): Sql {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.REVIEWER:
      return sql`true`;
    case Role.SALES:
      return salesReach(viewer, userColumn);
    case Role.CUSTOMER_SERVICE:
      return sql`${userColumn} = ${viewer.userId}`;
  }
}

/** Whether the viewer sees every follow-up of the shop (so a customer's kept open count is theirs). */
export function seesEveryTask(viewer: Viewer): boolean {
  return viewer.role === Role.ADMIN || viewer.role === Role.REVIEWER;
}

/** `visibleTasks` for the services that load tasks through MikroORM (null: none). */
export function visibleTaskFilter(viewer: Viewer): FilterQuery<FollowUpTask> | null {
  return visibleTasks(viewer, 'x') === null ? null : whereSql<FollowUpTask>((alias) => visibleTasks(viewer, alias)!);
}
