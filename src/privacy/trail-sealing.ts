import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { AuditFieldChange } from '../audit-trail/audit-entry.entity';
import { queryRows, sql } from '../db/sql';
import { DATA_KEY_COLUMNS, keyOfRow, keysMakingMissing } from './data-keys';
import { maskName, maskPhone, maskWechatId } from './masking';
import { seal, unseal } from './sealing';

/**
 * The trail's values that name or reach a customer, by the record they belong to: sealed with
 * the customer's data key when written, so erasing the customer (destroying the key) leaves the
 * append-only trail without them. Values the records themselves keep sealed (`phoneSealed`…)
 * come sealed already.
 */
const PERSONAL: Record<string, { table: string | null; fields: ReadonlySet<string> }> = {
  Customer: { table: null, fields: new Set(['platformHandle', 'handleKey', 'displayName', 'notes']) },
  RegistrationEntry: { table: 'registration_entries', fields: new Set(['notes', 'screeningNote']) },
  // Free text staff write about the customer.
  FollowUpTask: { table: 'follow_up_tasks', fields: new Set(['note']) },
  OwnershipChange: { table: 'ownership_changes', fields: new Set(['note']) },
  Coupon: { table: 'coupons', fields: new Set(['note']) },
  Conversation: { table: 'conversations', fields: new Set(['reviewNote']) },
  MarketingConsent: { table: 'marketing_consents', fields: new Set(['evidence']) },
};

/** Sealed trail fields, as the trail names them, and how each reads when opened. */
const OPENED: Record<string, (value: string) => string | null> = {
  phone: maskPhone,
  contactPhone: maskPhone,
  wechatId: maskWechatId,
  contactWechat: maskWechatId,
  realName: maskName,
  shippingDetail: () => '***',
};

/** A value as the trail stores it sealed. */
interface SealedValue {
  sealed: string;
}
export const isSealed = (value: unknown): value is SealedValue => typeof value === 'object' && value !== null && typeof (value as SealedValue).sealed === 'string';

/** The trail's field name for a record's property: `phoneSealed` is the `phone` field. */
export const trailField = (property: string): string => property.replace(/Sealed$/, '');
/** Properties the trail does not keep: what is derived from a sealed value (its mask, its lookup hash). */
export const derivedProperty = (property: string): boolean => /Masked$/.test(property) || property === 'phoneHash' || property === 'wechatIdHash';
/** A record's sealed bytes as the trail keeps them. */
export const trailSealed = (bytes: Buffer): SealedValue => ({ sealed: bytes.toString('base64') });

/** The customer each trail row's record belongs to (Customer: itself; the others: their customer), one statement per record type. */
async function customersOf(em: EntityManager, rows: readonly { entityType: string; entityId: number }[]): Promise<Map<string, number>> {
  const owners = new Map<string, number>();
  const byType = new Map<string, number[]>();
  for (const row of rows) {
    if (row.entityType === 'Customer') owners.set(`Customer:${row.entityId}`, row.entityId);
    else if (PERSONAL[row.entityType]?.table) byType.set(row.entityType, [...(byType.get(row.entityType) ?? []), row.entityId]);
  }
  for (const [type, ids] of byType) {
    const found = await queryRows<{ id: number; customer_id: number }>(em, sql`select id, customer_id from ${sql.raw(PERSONAL[type].table!)} where id = any(${ids}::int[])`);
    for (const row of found) owners.set(`${type}:${row.id}`, row.customer_id);
  }
  return owners;
}

/**
 * Seals, in place, the personal values of trail rows about to be written; a value of an erased
 * customer is dropped. One or two statements for a batch, none when no row has one.
 */
export async function sealTrailValues(em: EntityManager, rows: readonly { entityType: string; entityId: number; changes: AuditFieldChange[] }[]): Promise<void> {
  const personal = rows.filter((row) => PERSONAL[row.entityType] && row.changes.some((c) => PERSONAL[row.entityType].fields.has(c.field) && (c.before !== null || c.after !== null)));
  if (personal.length === 0) return;
  const owners = await customersOf(em, personal);
  const keys = await keysMakingMissing(em, [...new Set(owners.values())]);
  for (const row of personal) {
    const key = keys.get(owners.get(`${row.entityType}:${row.entityId}`)!) ?? null;
    for (const change of row.changes) {
      if (!PERSONAL[row.entityType].fields.has(change.field)) continue;
      const sealValue = (value: unknown) => (value === null || value === undefined ? null : key ? trailSealed(seal(key, `trail:${change.field}`, String(value))) : null);
      change.before = sealValue(change.before);
      change.after = sealValue(change.after);
    }
  }
}

/** Opens a row's sealed values for reading: contact details masked, the rest (handles, names, notes) as they were; null once the customer is erased. */
export function openTrailValues(key: Buffer | null, changes: readonly AuditFieldChange[]): AuditFieldChange[] {
  return changes.map((change) => {
    const open = (value: unknown) => {
      if (!isSealed(value)) return value;
      if (!key) return null;
      const bytes = Buffer.from(value.sealed, 'base64');
      const mask = OPENED[change.field];
      // A record's own sealed bytes were sealed under the property's name; the trail's, under `trail:` and the field.
      return mask ? mask(unseal(key, change.field, bytes)) : unseal(key, `trail:${change.field}`, bytes);
    };
    return { ...change, before: open(change.before), after: open(change.after) };
  });
}

/** Per request: the data key of the customer a trail row's record belongs to (null: none, erased), batched. */
export function createTrailKeyLoader(em: EntityManager) {
  return new DataLoader<string, Buffer | null>(async (refs) => {
    const parsed = refs.map((ref) => {
      const [entityType, id] = ref.split(':');
      return { entityType, entityId: Number(id) };
    });
    const owners = await customersOf(em, parsed);
    const ids = [...new Set(owners.values())];
    const rows = ids.length
      ? await queryRows<Parameters<typeof keyOfRow>[1] & { customer_id: number }>(em, sql`select c.id as customer_id, ${DATA_KEY_COLUMNS('k')} from customers c left join customer_data_keys k on k.id = c.data_key_id where c.id = any(${ids}::int[])`)
      : [];
    const keys = new Map(rows.map((r) => [r.customer_id, keyOfRow(em, r)]));
    return refs.map((ref) => keys.get(owners.get(ref) ?? -1) ?? null);
  });
}
