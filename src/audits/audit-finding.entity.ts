import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { FindingCode, FindingSeverity } from './audit.enums';
import { AuditCheck } from './audit-check.entity';

/** What an audit check found about a staff member or a customer; the person concerned answers once. */
@Entity({ tableName: 'audit_findings' })
@Index({ properties: ['check', 'id'] })
@Index({ properties: ['subjectUser', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A finding of an audit check, about a staff member or a customer.' })
export class AuditFinding extends BaseEntity<'subjectUser' | 'customer' | 'comment' | 'correctiveTask' | 'response' | 'respondedAt'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('AuditFinding', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => AuditCheck, { ref: true, deleteRule: 'cascade' })
  check: Ref<AuditCheck>;

  /** The person the finding is about (for a customer finding: the customer's owner then). */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  subjectUser: Ref<User> | null = null;

  @ManyToOne(() => Customer, { ref: true, nullable: true, deleteRule: 'set null' })
  customer: Ref<Customer> | null = null;

  @Field(() => FindingCode, { description: 'What the finding is about.' })
  @Enum({ items: () => FindingCode, nativeEnumName: 'finding_code' })
  code: FindingCode;

  @Field(() => FindingSeverity, { description: 'How serious it is.' })
  @Enum({ items: () => FindingSeverity, nativeEnumName: 'finding_severity' })
  severity: FindingSeverity;

  @Field(() => String, { nullable: true, description: 'The reviewer\'s comment.' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;

  @ManyToOne(() => FollowUpTask, { ref: true, nullable: true, deleteRule: 'set null' })
  correctiveTask: Ref<FollowUpTask> | null = null;

  @Field(() => String, { nullable: true, description: 'The answer of the person concerned (once).' })
  @Property({ type: 'text', nullable: true })
  response: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  @Property({ type: 'timestamptz', nullable: true })
  respondedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @Field({ description: 'When the finding was written.' })
  createdAt: Date;
}
