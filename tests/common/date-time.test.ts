import { DateTimeResolver } from 'graphql-scalars';
import { DateTimeScalar, isoTimestamp } from '../../src/common/date-time.scalar';
import { selectPlain } from '../../src/db/rows';
import { Customer } from '../../src/customers/customer.entity';
import { FollowUpTask } from '../../src/followups/follow-up-task.entity';
import { queryRows, sql } from '../../src/db/sql';
import { createTestApp, TestApp } from '../support/test-app';

describe('isoTimestamp', () => {
  it('writes what toISOString writes, at the edges of its fast range and beyond them', () => {
    const edges = ['0999-12-31T23:59:59.999Z', '1000-01-01T00:00:00.000Z', '1969-12-31T23:59:59.999Z', '1970-01-01T00:00:00.000Z', '2024-02-29T12:34:56.007Z', '9999-12-31T23:59:59.999Z', '+010000-01-01T00:00:00.000Z'];
    for (const text of edges) expect(isoTimestamp(new Date(text))).toBe(text);
    let seed = 7;
    for (let i = 0; i < 5000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const date = new Date(seed * 1500 - 1e12); // from 1938 to 2071, every field varying
      expect(isoTimestamp(date)).toBe(date.toISOString());
    }
  });
});

describe('DateTime scalar', () => {
  it('serializes to ISO text, as graphql-scalars did through the response JSON', () => {
    expect(DateTimeScalar.serialize(new Date('2026-11-16T15:59:00.120Z'))).toBe('2026-11-16T15:59:00.120Z');
    expect(DateTimeScalar.serialize('2026-11-16T23:59:00+08:00')).toBe('2026-11-16T15:59:00.000Z');
    expect(DateTimeScalar.serialize(0)).toBe('1970-01-01T00:00:00.000Z');
  });

  it('refuses what is not a date as graphql-scalars does', () => {
    expect(() => DateTimeScalar.serialize(new Date('nonsense'))).toThrow('DateTime cannot represent an invalid Date instance');
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/DateTime cannot represent an invalid date-time-string/);
    expect(() => DateTimeScalar.serialize({})).toThrow(/DateTime cannot be serialized/);
  });

  it('keeps the name, description and specification of graphql-scalars', () => {
    expect(DateTimeScalar.name).toBe('DateTime');
    expect(DateTimeScalar.specifiedByURL).toBe(DateTimeResolver.specifiedByURL);
    expect(DateTimeScalar.description).toBe(DateTimeResolver.description);
    expect(DateTimeScalar.parseValue('2026-11-16T23:59:00+08:00')).toEqual(DateTimeResolver.parseValue('2026-11-16T23:59:00+08:00'));
  });
});

describe('timestamps of read-only rows', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('are the instants the ORM reads, microseconds dropped alike, nulls kept', async () => {
    const em = app.orm.em.fork();
    const [{ id }] = await queryRows<{ id: number }>(em, sql`select id from customers order by id limit 1`);
    const instants = ['2026-03-04T05:06:07.891999+00', '1969-12-31T23:59:59.999500+00', '2026-03-04T13:06:07.000001+08'];
    for (const instant of instants) {
      await queryRows(em, sql`update customers set last_paid_at = ${instant}::timestamptz, first_paid_at = null where id = ${id}`);
      const [row] = await selectPlain(em, Customer, 'c', sql`c.id = ${id}`);
      const entity = await app.orm.em.fork().findOneOrFail(Customer, id);
      expect(row.lastPaidAt).toBeInstanceOf(Date);
      expect(row.lastPaidAt!.getTime()).toBe(entity.lastPaidAt!.getTime());
      expect(row.firstPaidAt).toBeNull();
      expect(row.createdAt.getTime()).toBe(entity.createdAt.getTime());
      expect(row.updatedAt.getTime()).toBe(entity.updatedAt.getTime());
    }
    const [task] = await selectPlain(em, FollowUpTask, 't', sql`t.customer_id is not null`, { orderBy: sql`t.id`, limit: 1 });
    const managed = await app.orm.em.fork().findOneOrFail(FollowUpTask, task.id);
    expect(task.dueAt.getTime()).toBe(managed.dueAt.getTime());
    expect(task.completedAt?.getTime() ?? null).toBe(managed.completedAt?.getTime() ?? null);
  });

  it('become a Date when first read, the same one after, and take an assigned value like a field', async () => {
    const em = app.orm.em.fork();
    const [row] = await selectPlain(em, Customer, 'c', sql`c.last_paid_at is not null`, { orderBy: sql`c.id`, limit: 1 });
    const first = row.lastPaidAt;
    expect(first).toBeInstanceOf(Date);
    expect(row.lastPaidAt).toBe(first);
    const later = new Date('2030-01-02T03:04:05.678Z');
    row.lastPaidAt = later;
    expect(row.lastPaidAt).toBe(later);
    row.lastPaidAt = null;
    expect(row.lastPaidAt).toBeNull();
  });
});
