import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';

/**
 * A big promotion of the shop's calendar (双11, 618, its own): its days are kept out of the
 * normal baseline of the anomaly flags and judged against past promotion days.
 */
@Entity({ tableName: 'promotions' })
@Index({ properties: ['shop', 'startsOn'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A promotion of the shop\'s calendar (local days, both ends included).' })
export class Promotion extends BaseEntity {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('Promotion', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Its name, e.g. 双11.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => LocalDateScalar, { description: 'First local day.' })
  @Property({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDateScalar, { description: 'Last local day (included).' })
  @Property({ type: 'date' })
  endsOn: string;
}
