import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { ContactChannel, FollowUpKind, FollowUpOutcome, FollowUpStatus } from './follow-up.enums';

/** One contact a rep owes a customer by a due date; completing it schedules the next cycle. */
@Entity({ tableName: 'follow_up_tasks' })
@Index({ name: 'follow_up_tasks_queue_idx', properties: ['shop', 'assignee', 'status', 'dueAt', 'id'] })
@Index({ name: 'follow_up_tasks_shop_due_idx', properties: ['shop', 'status', 'dueAt', 'id'] })
@Index({ name: 'follow_up_tasks_customer_idx', properties: ['customer', 'createdAt', 'id'] })
// The compliance report aggregates a period's follow-ups from this index alone (index-only scan).
@Index({
  name: 'follow_up_tasks_compliance_idx',
  expression: 'create index "follow_up_tasks_compliance_idx" on "follow_up_tasks" ("shop_id", "due_at") include ("assignee_id", "status", "on_time", "outcome")',
})
// "Owned but no open follow-up" (dropped customers) and the current follow-up look here.
@Index({
  name: 'follow_up_tasks_open_customer_idx',
  expression: 'create index "follow_up_tasks_open_customer_idx" on "follow_up_tasks" ("customer_id", "due_at") where "status" = \'OPEN\'',
})
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A follow-up a rep owes a customer by a due date.' })
export class FollowUpTask extends BaseEntity<'status' | 'outcome' | 'channel' | 'note' | 'completedAt' | 'completedBy' | 'onTime' | 'previous' | 'retryStreak'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('FollowUpTask', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => Customer, { ref: true, deleteRule: 'cascade' })
  customer: Ref<Customer>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  assignee: Ref<User>;

  @Field(() => FollowUpKind, { description: 'Why the follow-up is due.' })
  @Enum({ items: () => FollowUpKind, nativeEnumName: 'follow_up_kind' })
  kind: FollowUpKind;

  @Field(() => Int, { description: 'Cycle number in the customer\'s loop: 1 for the first contact, then 2, 3…' })
  @Property({ type: 'smallint' })
  cycle: number;

  /** Retries in a row that led here (0 unless kind is RETRY); the loop ends at the shop's limit. */
  @Field(() => Int, { description: 'How many retries in a row this one is (0 for first contacts and revisits).' })
  @Property({ type: 'smallint', default: 0 })
  retryStreak: number = 0;

  @Field({ description: 'Due by: the end of a day in the shop\'s time zone.' })
  @Property({ type: 'timestamptz' })
  dueAt: Date;

  @Field(() => FollowUpStatus, { description: 'Open, done or cancelled.' })
  @Enum({ items: () => FollowUpStatus, nativeEnumName: 'follow_up_status', default: FollowUpStatus.OPEN })
  status: FollowUpStatus = FollowUpStatus.OPEN;

  @Field(() => FollowUpOutcome, { nullable: true, description: 'How it went, once done.' })
  @Enum({ items: () => FollowUpOutcome, nativeEnumName: 'follow_up_outcome', nullable: true })
  outcome: FollowUpOutcome | null = null;

  @Field(() => ContactChannel, { nullable: true, description: 'How the customer was contacted, once done.' })
  @Enum({ items: () => ContactChannel, nativeEnumName: 'contact_channel', nullable: true })
  channel: ContactChannel | null = null;

  @Field(() => String, { nullable: true, description: 'The rep\'s note on the contact.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was completed.' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  completedBy: Ref<User> | null = null;

  @Field(() => Boolean, { nullable: true, description: 'Done by its due time (null while open).' })
  @Property({ type: 'boolean', nullable: true })
  onTime: boolean | null = null;

  @ManyToOne(() => FollowUpTask, { ref: true, nullable: true, deleteRule: 'set null' })
  previous: Ref<FollowUpTask> | null = null;

  @Field({ description: 'When the task was created.' })
  createdAt: Date;

  /**
   * Logs how the contact went: done now by `by`, on time when not after its due time. Only an
   * open task can be completed (the caller has locked it, so the check holds).
   */
  complete(result: { outcome: FollowUpOutcome; channel: ContactChannel; note: string | null }, by: Ref<User>, now: Date): void {
    if (this.status !== FollowUpStatus.OPEN) throw new Error(`A ${this.status} follow-up cannot be completed.`);
    this.status = FollowUpStatus.DONE;
    this.outcome = result.outcome;
    this.channel = result.channel;
    this.note = result.note?.trim() || null;
    this.completedAt = now;
    this.completedBy = by;
    this.onTime = now.getTime() <= this.dueAt.getTime();
  }

  /** The customer left the rep (back to the pool): nobody follows this up any more. */
  cancel(): void {
    if (this.status === FollowUpStatus.OPEN) this.status = FollowUpStatus.CANCELLED;
  }

  /** Overdue: still open after its due time. */
  isOverdue(now: Date): boolean {
    return this.status === FollowUpStatus.OPEN && this.dueAt.getTime() < now.getTime();
  }
}
