import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from '../users/sales-team.entity';
import { User } from '../users/user.entity';
import { AuditCheckStatus } from './audit.enums';
import type { ComplianceFigures } from './compliance.types';

/** A review-department check of one period: the compliance figures frozen when it was made, and findings. */
@Entity({ tableName: 'audit_checks' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An audit of one period: the compliance figures frozen at creation, findings, and the sign-off.' })
export class AuditCheck extends BaseEntity<'status' | 'closedAt' | 'closedBy' | 'team' | 'findingCount'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('AuditCheck', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Title, e.g. "Week 47, Team East".' })
  @Property({ type: 'text' })
  title: string;

  @Field({ description: 'Start of the audited period.' })
  @Property({ type: 'timestamptz' })
  periodFrom: Date;

  @Field({ description: 'End of the audited period (exclusive).' })
  @Property({ type: 'timestamptz' })
  periodTo: Date;

  @ManyToOne(() => SalesTeam, { ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<SalesTeam> | null = null;

  @ManyToOne(() => User, { ref: true, deleteRule: 'restrict' })
  createdBy: Ref<User>;

  @Field(() => AuditCheckStatus, { description: 'Open, or closed (signed off).' })
  @Enum({ items: () => AuditCheckStatus, nativeEnumName: 'audit_check_status', default: AuditCheckStatus.OPEN })
  status: AuditCheckStatus = AuditCheckStatus.OPEN;

  @Field(() => Date, { nullable: true, description: 'When it was signed off.' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  closedBy: Ref<User> | null = null;

  /** The compliance figures as they were when the check was made; later changes do not reach them. */
  @Property({ type: 'jsonb' })
  figures: ComplianceFigures;

  @Field(() => Int, { description: 'How many findings the check has.' })
  @Property({ type: 'integer', default: 0 })
  findingCount: number = 0;

  @Field({ description: 'When the check was made (and its figures frozen).' })
  createdAt: Date;
}
