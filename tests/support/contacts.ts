import { Customer } from '../../src/customers/customer.entity';
import { writeCustomerContacts } from '../../src/privacy/contacts';
import type { TestApp } from './test-app';

/** Gives customers a test made with plain SQL their phone numbers as the API keeps them: sealed with a data key, masked, hashed. */
export async function sealPhones(app: TestApp, phoneOf: (customer: Customer) => string | null, where: object): Promise<void> {
  await app.orm.em.fork().transactional(async (em) => {
    for (const customer of await em.find(Customer, where)) await writeCustomerContacts({ em }, customer, customer.shop.id, { phone: phoneOf(customer) });
  });
}
