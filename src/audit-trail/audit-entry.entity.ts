import { BigIntType, Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What happened to the record.',
  valuesConfig: { CREATE: { description: 'Created.' }, UPDATE: { description: 'Changed.' }, DELETE: { description: 'Deleted.' } },
});

@ObjectType({ simpleResolvers: true, description: 'One field of a change, with its value before and after.' })
export class AuditFieldChange {
  @Field({ description: 'The field, as named in the API or the database.' })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before (null on create, or when redacted).' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after (null on delete, or when redacted).' })
  after: unknown;

  @Field({ description: 'A secret (e.g. a password hash) changed; its values are never kept.' })
  redacted: boolean;
}

/**
 * One row of the audit trail: append-only, enforced by PostgreSQL triggers (an UPDATE, DELETE
 * or TRUNCATE fails even from plain SQL). Written by the trail writer, never through the ORM.
 */
@Entity({ tableName: 'audit_trail', readonly: true })
@Index({ name: 'audit_trail_shop_id_idx', properties: ['shopId', 'id'] })
@Index({ name: 'audit_trail_shop_at_idx', properties: ['shopId', 'at'] })
@Index({ name: 'audit_trail_entity_idx', properties: ['shopId', 'entityType', 'entityId', 'id'] })
@Index({ name: 'audit_trail_actor_idx', properties: ['shopId', 'actorUserId', 'id'] })
@ObjectType({ simpleResolvers: true, description: 'One change of a record, kept forever: who, what, when, before and after.' })
export class AuditEntry {
  // bigint in the table (a trail grows without end), a JS number here (exact up to 2^53).
  @PrimaryKey({ type: new BigIntType('number') })
  id: number;

  @Field(() => ID, { name: 'id', description: 'Position in the trail.' })
  get entryId(): string {
    return String(this.id);
  }

  /** No foreign key: the trail outlives what it describes. */
  @Property({ type: 'integer' })
  shopId: number;

  @Property({ type: 'integer', nullable: true })
  actorUserId: number | null;

  @Property({ type: 'integer', nullable: true })
  actorApiTokenId: number | null;

  @Field(() => AuditAction, { description: 'Created, changed or deleted.' })
  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action: AuditAction;

  @Field({ description: 'Type of the record, e.g. Customer, FollowUpTask.' })
  @Property({ type: 'text' })
  entityType: string;

  @Property({ type: 'integer' })
  entityId: number;

  /** The fields that changed (read with personal information masked: audit-trail.resolver.ts). */
  @Property({ type: 'jsonb' })
  changes: AuditFieldChange[];

  /** Wall-clock time of the database (the transaction's start), not the rules' clock. */
  @Field({ description: 'When (the time of the database transaction that made the change).' })
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  at: Date;

  @Field(() => String, { nullable: true, description: 'The request that made the change (matches the server logs).' })
  @Property({ type: 'text', nullable: true })
  requestId: string | null;
}
