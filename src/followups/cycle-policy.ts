import { endOfLocalDayAfter } from '../common/zoned-time';
import type { Shop } from '../shops/shop.entity';
import { FollowUpKind, FollowUpOutcome, SERVICE_KINDS } from './follow-up.enums';
import type { FollowUpTask } from './follow-up-task.entity';

/** The next step of a customer's loop after a follow-up ends with an outcome. */
export type NextStep =
  | { type: 'task'; kind: FollowUpKind; cycle: number; retryStreak: number; dueAt: Date }
  | { type: 'converted-revisit'; kind: FollowUpKind.REVISIT; cycle: number; retryStreak: 0; dueAt: Date }
  | { type: 'lost' }
  | { type: 'retries-exhausted' }
  | { type: 'service-done' };

/** Due at the end of the local day `days` after `from`, in the shop's time zone. */
export function dueAfter(shop: Shop, from: Date, days: number): Date {
  return endOfLocalDayAfter(from, days, shop.timezone);
}

/**
 * The shop's cycle rules: ORDERED -> REVISIT after revisitCycleDays; NO_ORDER / NO_RESPONSE ->
 * RETRY after retryCycleDays until maxRetryCycles retries in a row have failed; LOST -> the end.
 */
export function nextStep(shop: Shop, task: FollowUpTask, outcome: FollowUpOutcome, completedAt: Date): NextStep {
  // After-sales care, compensation and payment reminders serve one order; the loop goes on in its own tasks.
  if (SERVICE_KINDS.has(task.kind)) return { type: 'service-done' };
  const cycle = task.cycle + 1;
  switch (outcome) {
    case FollowUpOutcome.ORDERED:
      return { type: 'converted-revisit', kind: FollowUpKind.REVISIT, cycle, retryStreak: 0, dueAt: dueAfter(shop, completedAt, shop.revisitCycleDays) };
    case FollowUpOutcome.LOST:
      return { type: 'lost' };
    case FollowUpOutcome.NO_ORDER:
    case FollowUpOutcome.NO_RESPONSE: {
      const streak = task.kind === FollowUpKind.RETRY ? task.retryStreak : 0;
      if (streak >= shop.maxRetryCycles) return { type: 'retries-exhausted' };
      return { type: 'task', kind: FollowUpKind.RETRY, cycle, retryStreak: streak + 1, dueAt: dueAfter(shop, completedAt, shop.retryCycleDays) };
    }
  }
}
