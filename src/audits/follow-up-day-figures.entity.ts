import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One rep's follow-ups due on one UTC day, counted: the compliance report sums whole days from
 * here instead of reading every follow-up of the period. Kept by PostgreSQL triggers on
 * follow_up_tasks (see Migration20261122160000), never written by the application; cancelled
 * follow-ups are not counted, like in the report.
 */
@Entity({ tableName: 'follow_up_day_figures' })
export class FollowUpDayFigures {
  [PrimaryKeyProp]?: ['shopId', 'day', 'assigneeId'];

  @PrimaryKey({ type: 'integer', autoincrement: false })
  shopId!: number;

  /** The UTC day of the follow-ups' due time, as `YYYY-MM-DD`. */
  @PrimaryKey({ type: 'date' })
  day!: string;

  @PrimaryKey({ type: 'integer', autoincrement: false })
  assigneeId!: number;

  /** Follow-ups due that day, cancelled ones left out. */
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
