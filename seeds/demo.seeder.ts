import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { hashPassword } from '../src/auth/password';
import { Role } from '../src/auth/role';
import { Customer } from '../src/customers/customer.entity';
import { CustomerStage } from '../src/customers/customer-stage';
import { endOfLocalDayAfter } from '../src/common/zoned-time';
import { FollowUpKind } from '../src/followups/follow-up.enums';
import { FollowUpTask } from '../src/followups/follow-up-task.entity';
import { Platform } from '../src/customers/platform';
import { Shop } from '../src/shops/shop.entity';
import { SalesTeam } from '../src/users/sales-team.entity';
import { User } from '../src/users/user.entity';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO_CUSTOMER_COUNT = 200;

/** Small deterministic random generator (mulberry32), so every seeded database is the same. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo'];
const GIVEN = ['Wei', 'Fang', 'Na', 'Min', 'Jing', 'Lei', 'Jun', 'Yan', 'Tao', 'Ming', 'Xin', 'Hui', 'Ping', 'Yu', 'Qiang', 'Li'];
const REGIONS = ['Zhejiang / Hangzhou', 'Guangdong / Shenzhen', 'Shanghai', 'Beijing', 'Jiangsu / Suzhou', 'Sichuan / Chengdu', 'Hubei / Wuhan', 'Fujian / Xiamen'];
const TAGS = ['reseller', 'large-order', 'bad-review', 'out-of-stock', 'price-sensitive', 'custom-order', 'vip', 'gift-buyer'];
const PLATFORMS = Object.values(Platform);

/**
 * "Demo Shop" with its whole retention team and ~200 customers, plus "Other Shop" to try
 * tenant isolation by hand. Every demo login uses the password `demo-pass-2026`.
 */
/** The demo customers' phone numbers and WeChat ids, as the seeder drew them; written sealed by `sealDemoContacts`. */
export const demoContacts: { platform: Platform; platformHandle: string; phone: string | null; wechatId: string | null }[] = [];

export class DemoSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    demoContacts.length = 0;
    const random = seededRandom(20261122);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const passwordHash = () => hashPassword(DEMO_PASSWORD);

    const demo = em.create(Shop, { name: 'Demo Shop', timezone: 'Asia/Shanghai', currency: 'CNY' });
    const staff = async (email: string, name: string, role: Role, team: SalesTeam | null = null) =>
      em.create(User, { shop: demo, email, name, role, team, passwordHash: await passwordHash() });

    await staff('admin@demo.shop', 'Admin Zhou', Role.ADMIN);
    const cs = [await staff('cs1@demo.shop', 'CS Lin', Role.CUSTOMER_SERVICE), await staff('cs2@demo.shop', 'CS Gao', Role.CUSTOMER_SERVICE)];
    await staff('reviewer@demo.shop', 'Reviewer Qian', Role.REVIEWER);
    const east = em.create(SalesTeam, { shop: demo, name: 'Team East' });
    const west = em.create(SalesTeam, { shop: demo, name: 'Team West' });
    const reps: User[] = [];
    for (let i = 1; i <= 6; i++) {
      reps.push(await staff(`sales${i}@demo.shop`, `Sales ${SURNAMES[i]} ${i}`, Role.SALES, i <= 3 ? east : west));
    }
    east.lead = ref(reps[0]);
    west.lead = ref(reps[3]);
    await em.flush();

    const start = Date.now() - 365 * 86_400_000;
    for (let i = 0; i < DEMO_CUSTOMER_COUNT; i++) {
      const platform = PLATFORMS[i % PLATFORMS.length];
      const name = `${pick(SURNAMES)} ${pick(GIVEN)}`;
      const createdAt = new Date(start + Math.floor(random() * 360) * 86_400_000 + i * 1000);
      const tags = TAGS.filter(() => random() < 0.12);
      const owner = i % 5 === 4 ? null : reps[i % reps.length];
      const platformHandle = `${platform.toLowerCase()}_${name.replace(' ', '').toLowerCase()}_${String(i + 1).padStart(3, '0')}`;
      // Drawn here, in the order they always were, so the rest of the demo stays the same; sealed by seeds/demo-contacts.ts.
      const phone = random() < 0.7 ? `+86138${String(10_000_000 + Math.floor(random() * 89_999_999)).slice(0, 8)}` : null;
      const wechatId = platform === Platform.WECHAT || random() < 0.3 ? `wx_${name.replace(' ', '').toLowerCase()}${i}` : null;
      if (phone || wechatId) demoContacts.push({ platform, platformHandle, phone, wechatId });
      const customer = em.create(Customer, {
        shop: demo,
        platform,
        platformHandle,
        displayName: name,
        region: pick(REGIONS),
        tags,
        notes: random() < 0.25 ? pick(['Wants a custom order.', 'Hesitates on price.', 'Asked about delivery time.', 'Bought as a gift.']) : null,
        // One in five customers waits unowned in the pool for screening.
        owner,
        stage: owner ? CustomerStage.IN_FOLLOW_UP : CustomerStage.REGISTERED,
        createdBy: cs[i % 2],
        createdAt,
        updatedAt: createdAt,
      });
      if (owner) {
        // Each owned customer has one open follow-up, some overdue, some due today, most later.
        const retry = random() < 0.3;
        em.create(FollowUpTask, {
          shop: demo,
          customer,
          assignee: owner,
          kind: retry ? FollowUpKind.RETRY : FollowUpKind.FIRST_CONTACT,
          cycle: retry ? 2 : 1,
          retryStreak: retry ? 1 : 0,
          dueAt: endOfLocalDayAfter(new Date(), Math.floor(random() * 17) - 4, 'Asia/Shanghai'),
        });
      }
    }

    const other = em.create(Shop, { name: 'Other Shop', timezone: 'Asia/Shanghai', currency: 'CNY' });
    const otherAdmin = em.create(User, { shop: other, email: 'admin@other.shop', name: 'Other Admin', role: Role.ADMIN, passwordHash: await passwordHash() });
    const otherRep = em.create(User, { shop: other, email: 'sales@other.shop', name: 'Other Sales', role: Role.SALES, passwordHash: await passwordHash() });
    for (let i = 1; i <= 5; i++) {
      em.create(Customer, {
        shop: other,
        platform: Platform.TAOBAO,
        platformHandle: `other_buyer_${i}`,
        displayName: `Other Buyer ${i}`,
        owner: otherRep,
        createdBy: otherAdmin,
      });
    }
    await em.flush();
  }
}
