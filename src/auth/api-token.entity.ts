import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { User } from '../users/user.entity';

/** A long-lived token for third-party clients and auditors' tools; acts as its user. */
@Entity({ tableName: 'api_tokens' })
@Index({ properties: ['shop', 'user', 'createdAt'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A long-lived API token; the secret is shown once, at creation, and stored only hashed.' })
export class ApiToken extends BaseEntity<'lastUsedAt' | 'revokedAt' | 'readOnly'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('ApiToken', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user: Ref<User>;

  @Field({ description: 'What the token is for, e.g. "Auditor sheet export".' })
  @Property({ type: 'text' })
  name: string;

  /** sha256 of the random secret; the secret itself is never stored. */
  @Property({ type: 'text', hidden: true })
  secretHash: string;

  @Field({ description: 'A read-only token can run queries and no mutation.' })
  @Property({ type: 'boolean' })
  readOnly: boolean = false;

  @Field({ description: 'After this time the token no longer works.' })
  @Property({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true, description: 'Last time a request used the token (to the minute).' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the token was revoked; it no longer works.' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field({ description: 'When the token was created.' })
  createdAt: Date;

  /** Who may see a token: its owner, and the shop's admins. */
  isUsable(now: Date): boolean {
    return this.revokedAt === null && this.expiresAt.getTime() > now.getTime();
  }
}
