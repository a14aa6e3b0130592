import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { selectPlain } from '../db/rows';
import { queryValue, sql } from '../db/sql';
import { visibleTasks } from './follow-up.access';
import { FollowUpTask } from './follow-up-task.entity';

/** Follow-up tasks by id and each customer's open ones, within the viewer's scope. */
export function createFollowUpLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? visibleTasks(viewer, 't') : null;
  return {
    followUpTaskById: new RowByIdLoader(em, FollowUpTask, 't', scope ? (ids) => sql`t.id = any(${ids}) and ${scope}` : null),
    /** Open follow-ups per customer that the viewer may see, counted in one statement. */
    openFollowUpCountByCustomer: new DataLoader<number, number>(async (customerIds) => {
      if (!scope) return customerIds.map(() => 0);
      const pairs = await queryValue<[number, number][]>(
        em,
        sql`select coalesce(json_agg(json_build_array(o.customer_id, o.open)), '[]') from (
              select t.customer_id, count(*)::int as open from follow_up_tasks t
               where t.customer_id = any(${customerIds}) and t.status = 'OPEN' and ${scope} group by t.customer_id) o`,
      );
      const counts = new Map(pairs);
      return customerIds.map((id) => counts.get(id) ?? 0);
    }),
    currentFollowUpByCustomer: new DataLoader<number, FollowUpTask | null>(async (customerIds) => {
      if (!scope) return customerIds.map(() => null);
      const open = await selectPlain(
        em,
        FollowUpTask,
        't',
        sql`t.customer_id = any(${customerIds}) and t.status = 'OPEN' and ${scope}`,
        { orderBy: sql`t.due_at, t.id` },
      );
      const first = new Map<number, FollowUpTask>();
      for (const task of open) if (!first.has(task.customer.id)) first.set(task.customer.id, task);
      return customerIds.map((id) => first.get(id) ?? null);
    }),
  };
}
