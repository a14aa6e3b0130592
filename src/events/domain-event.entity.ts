import { BigIntType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Every published event, written in the transaction that caused it (src/events/event-bus.ts):
 * the durable, ordered source an instance reads what it missed from after its LISTEN connection
 * was lost. NOTIFY carries the same event for live delivery. Pruned after a day; written and
 * read with SQL only.
 */
@Entity({ tableName: 'domain_events' })
@Index({ name: 'domain_events_created_idx', properties: ['createdAt'] })
export class DomainEventRecord {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true })
  id: number;

  @Property({ type: 'text' })
  topic: string;

  @Property({ type: 'integer' })
  shopId: number;

  /** The event as published (`DomainEvent` without its id). */
  @Property({ type: 'jsonb' })
  payload: unknown;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date;
}
