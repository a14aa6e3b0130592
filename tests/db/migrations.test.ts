import { readdirSync } from 'node:fs';
import path from 'node:path';
import { MIGRATIONS } from '../../migrations';
import { createTestApp, TestApp } from '../support/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('migrations', () => {
  it('lists every migration file in migrations/index.ts, in order', () => {
    const files = readdirSync(path.join(__dirname, '../../migrations'))
      .filter((f) => /^Migration\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((m) => m.name)).toEqual(files);
  });

  it('leave nothing for the entities to change: migrations and entities agree', async () => {
    const diff = await app.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false, dropTables: true });
    expect(diff.trim()).toBe('');
  });

  it('have all been applied to a freshly built database', async () => {
    expect(await app.orm.getMigrator().getPendingMigrations()).toEqual([]);
    const applied = await app.sql<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(applied.map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
  });

  it('back every list filter with an index', async () => {
    const indexes = (await app.sql<{ indexdef: string }>("select indexdef from pg_indexes where schemaname = 'public'")).map((r) => r.indexdef);
    const has = (fragment: string) => indexes.some((d) => d.includes(fragment));
    expect(has('customers USING btree (shop_id, created_at, id)')).toBe(true);
    expect(has('customers USING btree (owner_id, created_at, id)')).toBe(true);
    expect(has('customers USING btree (shop_id, platform)')).toBe(true);
    expect(has('customers USING gin (tags)')).toBe(true);
    expect(has('gin_trgm_ops')).toBe(true);
    expect(has('users USING btree (team_id)')).toBe(true);
  });
});
