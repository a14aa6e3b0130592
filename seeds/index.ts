import { seedDemoMessages } from './demo-messages';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Shop } from '../src/shops/shop.entity';
import { DemoSeeder } from './demo.seeder';
import { sealDemoContacts } from './demo-contacts';
import { DemoYearDeps, seedDemoYear } from './demo-year';

/**
 * Seeds the demo shops when the database has no shop at all, then the demo shop's year of
 * orders (the tests' template database has the shops only); returns whether it did.
 */
export async function seedDemoIfEmpty(orm: MikroORM, deps: Omit<DemoYearDeps, 'orm'>): Promise<boolean> {
  const shops = await orm.em.fork().count(Shop, {});
  if (shops > 0) return false;
  await orm.getSeeder().seed(DemoSeeder);
  await sealDemoContacts(orm);
  const year = await seedDemoYear({ orm, ...deps });
  deps.logger.info(year, 'seeded a year of the demo shop\'s orders');
  const messages = await seedDemoMessages({ orm, ...deps });
  deps.logger.info(messages, 'seeded the demo shop\'s consents, care rules, campaign and webhook endpoint');
  return true;
}
