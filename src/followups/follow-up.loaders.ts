import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { byIdLoader } from '../common/loader';
import { visibleTasks } from './follow-up.access';
import { FollowUpStatus } from './follow-up.enums';
import { FollowUpTask } from './follow-up-task.entity';

/** Follow-up tasks by id and each customer's current (earliest due open) one, within the viewer's scope. */
export function createFollowUpLoaders(em: EntityManager, viewer: Viewer | null) {
  const scope = viewer ? visibleTasks(viewer) : null;
  return {
    followUpTaskById: byIdLoader((ids) => (scope ? findPlain(em, FollowUpTask, { $and: [{ id: { $in: ids } }, scope] }) : Promise.resolve([]))),
    /** Open follow-ups per customer that the viewer may see, counted in one statement. */
    openFollowUpCountByCustomer: new DataLoader<number, number>(async (customerIds) => {
      if (!scope) return customerIds.map(() => 0);
      // Open follow-ups are few per customer: fetch their ids and count here, in one statement.
      const open = await findPlain(em, FollowUpTask, { $and: [{ customer: { $in: [...customerIds] }, status: FollowUpStatus.OPEN }, scope] });
      const counts = new Map<number, number>();
      for (const task of open) counts.set(task.customer.id, (counts.get(task.customer.id) ?? 0) + 1);
      return customerIds.map((id) => counts.get(id) ?? 0);
    }),
    currentFollowUpByCustomer: new DataLoader<number, FollowUpTask | null>(async (customerIds) => {
      if (!scope) return customerIds.map(() => null);
      const open = await findPlain(em, 
        FollowUpTask,
        { $and: [{ customer: { $in: [...customerIds] }, status: FollowUpStatus.OPEN }, scope] },
        { orderBy: { dueAt: 'asc', id: 'asc' } },
      );
      const first = new Map<number, FollowUpTask>();
      for (const task of open) if (!first.has(task.customer.id)) first.set(task.customer.id, task);
      return customerIds.map((id) => first.get(id) ?? null);
    }),
  };
}
