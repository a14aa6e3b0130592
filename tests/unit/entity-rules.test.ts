import { ref } from '@mikro-orm/core';
import { DomainError, UserErrorCode } from '../../src/common/user-error';
import { Coupon } from '../../src/coupons/coupon.entity';
import { CouponStatus, DiscountType } from '../../src/coupons/coupon.enums';
import { CouponTemplate } from '../../src/coupons/coupon-template.entity';
import { Customer } from '../../src/customers/customer.entity';
import { CustomerStage } from '../../src/customers/customer-stage';
import { ContactChannel, FollowUpOutcome, FollowUpStatus } from '../../src/followups/follow-up.enums';
import { FollowUpTask } from '../../src/followups/follow-up-task.entity';
import { Order } from '../../src/orders/order.entity';
import { chooseRep } from '../../src/ownership/round-robin';
import { earnedTier } from '../../src/tiers/tier-rule';
import { User } from '../../src/users/user.entity';

/** The state changes and choices of the loop, as entity methods and pure functions: no database. */
const now = new Date('2026-11-18T02:00:00Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

const customer = (stage: CustomerStage, id = 1) => Object.assign(new Customer(), { id, stage });
const coupon = (fields: Partial<Coupon>) =>
  Object.assign(new Coupon(), { status: CouponStatus.ISSUED, discountType: DiscountType.AMOUNT_OFF, discountValue: 1000, minSpend: 5000, expiresAt: null, customer: customer(CustomerStage.IN_FOLLOW_UP, 7), ...fields });
const order = (amount: number, customerId = 7) => Object.assign(new Order(), { id: 3, amount, customer: customer(CustomerStage.CONVERTED, customerId) });
const refusalOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return [error.errors[0].code, error.errors[0].field];
    throw error;
  }
  return null;
};

describe('a follow-up task', () => {
  const open = (dueAt: Date) => Object.assign(new FollowUpTask(), { status: FollowUpStatus.OPEN, dueAt });
  const by = ref(Object.assign(new User(), { id: 5 }));

  it('is completed with its outcome, by whom and when, on time up to its due time', () => {
    const task = open(hours(0));
    task.complete({ outcome: FollowUpOutcome.ORDERED, channel: ContactChannel.PHONE, note: '  bought two  ' }, by, now);
    expect(task).toMatchObject({ status: FollowUpStatus.DONE, outcome: FollowUpOutcome.ORDERED, channel: ContactChannel.PHONE, note: 'bought two', completedAt: now, onTime: true });
    expect(task.completedBy?.unwrap().id).toBe(5);
    const late = open(hours(-1));
    late.complete({ outcome: FollowUpOutcome.NO_ORDER, channel: ContactChannel.SMS, note: '   ' }, by, now);
    expect([late.onTime, late.note]).toEqual([false, null]);
  });

  it('cannot be completed twice, and only an open one is cancelled', () => {
    const task = open(hours(1));
    task.complete({ outcome: FollowUpOutcome.LOST, channel: ContactChannel.WECHAT, note: null }, by, now);
    expect(() => task.complete({ outcome: FollowUpOutcome.ORDERED, channel: ContactChannel.WECHAT, note: null }, by, now)).toThrow('DONE');
    task.cancel();
    expect(task.status).toBe(FollowUpStatus.DONE);
    const other = open(hours(1));
    other.cancel();
    expect(other.status).toBe(FollowUpStatus.CANCELLED);
  });
});

describe('a customer\'s stage', () => {
  it('re-enters the loop from screened out, lost and the pool, and nowhere else', () => {
    const after = (stage: CustomerStage) => {
      const c = customer(stage);
      c.reenterLoop();
      return c.stage;
    };
    expect(Object.values(CustomerStage).map((s) => [s, after(s)])).toEqual([
      [CustomerStage.REGISTERED, CustomerStage.REGISTERED],
      [CustomerStage.SCREENED_OUT, CustomerStage.REGISTERED],
      [CustomerStage.IN_FOLLOW_UP, CustomerStage.IN_FOLLOW_UP],
      [CustomerStage.CONVERTED, CustomerStage.CONVERTED],
      [CustomerStage.LOST, CustomerStage.REGISTERED],
      [CustomerStage.POOL, CustomerStage.REGISTERED],
    ]);
  });

  it('keeps a converted customer converted when handed to a rep, and leaves the pool only from the pool', () => {
    const converted = customer(CustomerStage.CONVERTED);
    converted.startFollowUp();
    const registered = customer(CustomerStage.REGISTERED);
    registered.startFollowUp();
    const pooled = customer(CustomerStage.POOL);
    pooled.leavePool();
    const lost = customer(CustomerStage.LOST);
    lost.leavePool();
    expect([converted.stage, registered.stage, pooled.stage, lost.stage]).toEqual([CustomerStage.CONVERTED, CustomerStage.IN_FOLLOW_UP, CustomerStage.IN_FOLLOW_UP, CustomerStage.LOST]);
  });

  it('records when it converted', () => {
    const c = customer(CustomerStage.IN_FOLLOW_UP);
    c.convert(now);
    expect([c.stage, c.convertedAt]).toEqual([CustomerStage.CONVERTED, now]);
  });
});

describe('a coupon', () => {
  it('takes an amount off, never more than the order, or a percentage rounded down', () => {
    expect([coupon({}).discountOn(6000), coupon({}).discountOn(800)]).toEqual([1000, 800]);
    const percent = coupon({ discountType: DiscountType.PERCENT_OFF, discountValue: 15 });
    expect([percent.discountOn(9999), percent.discountOn(0)]).toEqual([1499, 0]);
  });

  it('is redeemed once on an order of its customer that meets the minimum spend', () => {
    const c = coupon({});
    expect(c.redeem(order(5000), now)).toBe(1000);
    expect(c).toMatchObject({ status: CouponStatus.REDEEMED, redeemedAt: now, discountApplied: 1000 });
    expect(c.order?.unwrap().id).toBe(3);
    expect(refusalOf(() => c.redeem(order(5000), now))).toEqual([UserErrorCode.COUPON_ALREADY_REDEEMED, ['input', 'code']]);
  });

  it('refuses another customer\'s order, a small order, an expired and a revoked coupon, changing nothing', () => {
    const c = coupon({});
    expect(refusalOf(() => c.redeem(order(9000, 8), now))).toEqual([UserErrorCode.WRONG_CUSTOMER, ['input', 'orderId']]);
    expect(refusalOf(() => c.redeem(order(4999), now))).toEqual([UserErrorCode.MIN_SPEND_NOT_MET, ['input', 'orderId']]);
    expect(refusalOf(() => coupon({ expiresAt: now }).redeem(order(9000), now))).toEqual([UserErrorCode.COUPON_EXPIRED, ['input', 'code']]);
    expect(coupon({ expiresAt: hours(1) }).redeem(order(9000), now)).toBe(1000);
    const revoked = coupon({});
    revoked.revoke('  sent twice ', now);
    expect([revoked.status, revoked.revokeReason]).toEqual([CouponStatus.REVOKED, 'sent twice']);
    expect(refusalOf(() => revoked.redeem(order(9000), now))).toEqual([UserErrorCode.COUPON_REVOKED, ['input', 'code']]);
    expect(refusalOf(() => revoked.revoke(null, now))).toEqual([UserErrorCode.COUPON_REVOKED, ['id']]);
    expect(c.status).toBe(CouponStatus.ISSUED);
  });

  it('gets its tier\'s value and ends at the earlier of its days and the template\'s last day', () => {
    const template: CouponTemplate = Object.assign(new CouponTemplate(), { discountValue: 500, tierDiscounts: [{ tierId: 2, value: 900 }], validDays: 7, validUntil: null as Date | null });
    expect([template.discountValueFor(2), template.discountValueFor(1), template.discountValueFor(null)]).toEqual([900, 500, 500]);
    expect(template.couponEndsAt(now)).toEqual(hours(7 * 24));
    template.validUntil = hours(24);
    expect(template.couponEndsAt(now)).toEqual(hours(24));
    template.validDays = null;
    template.validUntil = null;
    expect(template.couponEndsAt(now)).toBeNull();
  });
});

describe('the tier gradient', () => {
  const tiers = [
    { id: 1, rank: 1, windowDays: 365, minPaidOrders: 1, minSpent: 0 },
    { id: 2, rank: 2, windowDays: 365, minPaidOrders: 3, minSpent: 100_000 },
    { id: 3, rank: 3, windowDays: 180, minPaidOrders: 6, minSpent: 500_000 },
  ];
  const figures = (byWindow: Record<number, { n: number; spent: number }>) => (days: number) => byWindow[days];

  it('gives the highest tier whose window holds an order and either its order count or its spend', () => {
    expect(earnedTier(tiers, figures({}))).toBeNull();
    expect(earnedTier(tiers, figures({ 365: { n: 1, spent: 100 } }))?.id).toBe(1);
    expect(earnedTier(tiers, figures({ 365: { n: 3, spent: 100 }, 180: { n: 3, spent: 100 } }))?.id).toBe(2);
    expect(earnedTier(tiers, figures({ 365: { n: 1, spent: 100_000 }, 180: { n: 1, spent: 100_000 } }))?.id).toBe(2);
    expect(earnedTier(tiers, figures({ 365: { n: 9, spent: 600_000 }, 180: { n: 1, spent: 500_000 } }))?.id).toBe(3);
    // Big spending long ago: the short window of the top tier holds nothing.
    expect(earnedTier(tiers, figures({ 365: { n: 9, spent: 600_000 } }))?.id).toBe(2);
  });

  it('needs at least one paid order in the window, whatever the thresholds', () => {
    expect(earnedTier([{ id: 9, rank: 1, windowDays: 30, minPaidOrders: 0, minSpent: 0 }], figures({ 30: { n: 0, spent: 0 } }))).toBeNull();
  });

  it('does not depend on the order the tiers come in', () => {
    const f = figures({ 365: { n: 3, spent: 0 }, 180: { n: 3, spent: 0 } });
    expect(earnedTier([...tiers].reverse(), f)?.id).toBe(earnedTier(tiers, f)?.id);
  });
});

describe('the round-robin', () => {
  it('picks the fewest open follow-ups, then the one picked longest ago (never first), then the lowest id', () => {
    expect(chooseRep([])).toBeNull();
    const reps = [
      { id: 4, openTasks: 2, lastPicked: null },
      { id: 3, openTasks: 1, lastPicked: hours(-1) },
      { id: 2, openTasks: 1, lastPicked: hours(-5) },
      { id: 9, openTasks: 1, lastPicked: null },
      { id: 8, openTasks: 1, lastPicked: null },
    ];
    expect(chooseRep(reps)?.id).toBe(8);
    expect(chooseRep(reps.filter((r) => r.lastPicked !== null || r.id === 4))?.id).toBe(2);
    expect(chooseRep([reps[0], reps[2]].reverse())?.id).toBe(2);
  });
});
