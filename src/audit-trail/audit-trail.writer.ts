import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { ChangeSet, ChangeSetType, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { queryRows, sql } from '../db/sql';
import { auditActor } from './audit-context';
import { AuditAction, AuditFieldChange } from './audit-entry.entity';
import { derivedProperty, sealTrailValues, trailField, trailSealed } from '../privacy/trail-sealing';

/** Never kept, only noted as changed. */
const SECRET_FIELDS = new Set(['passwordHash', 'secretHash', 'secret', 'previousSecret']);
/** Bookkeeping that every change touches; the trail's own `at` says when. */
const SKIPPED_FIELDS = new Set(['updatedAt']);

const ACTION: Record<ChangeSetType, AuditAction | null> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
  [ChangeSetType.UPDATE_EARLY]: AuditAction.UPDATE,
  [ChangeSetType.DELETE_EARLY]: AuditAction.DELETE,
};

function plain(value: unknown): unknown {
  if (value === undefined) return null;
  if (Buffer.isBuffer(value)) return trailSealed(value);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value && Object.keys(value).length <= 3) return (value as { id: unknown }).id;
  return value;
}

function fieldChanges(cs: ChangeSet<object>): AuditFieldChange[] {
  const before = (cs.originalEntity ?? {}) as Record<string, unknown>;
  const after = (cs.payload ?? {}) as Record<string, unknown>;
  const fields = cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY ? Object.keys(before) : Object.keys(after);
  const isCreate = cs.type === ChangeSetType.CREATE;
  const isDelete = cs.type === ChangeSetType.DELETE || cs.type === ChangeSetType.DELETE_EARLY;
  return fields
    .filter((field) => !SKIPPED_FIELDS.has(field) && !derivedProperty(field))
    .map((field) =>
      SECRET_FIELDS.has(field)
        ? { field, before: null, after: null, redacted: true }
        : { field: trailField(field), before: isCreate ? null : plain(before[field]), after: isDelete ? null : plain(after[field]), redacted: false },
    );
}

function shopOf(cs: ChangeSet<object>, fallback: number | undefined): number | undefined {
  if (cs.name === 'Shop') return Number(cs.getPrimaryKey());
  const entity = cs.entity as { shop?: { id?: number } };
  return entity.shop?.id ?? fallback;
}

/** One row of the trail, as a writer outside the ORM's flush (a set-based import) reports it. */
export interface AuditRow {
  shopId: number;
  action: AuditAction;
  entityType: string;
  entityId: number;
  changes: AuditFieldChange[];
}

/** Writes trail rows in the caller's transaction, under the actor of the request (one statement, the rows as one JSON parameter). */
export async function writeAuditRows(em: SqlEntityManager, rows: readonly AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sealTrailValues(em, rows);
  const actor = auditActor.getStore();
  // One JSON text for the batch: a text array literal of thousands of JSON values cost more to escape than the insert itself.
  const batch = JSON.stringify(rows.map((r) => ({ shop_id: r.shopId, action: r.action, entity_type: r.entityType, entity_id: r.entityId, changes: r.changes })));
  // The caller's transaction: the trail row commits or rolls back with the change.
  await queryRows(
    em,
    sql`insert into audit_trail (shop_id, actor_user_id, actor_api_token_id, action, entity_type, entity_id, changes, at, request_id)
        select r.shop_id, ${actor?.userId ?? null}::int, ${actor?.apiTokenId ?? null}::int, r.action::audit_action, r.entity_type, r.entity_id, r.changes, now(), ${actor?.requestId ?? null}::text
          from rows from (jsonb_to_recordset(${batch}::jsonb) as (shop_id int, action text, entity_type text, entity_id int, changes jsonb)) with ordinality as r(shop_id, action, entity_type, entity_id, changes, n)
         order by r.n`,
  );
}

/**
 * Writes one audit-trail row per created, changed or deleted record, after the flush has
 * written the records and inside the same transaction: the trail and the change commit or
 * roll back together.
 */
export class AuditTrailWriter implements EventSubscriber {
  async afterFlush({ em, uow }: FlushEventArgs): Promise<void> {
    const actor = auditActor.getStore();
    const rows: AuditRow[] = [];
    for (const cs of uow.getChangeSets()) {
      const action = ACTION[cs.type];
      if (!action || cs.name === 'AuditEntry') continue;
      const changes = fieldChanges(cs as ChangeSet<object>);
      if (action === AuditAction.UPDATE && changes.every((c) => c.field === 'version')) continue;
      const shopId = shopOf(cs as ChangeSet<object>, actor?.shopId);
      if (shopId === undefined) continue;
      rows.push({ shopId, action, entityType: cs.name, entityId: Number(cs.getPrimaryKey()), changes });
    }
    await writeAuditRows(em as SqlEntityManager, rows);
  }
}
