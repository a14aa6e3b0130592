import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { WebhookEventType } from './webhook.enums';

/** A URL of the shop's systems (its SMS gateway, WeChat bridge, data warehouse) that receives the outbox's events, signed. */
@Entity({ tableName: 'webhook_endpoints' })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A webhook endpoint: where the outbox delivers events, signed per the Standard Webhooks spec.' })
export class WebhookEndpoint extends BaseEntity<'description' | 'eventTypes' | 'previousSecret' | 'previousSecretExpiresAt' | 'disabledAt' | 'disabledReason'> {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('WebhookEndpoint', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'Where events are POSTed (https, or http to an address the server allows).' })
  @Property({ type: 'text' })
  url: string;

  @Field({ description: 'What it is, for staff.' })
  @Property({ type: 'text', default: '' })
  description: string = '';

  @Field(() => [WebhookEventType], { description: 'The event types it receives; empty: all of them.' })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  eventTypes: WebhookEventType[] = [];

  /** `whsec_` + base64 of 32 random bytes; shown once, when made or rotated. */
  @Property({ type: 'text', hidden: true })
  secret: string;

  /** The secret before the last rotation, still signing beside the new one until `previousSecretExpiresAt`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Field(() => Date, { nullable: true, description: 'Until when deliveries are also signed with the secret before the last rotation.' })
  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When it was disabled (by staff, or by answering 410 Gone); disabled endpoints get nothing.' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;

  @Field({ description: 'When it was registered.' })
  createdAt: Date;

  rotate(secret: string, now: Date, overlapHours: number): void {
    this.previousSecret = this.secret;
    this.previousSecretExpiresAt = new Date(now.getTime() + overlapHours * 3_600_000);
    this.secret = secret;
  }

  disable(now: Date, reason: string): void {
    this.disabledAt ??= now;
    this.disabledReason = reason;
  }

  enable(): void {
    this.disabledAt = null;
    this.disabledReason = null;
  }
}
