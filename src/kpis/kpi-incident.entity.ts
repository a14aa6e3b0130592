import { Entity, Index, ManyToOne, Property, ref, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';
import { KpiKey } from './kpi.enums';

/**
 * Consecutive days a daily shop KPI left its expected band, found by the detection job; staff
 * acknowledge it with a note (the audit trail keeps who and when).
 */
@Entity({ tableName: 'kpi_incidents' })
@Unique({ name: 'kpi_incidents_shop_kpi_first_day_unique', properties: ['shop', 'kpi', 'firstDay'] })
@Index({ properties: ['shop', 'lastDay', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An anomaly incident: consecutive flagged days of one daily shop KPI.' })
export class KpiIncident extends BaseEntity<'acknowledgedAt' | 'acknowledgedBy' | 'note'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('KpiIncident', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field(() => KpiKey, { description: 'The KPI.' })
  @Property({ type: 'text' })
  kpi: KpiKey;

  @Field(() => LocalDateScalar, { description: 'First flagged day.' })
  @Property({ type: 'date' })
  firstDay: string;

  @Field(() => LocalDateScalar, { description: 'Last flagged day so far.' })
  @Property({ type: 'date' })
  lastDay: string;

  @Field(() => LocalDateScalar, { description: 'The day furthest from its expected value.' })
  @Property({ type: 'date' })
  worstDay: string;

  @Field(() => Float, { description: 'The value on the worst day.' })
  @Property({ type: 'double' })
  value: number;

  @Field(() => Float, { description: 'The expected value on the worst day.' })
  @Property({ type: 'double' })
  expected: number;

  @Field(() => Float, { description: 'Lower end of the expected band on the worst day.' })
  @Property({ type: 'double' })
  low: number;

  @Field(() => Float, { description: 'Upper end of the expected band on the worst day.' })
  @Property({ type: 'double' })
  high: number;

  @Field(() => Float, { description: 'Robust z-score of the worst day (negative: below expected).' })
  @Property({ type: 'double' })
  robustZ: number;

  @Field({ description: 'How the baseline was made.' })
  @Property({ type: 'text' })
  method: string;

  @Field(() => Date, { nullable: true, description: 'When it was acknowledged.' })
  @Property({ type: 'timestamptz', nullable: true })
  acknowledgedAt: Date | null = null;

  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  acknowledgedBy: Ref<User> | null = null;

  @Field(() => String, { nullable: true, description: 'The acknowledging note.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field({ description: 'When it was first found.' })
  createdAt: Date;

  acknowledge(userId: number, note: string, at: Date): void {
    this.acknowledgedAt = at;
    this.acknowledgedBy = ref(User, userId);
    this.note = note;
  }
}
