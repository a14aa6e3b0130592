import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../db/base.entity';
import { Node, toGlobalId } from '../common/relay';
import { Shop } from '../shops/shop.entity';
import { WebhookDeliveryStatus, WebhookEventType } from './webhook.enums';
import { WebhookEndpoint } from './webhook-endpoint.entity';

/**
 * An event of the outbox, written in the transaction of the change it reports; its
 * `webhookId` is the `webhook-id` header of every attempt to every endpoint, so receivers
 * deduplicate on it.
 */
@Entity({ tableName: 'webhook_events' })
@Unique({ properties: ['webhookId'] })
@Index({ properties: ['shop', 'createdAt', 'id'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An event of the webhook outbox.' })
export class WebhookEvent extends BaseEntity {
  @Field(() => ID, { name: 'id', description: 'Opaque global id.' })
  get globalId(): string {
    return toGlobalId('WebhookEvent', this.id);
  }

  @ManyToOne(() => Shop, { ref: true, deleteRule: 'cascade' })
  shop: Ref<Shop>;

  @Field({ description: 'The `webhook-id` header of its deliveries: stable over retries and replays.' })
  @Property({ type: 'text' })
  webhookId: string;

  @Field(() => WebhookEventType, { description: 'What happened.' })
  @Enum({ items: () => WebhookEventType, nativeEnumName: 'webhook_event_type' })
  type: WebhookEventType;

  @Field(() => GraphQLJSONObject, { description: 'The body POSTed: { type, timestamp, data }.' })
  @Property({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Field({ description: 'When it was written.' })
  createdAt: Date;
}

/** One event's delivery to one endpoint: its attempts and where it stands. */
@Entity({ tableName: 'webhook_deliveries' })
@Unique({ properties: ['event', 'endpoint'] })
@Index({ name: 'webhook_deliveries_due_idx', expression: `create index "webhook_deliveries_due_idx" on "webhook_deliveries" ("endpoint_id", "next_attempt_at") where "status" = 'PENDING'` })
@ObjectType({ simpleResolvers: true, description: 'An event\'s delivery to one endpoint.' })
export class WebhookDelivery extends BaseEntity<'status' | 'attempts' | 'leasedUntil' | 'lastAttemptAt' | 'lastStatus' | 'lastError' | 'succeededAt'> {
  @ManyToOne(() => WebhookEvent, { ref: true, deleteRule: 'cascade' })
  event: Ref<WebhookEvent>;

  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint: Ref<WebhookEndpoint>;

  @Field(() => WebhookDeliveryStatus, { description: 'Where it stands.' })
  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Property({ type: 'smallint', default: 0 })
  attempts: number = 0;

  @Field({ description: 'When the next attempt is due (pending deliveries).' })
  @Property({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** A worker holds it until then while it posts; a worker that died lets it go when it passes. */
  @Property({ type: 'timestamptz', nullable: true })
  leasedUntil: Date | null = null;

  @Field(() => Date, { nullable: true, description: 'When the last attempt was made.' })
  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last attempt (null: no answer).' })
  @Property({ type: 'smallint', nullable: true })
  lastStatus: number | null = null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  @Property({ type: 'timestamptz', nullable: true })
  succeededAt: Date | null = null;
}
