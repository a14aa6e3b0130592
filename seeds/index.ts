import type { MikroORM } from '@mikro-orm/postgresql';
import { Shop } from '../src/shops/shop.entity';
import { DemoSeeder } from './demo.seeder';

/** Seeds the demo shops when the database has no shop at all; returns whether it did. */
export async function seedDemoIfEmpty(orm: MikroORM): Promise<boolean> {
  const shops = await orm.em.fork().count(Shop, {});
  if (shops > 0) return false;
  await orm.getSeeder().seed(DemoSeeder);
  return true;
}
