import type { MikroORM } from '@mikro-orm/postgresql';
import { Customer } from '../customers/customer.entity';
import { queryRows, sql } from '../db/sql';
import { RegistrationEntry } from '../registration/registration-entry.entity';
import { writeCustomerContacts, writeEntryContacts } from './contacts';

/**
 * Seals the clear contact details a migration set aside (`pending_contact_seals`: SQL holds no
 * key) and drops them, in one transaction, at start-up before anything is served. Returns how
 * many records it sealed.
 */
export async function sealPendingContacts(orm: MikroORM): Promise<number> {
  const [{ pending }] = await queryRows<{ pending: boolean }>(orm.em.fork(), sql`select to_regclass('pending_contact_seals') is not null as pending`);
  if (!pending) return 0;
  return orm.em.fork().transactional(async (em) => {
    const rows = await queryRows<{ entity: string; id: number; phone: string | null; wechat_id: string | null; real_name: string | null; shipping_detail: string | null }>(em, sql`select * from pending_contact_seals`);
    const customers = await em.find(Customer, { id: { $in: rows.filter((r) => r.entity === 'Customer').map((r) => r.id) } });
    const entries = await em.find(RegistrationEntry, { id: { $in: rows.filter((r) => r.entity === 'RegistrationEntry').map((r) => r.id) } }, { populate: ['customer'] });
    const byId = <T extends { id: number }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
    const [customerById, entryById] = [byId(customers), byId(entries)];
    for (const row of rows) {
      const customer = row.entity === 'Customer' ? customerById.get(row.id) : undefined;
      if (customer) await writeCustomerContacts({ em }, customer, customer.shop.id, { phone: row.phone, wechatId: row.wechat_id, realName: row.real_name, shippingDetail: row.shipping_detail });
      const entry = row.entity === 'RegistrationEntry' ? entryById.get(row.id) : undefined;
      if (entry) await writeEntryContacts({ em }, entry, entry.customer.getEntity(), entry.shop.id, { contactPhone: row.phone, contactWechat: row.wechat_id });
    }
    await em.flush();
    await queryRows(em, sql`drop table pending_contact_seals`);
    return rows.length;
  });
}
