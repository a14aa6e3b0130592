import { nextStep } from '../../src/followups/cycle-policy';
import { FollowUpKind, FollowUpOutcome } from '../../src/followups/follow-up.enums';
import type { FollowUpTask } from '../../src/followups/follow-up-task.entity';
import { Lifecycle, SegmentPolicy, segmentOf, ValueSegment } from '../../src/segments/segment';
import type { Shop } from '../../src/shops/shop.entity';

/** Pure rules, no database: the loop's cycle policy and the segment rules at their edges. */
const shop = { timezone: 'Asia/Shanghai', revisitCycleDays: 30, retryCycleDays: 15, maxRetryCycles: 2 } as Shop;
const task = (kind: FollowUpKind, cycle: number, retryStreak: number) => ({ kind, cycle, retryStreak }) as FollowUpTask;
// 2026-11-18 10:00 in Shanghai.
const completedAt = new Date('2026-11-18T02:00:00Z');

describe('the cycle policy', () => {
  it('moves an order to a revisit after the revisit cycle, due at the end of that local day', () => {
    expect(nextStep(shop, task(FollowUpKind.FIRST_CONTACT, 1, 0), FollowUpOutcome.ORDERED, completedAt)).toEqual({
      type: 'converted-revisit',
      kind: FollowUpKind.REVISIT,
      cycle: 2,
      retryStreak: 0,
      dueAt: new Date('2026-12-18T15:59:59.999Z'),
    });
  });

  it('retries no order or no response after the retry cycle, until the shop\'s retries in a row are used up', () => {
    const first = nextStep(shop, task(FollowUpKind.FIRST_CONTACT, 1, 0), FollowUpOutcome.NO_RESPONSE, completedAt);
    expect(first).toEqual({ type: 'task', kind: FollowUpKind.RETRY, cycle: 2, retryStreak: 1, dueAt: new Date('2026-12-03T15:59:59.999Z') });
    expect(nextStep(shop, task(FollowUpKind.RETRY, 2, 1), FollowUpOutcome.NO_ORDER, completedAt)).toMatchObject({ type: 'task', cycle: 3, retryStreak: 2 });
    expect(nextStep(shop, task(FollowUpKind.RETRY, 3, 2), FollowUpOutcome.NO_ORDER, completedAt)).toEqual({ type: 'retries-exhausted' });
    // A revisit that did not sell starts a new streak.
    expect(nextStep(shop, task(FollowUpKind.REVISIT, 4, 2), FollowUpOutcome.NO_ORDER, completedAt)).toMatchObject({ type: 'task', retryStreak: 1 });
  });

  it('ends the loop on LOST, and leaves service tasks to their own loop', () => {
    expect(nextStep(shop, task(FollowUpKind.RETRY, 2, 1), FollowUpOutcome.LOST, completedAt)).toEqual({ type: 'lost' });
    for (const kind of [FollowUpKind.AFTER_SALES, FollowUpKind.COMPENSATION, FollowUpKind.PAYMENT_REMINDER]) {
      expect(nextStep(shop, task(kind, 1, 0), FollowUpOutcome.ORDERED, completedAt)).toEqual({ type: 'service-done' });
    }
  });
});

describe('the segment rules', () => {
  const policy: SegmentPolicy = { activeDays: 30, sleepingDays: 90, churnDays: 180, keyMinOrders: 3, keyMinSpent: 100_000, bottomMaxSpent: 5_000 };
  const now = new Date('2026-12-01T12:00:00Z');
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const customer = (paidOrderCount: number, totalSpent: number, lastPaidDaysAgo: number | null) => ({
    paidOrderCount,
    totalSpent,
    lastPaidAt: lastPaidDaysAgo === null ? null : daysAgo(lastPaidDaysAgo),
    firstPaidAt: lastPaidDaysAgo === null ? null : daysAgo(lastPaidDaysAgo + 10),
  });
  const of = (...args: Parameters<typeof customer>) => {
    const { lifecycle, value } = segmentOf(customer(...args), policy, now);
    return [lifecycle, value];
  };

  it('puts each customer in one lifecycle by recency, the thresholds inclusive', () => {
    expect(of(0, 0, null)).toEqual([Lifecycle.PROSPECT, ValueSegment.NEW]);
    expect(of(1, 9_000, 30)).toEqual([Lifecycle.NEW, ValueSegment.NEW]);
    expect(of(1, 9_000, 31)).toEqual([Lifecycle.ACTIVE, ValueSegment.MID]);
    expect(of(2, 9_000, 90)).toEqual([Lifecycle.ACTIVE, ValueSegment.MID]);
    expect(of(2, 9_000, 91)).toEqual([Lifecycle.SLEEPING, ValueSegment.MID]);
    expect(of(2, 9_000, 180)).toEqual([Lifecycle.SLEEPING, ValueSegment.MID]);
    expect(of(2, 9_000, 181)).toEqual([Lifecycle.CHURNED, ValueSegment.CHURNED]);
  });

  it('values buyers as key (orders and spend both), bottom, or mid between them', () => {
    expect(of(3, 100_000, 10)).toEqual([Lifecycle.ACTIVE, ValueSegment.KEY]);
    expect(of(2, 500_000, 10)).toEqual([Lifecycle.ACTIVE, ValueSegment.MID]);
    expect(of(5, 99_999, 10)).toEqual([Lifecycle.ACTIVE, ValueSegment.MID]);
    expect(of(5, 5_000, 10)).toEqual([Lifecycle.ACTIVE, ValueSegment.BOTTOM]);
  });

  it('says why, in the thresholds\' words', () => {
    expect(segmentOf(customer(2, 9_000, 95), policy, now).reasons).toEqual([
      'last paid order 95 days ago (sleeping after 90)',
      '2 paid orders, 90.00 spent (between bottom and key)',
    ]);
  });
});
