import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import type { User } from './user.entity';

/** A sales group: reps who own and follow up customers, optionally with a lead. */
@Entity({ tableName: 'sales_teams' })
@Unique({ properties: ['shop', 'name'] })
@Unique({ properties: ['lead'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A sales group of reps, optionally with a lead who sees the team\'s customers.' })
export class SalesTeam extends BaseEntity<'lead'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('SalesTeam', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Team name, unique in the shop.' })
  @Property({ type: 'text' })
  name: string;

  @ManyToOne({ entity: 'User', ref: true, nullable: true, deleteRule: 'set null' })
  lead: Ref<User> | null = null;
}
