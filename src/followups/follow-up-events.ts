import { toGlobalId } from '../common/relay';

/** The follow_up.assigned event: which task, for whom, due when. */
export function assignedEvent(taskId: number, customerId: number, assigneeId: number, kind: string, dueAt: Date) {
  return { followUpTaskId: toGlobalId('FollowUpTask', taskId), customerId: toGlobalId('Customer', customerId), assigneeId: toGlobalId('User', assigneeId), kind, dueAt };
}
