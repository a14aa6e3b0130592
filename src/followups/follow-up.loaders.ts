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
    followUpTaskById: byIdLoader((ids) => (scope ? em.find(FollowUpTask, { $and: [{ id: { $in: ids } }, scope] }) : Promise.resolve([]))),
    currentFollowUpByCustomer: new DataLoader<number, FollowUpTask | null>(async (customerIds) => {
      if (!scope) return customerIds.map(() => null);
      const open = await em.find(
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
