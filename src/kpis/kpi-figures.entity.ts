import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { FollowUpKind } from '../followups/follow-up.enums';

/**
 * One buyer's paid orders in one local period (day, ISO week or month). Kept by triggers on
 * orders (migrations/kpi-figures.ts), never written by the application: the shop's distinct
 * buyer counts per period (new, returning, repeat) are moved from here.
 */
@Entity({ tableName: 'customer_period_sales' })
export class CustomerPeriodSales {
  [PrimaryKeyProp]?: ['customerId', 'grain', 'periodStart'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  customerId!: number;

  /** DAY, WEEK or MONTH. */
  @PrimaryKey({ type: 'text' })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'integer' })
  shopId!: number;

  @Property({ type: 'integer', default: 0 })
  paidOrders: number = 0;

  /** Minor units. */
  @Property({ type: 'bigint', default: 0 })
  paidAmount: string = '0';

  /** The buyer's first paid day is before the period: an old customer in it. */
  @Property({ type: 'boolean', default: false })
  oldCustomer: boolean = false;
}

/** What buyers' periods add up to in one period of a shop, a team or a rep; each buyer counted once. */
abstract class BuyerFigures {
  /** Paid orders by paid day, and their amount (minor units). */
  @Property({ type: 'integer', default: 0 })
  paidOrders: number = 0;

  @Property({ type: 'bigint', default: 0 })
  paidAmount: string = '0';

  /** The part of paidAmount from buyers whose first paid day is before the period. */
  @Property({ type: 'bigint', default: 0 })
  oldAmount: string = '0';

  /** Customers with a paid order in the period. */
  @Property({ type: 'integer', default: 0 })
  buyers: number = 0;

  /** Buyers with two or more paid orders in the period. */
  @Property({ type: 'integer', default: 0 })
  repeatBuyers: number = 0;

  /** Buyers whose first paid day is before the period. */
  @Property({ type: 'integer', default: 0 })
  oldBuyers: number = 0;

  /** Buyers with more than one paid order in their lifetime up to the period's end. */
  @Property({ type: 'integer', default: 0 })
  returningBuyers: number = 0;
}

/** The shop's sales and order counts per local period; kept by triggers, read by `kpis`. */
@Entity({ tableName: 'shop_period_figures' })
export class ShopPeriodFigures extends BuyerFigures {
  [PrimaryKeyProp]?: ['shopId', 'grain', 'periodStart'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'text' })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  /** Orders by placed day, and those of them not paid (unpaid or closed unpaid). */
  @Property({ type: 'integer', default: 0 })
  placedOrders: number = 0;

  @Property({ type: 'integer', default: 0 })
  unpaidOrders: number = 0;

  /** Orders by the day their payment reminder was scheduled, and those of them now paid. */
  @Property({ type: 'integer', default: 0 })
  remindedOrders: number = 0;

  @Property({ type: 'integer', default: 0 })
  remindedPaid: number = 0;
}

/**
 * One buyer's paid orders in one local period attributed to one rep: the orders' owner, the
 * buyer's owner when each order was written. Kept by triggers on orders; the rep's and the team's
 * buyer counts are moved from here.
 */
@Entity({ tableName: 'owner_period_sales' })
export class OwnerPeriodSales {
  [PrimaryKeyProp]?: ['customerId', 'ownerId', 'grain', 'periodStart'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  customerId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  ownerId!: number;

  @PrimaryKey({ type: 'text' })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;

  @Property({ type: 'integer' })
  shopId!: number;

  /** The rep's team when the period's first order was written (none: the rep had no team). */
  @Property({ type: 'integer', nullable: true })
  teamId: number | null = null;

  @Property({ type: 'integer', default: 0 })
  paidOrders: number = 0;

  /** Minor units. */
  @Property({ type: 'bigint', default: 0 })
  paidAmount: string = '0';

  /** The buyer's first paid day in the shop is before the period. */
  @Property({ type: 'boolean', default: false })
  oldCustomer: boolean = false;
}

/** A rep's sales per local period (their buyers' periods summed); kept by triggers, read by `kpis` at the USER scope. */
@Entity({ tableName: 'rep_period_figures' })
export class RepPeriodFigures extends BuyerFigures {
  [PrimaryKeyProp]?: ['shopId', 'ownerId', 'grain', 'periodStart'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  ownerId!: number;

  @PrimaryKey({ type: 'text' })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;
}

/** A team's sales per local period (its reps' buyer periods summed); kept by triggers, read by `kpis` at the TEAM scope. */
@Entity({ tableName: 'team_period_figures' })
export class TeamPeriodFigures extends BuyerFigures {
  [PrimaryKeyProp]?: ['shopId', 'teamId', 'grain', 'periodStart'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  teamId!: number;

  @PrimaryKey({ type: 'text' })
  grain!: string;

  @PrimaryKey({ type: 'date' })
  periodStart!: string;
}

/** Follow-ups of one kind due in one local day (cancelled ones left out): what the KPI tables count. */
abstract class FollowUpKindCounts {
  @Property({ type: 'integer', default: 0 })
  due: number = 0;

  @Property({ type: 'integer', default: 0 })
  doneOnTime: number = 0;

  @Property({ type: 'integer', default: 0 })
  done: number = 0;

  @Property({ type: 'integer', default: 0 })
  ordered: number = 0;
}

/** One rep's follow-ups of one kind per local due day; kept by triggers, read by `kpis`. */
@Entity({ tableName: 'follow_up_kind_day_figures' })
export class FollowUpKindDayFigures extends FollowUpKindCounts {
  [PrimaryKeyProp]?: ['shopId', 'day', 'assigneeId', 'kind'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  assigneeId!: number;

  @Enum({ items: () => FollowUpKind, nativeEnumName: 'follow_up_kind', primary: true })
  kind!: FollowUpKind;

}

/** The shop's follow-ups of one kind per local due day (every rep's summed); kept by triggers, read by `kpis` at the SHOP scope. */
@Entity({ tableName: 'follow_up_shop_day_figures' })
export class FollowUpShopDayFigures extends FollowUpKindCounts {
  [PrimaryKeyProp]?: ['shopId', 'day', 'kind'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Enum({ items: () => FollowUpKind, nativeEnumName: 'follow_up_kind', primary: true })
  kind!: FollowUpKind;

}
