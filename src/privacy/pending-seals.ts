import type { MikroORM } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { sealedContacts, sealedEntryContacts } from './contacts';
import { keysMakingMissing } from './data-keys';

/** Records sealed per transaction. */
const BATCH = 1000;

interface Pending {
  entity: string;
  id: number;
  phone: string | null;
  wechat_id: string | null;
  real_name: string | null;
  shipping_detail: string | null;
}

const hex = (bytes: Buffer | null | undefined) => bytes?.toString('hex') ?? null;

/**
 * Seals the clear contact details a migration set aside (`pending_contact_seals`: SQL holds no
 * key) and drops them, at start-up before anything is served: 1,000 records a transaction, a
 * few statements each, so a shop of a million customers starts in minutes, not hours. Several
 * instances starting at once share the work (skip locked). Returns how many records it sealed.
 */
export async function sealPendingContacts(orm: MikroORM): Promise<number> {
  let total = 0;
  for (;;) {
    const [{ pending }] = await queryRows<{ pending: boolean }>(orm.em.fork(), sql`select to_regclass('pending_contact_seals') is not null as pending`);
    if (!pending) return total;
    const sealed = await orm.em.fork().transactional(async (em) => {
      const rows = await queryRows<Pending>(em, sql`select * from pending_contact_seals order by entity, id limit ${BATCH} for update skip locked`);
      if (rows.length === 0) {
        // Rows another instance holds are still to be sealed: wait for them, drop only an empty table.
        const [{ left }] = await queryRows<{ left: boolean }>(em, sql`select exists (select 1 from pending_contact_seals) as left`);
        if (left) return -1;
        await queryRows(em, sql`drop table if exists pending_contact_seals`);
        return 0;
      }
      const customers = rows.filter((r) => r.entity === 'Customer');
      const entries = rows.filter((r) => r.entity === 'RegistrationEntry');
      const entryCustomers = new Map(
        entries.length
          ? (await queryRows<{ id: number; customer_id: number }>(em, sql`select id, customer_id from registration_entries where id = any(${entries.map((e) => e.id)}::int[])`)).map((r) => [r.id, r.customer_id])
          : [],
      );
      const owners = [...customers.map((c) => c.id), ...entryCustomers.values()];
      const shops = new Map((await queryRows<{ id: number; shop_id: number }>(em, sql`select id, shop_id from customers where id = any(${owners}::int[])`)).map((r) => [r.id, r.shop_id]));
      const keys = await keysMakingMissing(em, owners);
      const stored = customers.flatMap((c) => {
        const key = keys.get(c.id);
        return key ? [{ id: c.id, ...sealedContacts(key, shops.get(c.id)!, { phone: c.phone, wechatId: c.wechat_id, realName: c.real_name, shippingDetail: c.shipping_detail }) }] : [];
      });
      if (stored.length) {
        await queryRows(
          em,
          sql`update customers c set phone_sealed = decode(u.ps, 'hex'), phone_masked = u.pm, phone_hash = decode(u.ph, 'hex'), wechat_id_sealed = decode(u.ws, 'hex'), wechat_id_masked = u.wm,
                     wechat_id_hash = decode(u.wh, 'hex'), real_name_sealed = decode(u.rs, 'hex'), real_name_masked = u.rm, shipping_detail_sealed = decode(u.ds, 'hex')
                from unnest(${stored.map((s) => s.id)}::int[], ${stored.map((s) => hex(s.phoneSealed))}::text[], ${stored.map((s) => s.phoneMasked ?? null)}::text[], ${stored.map((s) => hex(s.phoneHash))}::text[],
                            ${stored.map((s) => hex(s.wechatIdSealed))}::text[], ${stored.map((s) => s.wechatIdMasked ?? null)}::text[], ${stored.map((s) => hex(s.wechatIdHash))}::text[],
                            ${stored.map((s) => hex(s.realNameSealed))}::text[], ${stored.map((s) => s.realNameMasked ?? null)}::text[], ${stored.map((s) => hex(s.shippingDetailSealed))}::text[])
                  as u(id, ps, pm, ph, ws, wm, wh, rs, rm, ds)
               where c.id = u.id`,
        );
      }
      const entryValues = entries.flatMap((e) => {
        const key = keys.get(entryCustomers.get(e.id) ?? -1);
        if (!key) return [];
        const sealed = sealedEntryContacts(key, { contactPhone: e.phone, contactWechat: e.wechat_id });
        return [{ id: e.id, phone: hex(sealed.contactPhoneSealed), phoneMasked: sealed.contactPhoneMasked ?? null, wechat: hex(sealed.contactWechatSealed), wechatMasked: sealed.contactWechatMasked ?? null }];
      });
      if (entryValues.length) {
        await queryRows(
          em,
          sql`update registration_entries e set contact_phone_sealed = decode(u.ps, 'hex'), contact_phone_masked = u.pm, contact_wechat_sealed = decode(u.ws, 'hex'), contact_wechat_masked = u.wm
                from unnest(${entryValues.map((v) => v.id)}::int[], ${entryValues.map((v) => v.phone)}::text[], ${entryValues.map((v) => v.phoneMasked)}::text[], ${entryValues.map((v) => v.wechat)}::text[], ${entryValues.map((v) => v.wechatMasked)}::text[])
                  as u(id, ps, pm, ws, wm)
               where e.id = u.id`,
        );
      }
      await queryRows(em, sql`delete from pending_contact_seals p using unnest(${rows.map((r) => r.entity)}::text[], ${rows.map((r) => r.id)}::int[]) as d(entity, id) where p.entity = d.entity and p.id = d.id`);
      return rows.length;
    });
    if (sealed < 0) await new Promise((resolve) => setTimeout(resolve, 200));
    else total += sealed;
  }
}
