import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf, requireIdOf } from '../common/relay';
import { localDay } from '../common/zoned-time';
import { forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { readableCustomers } from '../customers/customer.access';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { ContactAccess } from './contact-access.entity';
import { fullAddress } from './masking';
import { ClearContacts, CONTACT_COLUMNS, CONTACT_KEY_JOIN, openContacts, phoneLookupHash } from './contacts';
import { normalizedPhone } from './sealing';
import { handleKey } from '../customers/handle';
import type { Platform } from '../customers/platform';
import { Customer } from '../customers/customer.entity';
import { mayReadAccessLog, mayUnmask } from './privacy.access';
import { ContactField, UnmaskPurpose } from './privacy.enums';

/** The clear value of a field, from the customer's opened contact details. */
function clearValue(contacts: ClearContacts, row: { shipping_province: string | null; shipping_city: string | null }, field: ContactField): string | null {
  switch (field) {
    case ContactField.PHONE:
      return contacts.phone;
    case ContactField.WECHAT_ID:
      return contacts.wechatId;
    case ContactField.REAL_NAME:
      return contacts.realName;
    case ContactField.SHIPPING_ADDRESS:
      return fullAddress(row.shipping_province, row.shipping_city, contacts.shippingDetail);
  }
}

export interface AccessLogFilter {
  userId?: string | null;
  customerId?: string | null;
  refusedOnly?: boolean | null;
  from?: Date | null;
  to?: Date | null;
}

export class PrivacyService {
  /**
   * One field of one customer in clear, for a purpose, to someone who may contact them, logged.
   * Past the shop's daily cap of the caller the value is refused, and the refused attempt is
   * logged too (in the same transaction, which commits: the refusal is the payload's, not an
   * error's).
   */
  async unmask(ctx: AuthedContext, customerGlobalId: string, field: ContactField, purpose: UnmaskPurpose): Promise<{ value: string | null; refusal?: UserError }> {
    if (!mayUnmask(ctx.viewer)) throw forbidden('Reviewers read the access log; they unmask no contact detail.');
    if (purpose === UnmaskPurpose.MESSAGE_DELIVERY || purpose === UnmaskPurpose.DATA_EXPORT) return { value: null, refusal: new UserError(UserErrorCode.INVALID_INPUT, `${purpose} is logged by the act it names, not asked for.`, ['purpose']) };
    const id = idOf(customerGlobalId, 'Customer');
    const [customer] = id === null ? [] : await queryRows<Parameters<typeof openContacts>[1] & { id: number; shipping_province: string | null; shipping_city: string | null }>(
      ctx.em,
      sql`select c.id, c.shipping_province, c.shipping_city, ${CONTACT_COLUMNS} from customers c ${CONTACT_KEY_JOIN} where c.id = ${id} and ${readableCustomers(ctx.viewer, 'c')}`,
    );
    if (!customer) return { value: null, refusal: notFound('Customer', ['customerId']).errors[0] };
    const [shop] = await queryRows<{ timezone: string; unmask_daily_cap: number }>(ctx.em, sql`select timezone, unmask_daily_cap from shops where id = ${ctx.viewer.shopId}`);
    // One staff member's unmasks counted under their own lock: two at once cannot both pass the cap.
    await queryRows(ctx.em, sql`select pg_advisory_xact_lock(hashtext(${`unmask:${ctx.viewer.userId}`}))`);
    const day = localDay(ctx.clock.now(), shop.timezone);
    const [{ used }] = await queryRows<{ used: number }>(
      ctx.em,
      sql`select count(*)::int as used from contact_access_log where user_id = ${ctx.viewer.userId} and granted and created_at >= ${day.start} and created_at < ${day.end}`,
    );
    const over = used >= shop.unmask_daily_cap;
    const refusal = over ? `Over the daily cap of ${shop.unmask_daily_cap} unmasks.` : null;
    const now = ctx.clock.now();
    await queryRows(
      ctx.em,
      sql`insert into contact_access_log (shop_id, user_id, api_token_id, customer_id, field, purpose, granted, refusal, request_id, created_at, updated_at)
          values (${ctx.viewer.shopId}, ${ctx.viewer.userId}, ${ctx.viewer.apiTokenId}, ${customer.id}, ${field}, ${purpose}, ${!over}, ${refusal}, ${ctx.requestId}, ${now}, ${now})`,
    );
    if (over) return { value: null, refusal: new UserError(UserErrorCode.UNMASK_LIMIT_REACHED, `You unmasked ${used} contact details today, the shop's cap; the review department sees this attempt.`, ['customerId']) };
    return { value: clearValue(openContacts(ctx, customer), customer, field) };
  }

  /** Readable customers a registration would duplicate, by handle key and by phone hash (one statement). */
  async matches(ctx: AuthedContext, platform: Platform, platformHandle: string | null, phone: string | null): Promise<{ customer: Customer; matchedBy: string[] }[]> {
    const key = platformHandle ? handleKey(platformHandle) : '';
    const hash = phone && normalizedPhone(phone) ? phoneLookupHash(ctx.viewer.shopId, phone) : null;
    if (!key && !hash) return [];
    const byHandle = key ? sql`(c.platform = ${platform}::platform and c.handle_key = ${key})` : sql`false`;
    const byPhone = hash ? sql`c.phone_hash = ${hash}` : sql`false`;
    const rows = await queryRows<{ id: number; handle: boolean; phone: boolean }>(
      ctx.em,
      sql`select c.id, ${byHandle} as handle, ${byPhone} as phone from customers c
           where c.shop_id = ${ctx.viewer.shopId} and (${byHandle} or ${byPhone}) and ${readableCustomers(ctx.viewer, 'c')} order by c.id limit 20`,
    );
    const customers = await Promise.all(rows.map((r) => ctx.loaders.customerById.load(r.id)));
    return rows.flatMap((r, i) => (customers[i] ? [{ customer: customers[i]!, matchedBy: [...(r.handle ? ['HANDLE'] : []), ...(r.phone ? ['PHONE'] : [])] }] : []));
  }

  /** The erasure register: the shop's erased customers, newest first, by an admin or by the retention rule (reviewers and admins). */
  erasures(ctx: AuthedContext, args: PageArgs): Promise<Page<Customer>> {
    if (!mayReadAccessLog(ctx.viewer)) throw forbidden('The review department and admins read the erasure register.');
    return selectPage(ctx.em, Customer, 'c', sql`c.shop_id = ${ctx.viewer.shopId} and c.erased_at is not null`, { property: 'erasedAt', direction: SortDirection.DESC }, args);
  }

  /** The access log, newest first (reviewers and admins). */
  log(ctx: AuthedContext, filter: AccessLogFilter | null | undefined, args: PageArgs): Promise<Page<ContactAccess>> {
    if (!mayReadAccessLog(ctx.viewer)) throw forbidden('The review department and admins read the access log.');
    const where = sql.and([
      sql`a.shop_id = ${ctx.viewer.shopId}`,
      filter?.userId ? sql`a.user_id = ${requireIdOf(filter.userId, 'User', 'filter.userId')}` : null,
      filter?.customerId ? sql`a.customer_id = ${requireIdOf(filter.customerId, 'Customer', 'filter.customerId')}` : null,
      filter?.refusedOnly ? sql`not a.granted` : null,
      filter?.from ? sql`a.created_at >= ${filter.from}` : null,
      filter?.to ? sql`a.created_at < ${filter.to}` : null,
    ]);
    return selectPage(ctx.em, ContactAccess, 'a', where, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

/**
 * Logs the system's uses of clear contact details (a message handed to the sender with the
 * customer's phone or WeChat id), one statement for a batch, in the caller's transaction.
 */
export async function logSystemUses(em: EntityManager, shopId: number, uses: readonly { customerId: number; field: ContactField; purpose: UnmaskPurpose; userId: number | null; reference: string }[], at: Date): Promise<void> {
  if (uses.length === 0) return;
  await queryRows(
    em,
    sql`insert into contact_access_log (shop_id, user_id, customer_id, field, purpose, granted, request_id, created_at, updated_at)
        select ${shopId}, u.user_id, u.customer_id, u.field::contact_field, u.purpose::unmask_purpose, true, u.reference, ${at}, ${at}
          from unnest(${uses.map((u) => u.userId)}::int[], ${uses.map((u) => u.customerId)}::int[], ${uses.map((u) => u.field)}::text[], ${uses.map((u) => u.purpose)}::text[], ${uses.map((u) => u.reference)}::text[])
            as u(user_id, customer_id, field, purpose, reference)`,
  );
}

export const privacyService = new PrivacyService();
