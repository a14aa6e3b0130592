import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { AuthedContext } from '../src/context';
import type { AppConfig } from '../src/config';
import type { Clock } from '../src/common/clock';
import { jobContext } from '../src/context';
import { viewerOfUser } from '../src/auth/authenticate';
import { Platform } from '../src/customers/platform';
import { queryRows, sql } from '../src/db/sql';
import { kpiIncidentService } from '../src/kpis/kpi-incident.service';
import { conversationImportService, ImportedConversation } from '../src/conversations/conversation-import';
import { localDay } from '../src/kpis/kpi.service';
import { addDays } from '../src/kpis/kpi-periods';
import { ImportErrorPolicy, OrderStatus } from '../src/orders/order.enums';
import type { OrderInput } from '../src/orders/order.inputs';
import { orderService } from '../src/orders/order.service';
import { seededRandom } from './demo.seeder';

const WEEKLY = [1.0, 0.92, 0.95, 0.97, 1.05, 1.3, 1.22]; // Monday..Sunday
const BASE_ORDERS = 30;
/** Days before today of the planted anomaly: a week in which old customers stopped coming back. */
export const PLANTED_WEEK = { fromDaysAgo: 40, toDaysAgo: 34 };
const RETURNING_SHARE = 0.42;
const RETURNING_SHARE_PLANTED = 0;

/** Promotions of the demo calendar around a year (month-day, name, days). */
const PROMOTIONS: [string, string, number][] = [
  ['06-18', '618', 1],
  ['11-11', '双11', 1],
  ['12-12', '双12', 1],
];

/**
 * The year's customer-service conversations (their own random stream, so the orders stay the
 * same): six in ten buyers asked before ordering, up to a day and a half earlier; about 15 more
 * inquiries a day never convert. cs1 and cs2 take turns; first replies take seconds, one in
 * twenty several minutes; rounds follow minutes apart.
 */
function demoConversations(orders: readonly OrderInput[], first: string, today: string): ImportedConversation[] {
  const random = seededRandom(366);
  const agents = ['cs1@demo.shop', 'cs2@demo.shop'];
  const conversation = (externalId: string, buyer: string, startedAt: Date): ImportedConversation => {
    const rounds: { askedAt: Date; answeredAt: Date | null }[] = [];
    let at = startedAt.getTime();
    for (let r = 0, n = 1 + Math.floor(random() * 3); r < n; r++) {
      const wait = random() < 0.05 ? 240 + random() * 360 : 3 + random() * random() * 60;
      const answered = random() < 0.97;
      rounds.push({ askedAt: new Date(at), answeredAt: answered ? new Date(at + Math.round(wait) * 1000) : null });
      at += (wait + 120 + random() * 480) * 1000;
    }
    return { line: 0, externalId, platform: Platform.TAOBAO, buyer, agent: agents[Math.floor(random() * 2)], rounds, buyerMessages: rounds.length + Math.floor(random() * 3), agentMessages: rounds.filter((r) => r.answeredAt).length, endedAt: new Date(at) };
  };
  const all: ImportedConversation[] = [];
  orders.forEach((order) => {
    if (random() >= 0.6) return;
    const startedAt = new Date(order.placedAt.getTime() - Math.floor(random() * 36 * 3600) * 1000);
    if (localDay(startedAt, 'Asia/Shanghai') >= first) all.push(conversation(`QN-${order.platformOrderId}`, order.customer!.platformHandle, startedAt));
  });
  for (let day = first, n = 0; day < today; day = addDays(day, 1)) {
    for (let i = 0; i < 15; i++, n++) all.push(conversation(`QN-ASK-${n}`, `tb_asker_${String(n).padStart(5, '0')}`, new Date(Date.parse(`${day}T00:30:00Z`) + Math.floor(random() * 15 * 3600) * 1000)));
  }
  return all;
}

export interface DemoYearDeps {
  orm: MikroORM;
  config: AppConfig;
  logger: Logger;
  clock: Clock;
}

/** The day's orders: weekly rhythm, a slow season curve, growth, promotions ×4, noise. */
function ordersOn(day: string, index: number, random: () => number, promotion: boolean): number {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const season = 1 + 0.12 * Math.sin((2 * Math.PI * index) / 365);
  const growth = 0.85 + (0.3 * index) / 365;
  const mean = BASE_ORDERS * WEEKLY[weekday] * season * growth * (promotion ? 4 : 1);
  return Math.max(0, Math.round(mean + (random() - 0.5) * 2 * Math.sqrt(mean)));
}

/**
 * A year of the demo shop's orders and conversations up to yesterday (deterministic for a given
 * day), through the same import rules as every file, with the promotion calendar and one planted
 * anomaly; then
 * the anomaly job runs once, so a fresh `npm start` shows KPIs, comparisons and the incident.
 */
export async function seedDemoYear(deps: DemoYearDeps): Promise<{ orders: number; conversations: number; incidents: number }> {
  const em = deps.orm.em.fork();
  const [shop] = await queryRows<{ id: number; timezone: string; admin_id: number }>(
    em,
    sql`select s.id, s.timezone, u.id as admin_id from shops s join users u on u.shop_id = s.id and u.email = 'admin@demo.shop' where s.name = 'Demo Shop'`,
  );
  if (!shop) return { orders: 0, conversations: 0, incidents: 0 };
  const viewer = (await viewerOfUser(em, shop.admin_id, 'seed:demo-year'))!;
  const today = localDay(deps.clock.now(), shop.timezone);
  const first = addDays(today, -365);
  const year = Number(today.slice(0, 4));
  const promotionDays = new Set<string>();
  for (const y of [year - 1, year]) {
    for (const [monthDay, name, days] of PROMOTIONS) {
      const starts = `${y}-${monthDay}`;
      promotionDays.add(starts);
      await queryRows(em, sql`insert into promotions (shop_id, name, starts_on, ends_on) values (${shop.id}, ${name}, ${starts}::date, ${addDays(starts, days - 1)}::date)`);
    }
  }

  const random = seededRandom(365);
  const planted = [addDays(today, -PLANTED_WEEK.fromDaysAgo), addDays(today, -PLANTED_WEEK.toDaysAgo)];
  const buyers: number[] = [];
  const orders: OrderInput[] = [];
  let index = 0;
  for (let day = first; day < today; day = addDays(day, 1), index++) {
    const returning = day >= planted[0] && day <= planted[1] ? RETURNING_SHARE_PLANTED : RETURNING_SHARE;
    const n = ordersOn(day, index, random, promotionDays.has(day));
    for (let i = 0; i < n; i++) {
      let buyer: number;
      if (buyers.length > 20 && random() < returning) buyer = buyers[Math.floor(random() * buyers.length)];
      else buyers.push((buyer = buyers.length + 1));
      // Local time 09:00–23:00 (Shanghai is UTC+8 all year).
      const placedAt = new Date(Date.parse(`${day}T01:00:00Z`) + Math.floor(random() * 14 * 3600) * 1000);
      const roll = random();
      const status = roll < 0.05 ? OrderStatus.CANCELLED : roll < 0.08 ? OrderStatus.REFUNDED : day >= addDays(today, -2) && roll < 0.12 ? OrderStatus.UNPAID : day >= addDays(today, -7) ? OrderStatus.SHIPPED : OrderStatus.RECEIVED;
      orders.push({
        platformOrderId: `DEMO-${day.replace(/-/g, '')}-${String(i).padStart(3, '0')}`,
        customer: { platform: Platform.TAOBAO, platformHandle: `tb_buyer_${String(buyer).padStart(5, '0')}` },
        amount: Math.round((60 + random() * 240) * (random() < 0.1 ? 3 : 1)) * 100,
        status,
        placedAt,
        paidAt: status === OrderStatus.CANCELLED || status === OrderStatus.UNPAID ? null : new Date(placedAt.getTime() + Math.floor(random() * 1800) * 1000),
      } as OrderInput);
    }
  }

  // A thousand rows a transaction, as the admin, through the import rules.
  const inBatches = async <T>(rows: T[], write: (ctx: AuthedContext, batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await deps.orm.em.fork().transactional((tx) => write(jobContext(deps, tx, viewer, 'seed:demo-year'), rows.slice(i, i + 1000)));
    }
  };
  await inBatches(orders, (ctx, batch) => orderService.import(ctx, { orders: batch, errorPolicy: ImportErrorPolicy.REJECT_EVERYTHING }));
  const conversations = demoConversations(orders, first, today);
  await inBatches(conversations, (ctx, batch) => conversationImportService.import(ctx, batch));
  const incidents = await kpiIncidentService.detect(deps.orm.em.fork(), shop.id, deps.clock.now());
  return { orders: orders.length, conversations: conversations.length, incidents };
}
