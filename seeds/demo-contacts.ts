import type { MikroORM } from '@mikro-orm/postgresql';
import { Customer } from '../src/customers/customer.entity';
import { writeCustomerContacts } from '../src/privacy/contacts';
import { demoContacts } from './demo.seeder';

/** Writes the demo customers' phone numbers and WeChat ids as the API does: sealed with their data key, masked, hashed. */
export async function sealDemoContacts(orm: MikroORM): Promise<number> {
  return orm.em.fork().transactional(async (em) => {
    const customers = await em.find(Customer, { platformHandle: { $in: demoContacts.map((c) => c.platformHandle) } });
    const byHandle = new Map(customers.map((c) => [`${c.platform}:${c.platformHandle}`, c]));
    let sealed = 0;
    for (const contact of demoContacts) {
      const customer = byHandle.get(`${contact.platform}:${contact.platformHandle}`);
      if (!customer) continue;
      await writeCustomerContacts({ em }, customer, customer.shop.id, { phone: contact.phone, wechatId: contact.wechatId });
      sealed += 1;
    }
    await em.flush();
    return sealed;
  });
}
