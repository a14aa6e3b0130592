import type { EntityManager } from '@mikro-orm/postgresql';
import { CustomerDataKey } from '../customers/customer-data-key.entity';
import type { Customer } from '../customers/customer.entity';
import type { RegistrationEntry } from '../registration/registration-entry.entity';
import { sql } from '../db/sql';
import { createDataKeys, DATA_KEY_COLUMNS, dataKeysOfCustomers, keyOfRow } from './data-keys';
import { keyProvider } from './key-provider';
import { maskName, maskPhone, maskWechatId } from './masking';
import { keyedHash, normalizedPhone, seal, unseal } from './sealing';

/** A customer's contact details as an input gives them: undefined leaves one as it is, null removes it. */
export interface ContactInput {
  phone?: string | null;
  wechatId?: string | null;
  realName?: string | null;
  shippingDetail?: string | null;
}

type Ctx = { em: EntityManager };

/** The keyed hash a phone number is looked up by in a shop (its normalized digits). */
export const phoneLookupHash = (shopId: number, phone: string): Buffer => keyedHash(keyProvider().hashKey(shopId), `phone:${normalizedPhone(phone) ?? phone.trim()}`);
/** The keyed hash a WeChat id is looked up by in a shop. */
export const wechatLookupHash = (shopId: number, id: string): Buffer => keyedHash(keyProvider().hashKey(shopId), `wechat:${id.trim()}`);

/** The customer's data key (as the database links it), made and linked now when they have none. */
async function keyOf(ctx: Ctx, customer: Customer, shopId: number): Promise<Buffer> {
  if (customer.id) {
    const key = (await dataKeysOfCustomers(ctx.em, [customer.id])).get(customer.id);
    if (key) return key;
  }
  const [made] = await createDataKeys(ctx.em, shopId, 1);
  customer.dataKey = ctx.em.getReference(CustomerDataKey, made.id) as never;
  return made.key;
}

/**
 * Writes the given contact details onto a customer: sealed with their data key (made when they
 * have none; `keyAnyway` gives a new customer theirs even without details), masked for every
 * reader, and hashed for lookups. Never in clear.
 */
export async function writeCustomerContacts(ctx: Ctx, customer: Customer, shopId: number, input: ContactInput, keyAnyway = false): Promise<void> {
  const given = (['phone', 'wechatId', 'realName', 'shippingDetail'] as const).filter((field) => input[field] !== undefined);
  if (given.length === 0 && !keyAnyway) return;
  Object.assign(customer, sealedContacts(await keyOf(ctx, customer, shopId), shopId, input));
}

/** The stored form of the given contact details (sealed, masked, hashed), by the customer's property names; what is not given is left out. */
export function sealedContacts(key: Buffer, shopId: number, input: ContactInput): Partial<Pick<Customer, 'phoneSealed' | 'phoneMasked' | 'phoneHash' | 'wechatIdSealed' | 'wechatIdMasked' | 'wechatIdHash' | 'realNameSealed' | 'realNameMasked' | 'shippingDetailSealed'>> {
  const sealed = (field: string, value: string | null | undefined) => (value ? seal(key, field, value) : null);
  return {
    ...(input.phone !== undefined && { phoneSealed: sealed('phone', input.phone), phoneMasked: maskPhone(input.phone || null), phoneHash: input.phone ? phoneLookupHash(shopId, input.phone) : null }),
    ...(input.wechatId !== undefined && { wechatIdSealed: sealed('wechatId', input.wechatId), wechatIdMasked: maskWechatId(input.wechatId || null), wechatIdHash: input.wechatId ? wechatLookupHash(shopId, input.wechatId) : null }),
    ...(input.realName !== undefined && { realNameSealed: sealed('realName', input.realName), realNameMasked: maskName(input.realName || null) }),
    ...(input.shippingDetail !== undefined && { shippingDetailSealed: sealed('shippingDetail', input.shippingDetail) }),
  };
}

/** A registration entry's contact details as stored (sealed with its customer's key, masked); what is not given is left out. */
export function sealedEntryContacts(key: Buffer, input: { contactPhone?: string | null; contactWechat?: string | null }): Partial<Pick<RegistrationEntry, 'contactPhoneSealed' | 'contactPhoneMasked' | 'contactWechatSealed' | 'contactWechatMasked'>> {
  return {
    ...(input.contactPhone !== undefined && { contactPhoneSealed: input.contactPhone ? seal(key, 'contactPhone', input.contactPhone) : null, contactPhoneMasked: maskPhone(input.contactPhone || null) }),
    ...(input.contactWechat !== undefined && { contactWechatSealed: input.contactWechat ? seal(key, 'contactWechat', input.contactWechat) : null, contactWechatMasked: maskWechatId(input.contactWechat || null) }),
  };
}

/** Writes a registration entry's contact details, sealed with its customer's data key and masked. */
export async function writeEntryContacts(ctx: Ctx, entry: RegistrationEntry, customer: Customer, shopId: number, input: { contactPhone?: string | null; contactWechat?: string | null }): Promise<void> {
  if (input.contactPhone === undefined && input.contactWechat === undefined) return;
  Object.assign(entry, sealedEntryContacts(await keyOf(ctx, customer, shopId), input));
}

/** A customer's contact details in clear, as the row of `CONTACT_COLUMNS` holds them sealed (null: none, or erased). */
export interface ClearContacts {
  phone: string | null;
  wechatId: string | null;
  realName: string | null;
  shippingDetail: string | null;
}

/** What a statement selects of a customer (alias `c`, data key joined as `k`) to open their contact details with `openContacts`. */
export const CONTACT_COLUMNS = sql`c.phone_sealed, c.wechat_id_sealed, c.real_name_sealed, c.shipping_detail_sealed, ${DATA_KEY_COLUMNS('k')}`;
export const CONTACT_KEY_JOIN = sql.raw('left join customer_data_keys k on k.id = c.data_key_id');

type SealedRow = {
  phone_sealed: Buffer | null;
  wechat_id_sealed: Buffer | null;
  real_name_sealed: Buffer | null;
  shipping_detail_sealed: Buffer | null;
} & Parameters<typeof keyOfRow>[1];

/** Opens the contact details of a row selected with CONTACT_COLUMNS. */
export function openContacts(ctx: Ctx, row: SealedRow): ClearContacts {
  const key = keyOfRow(ctx.em, row);
  const open = (field: string, value: Buffer | null) => (key && value ? unseal(key, field, value) : null);
  return { phone: open('phone', row.phone_sealed), wechatId: open('wechatId', row.wechat_id_sealed), realName: open('realName', row.real_name_sealed), shippingDetail: open('shippingDetail', row.shipping_detail_sealed) };
}
