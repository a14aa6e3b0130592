import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Role } from '../auth/role';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from './sales-team.entity';

/** A staff member of one shop, signed in by email and password. */
@Entity({ tableName: 'users' })
@Index({ properties: ['shop', 'role'] })
@Index({ properties: ['team'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A staff member: customer service, sales rep, reviewer or admin.' })
export class User extends BaseEntity<'active' | 'team'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('User', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  /** Stored lower-cased; unique over all shops because it is the login name. */
  @Field({ description: 'Login email, unique over all shops.' })
  @Property({ type: 'text' })
  @Unique()
  email: string;

  @Field({ description: 'Name shown to colleagues.' })
  @Property({ type: 'text' })
  name: string;

  @Field(() => Role, { description: 'Department, deciding what the user may do.' })
  @Enum({ items: () => Role, nativeEnumName: 'user_role' })
  role: Role;

  @Field({ description: 'Inactive users cannot sign in and get no new customers.' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @ManyToOne(() => SalesTeam, { ref: true, nullable: true, deleteRule: 'set null' })
  team: Ref<SalesTeam> | null = null;

  /** scrypt hash; never exposed through GraphQL. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash: string;

  @Field({ description: 'When the user was created.' })
  createdAt: Date;
}
