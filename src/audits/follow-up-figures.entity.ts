import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One rep's follow-ups due in one bucket of time, counted (cancelled ones left out, like in the
 * report). Kept by PostgreSQL triggers on follow_up_tasks (Migration20261122160000 for days,
 * Migration20261201220000 for hours), never written by the application.
 */
abstract class FollowUpFigureCounts {
  /** Follow-ups due in the bucket, cancelled ones left out. */
  @Property({ type: 'integer', default: 0 })
  due: number = 0;

  @Property({ type: 'integer', default: 0 })
  doneOnTime: number = 0;

  @Property({ type: 'integer', default: 0 })
  doneLate: number = 0;

  @Property({ type: 'integer', default: 0 })
  done: number = 0;

  @Property({ type: 'integer', default: 0 })
  open: number = 0;

  /** Follow-ups whose outcome was an order. */
  @Property({ type: 'integer', default: 0 })
  ordered: number = 0;
}

/** Per UTC day: the compliance report sums whole days from here instead of reading every follow-up. */
@Entity({ tableName: 'follow_up_day_figures' })
export class FollowUpDayFigures extends FollowUpFigureCounts {
  [PrimaryKeyProp]?: ['shopId', 'day', 'assigneeId'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  /** The UTC day of the follow-ups' due time, as `YYYY-MM-DD`. */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  assigneeId!: number;
}

/** Per UTC hour: the report reads partial days and today hour by hour from here. */
@Entity({ tableName: 'follow_up_hour_figures' })
export class FollowUpHourFigures extends FollowUpFigureCounts {
  [PrimaryKeyProp]?: ['shopId', 'hour', 'assigneeId'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  /** The start of the UTC hour of the follow-ups' due time. */
  @PrimaryKey({ type: 'timestamptz' })
  hour!: Date;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  assigneeId!: number;
}
