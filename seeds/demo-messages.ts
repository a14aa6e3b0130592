import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { auditActor } from '../src/audit-trail/audit-context';
import { viewerOfUser } from '../src/auth/authenticate';
import { campaignService } from '../src/campaigns/campaign.service';
import { CareKind } from '../src/care/care.enums';
import { careService } from '../src/care/care.service';
import { localDate } from '../src/common/zoned-time';
import { jobContext } from '../src/context';
import { couponService } from '../src/coupons/coupon.service';
import { CouponPurpose, DiscountType } from '../src/coupons/coupon.enums';
import { queryRows, sql } from '../src/db/sql';
import { MessageChannel } from '../src/messages/message.enums';
import { messageTemplateService } from '../src/messages/message-template.service';
import { ValueSegment } from '../src/segments/segment';
import { WebhookEndpoint } from '../src/webhooks/webhook-endpoint.entity';
import type { DemoYearDeps } from './demo-year';

/** Where `npm run demo:receiver` listens, and the file the demo endpoint's secret is kept in. */
export const DEMO_RECEIVER_URL = 'http://127.0.0.1:4100/webhooks';
export const demoSecretFile = (dataDir: string) => path.join(dataDir, 'demo-webhook-secret');

const ISO = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/**
 * The demo shop's messages: consent for six in ten buyers (as a membership sign-up would
 * record it), platform-chat templates, care rules on, a webhook endpoint for
 * `npm run demo:receiver`, and a 双11-style campaign of four waves set around a promotion ten
 * days from today, so its first wave (T−10: wake the sleeping) goes on the day the demo starts.
 */
export async function seedDemoMessages(deps: DemoYearDeps): Promise<{ consented: number; waves: number }> {
  const em = deps.orm.em.fork();
  const [shop] = await queryRows<{ id: number; timezone: string; admin_id: number }>(
    em,
    sql`select s.id, s.timezone, u.id as admin_id from shops s join users u on u.shop_id = s.id and u.email = 'admin@demo.shop' where s.name = 'Demo Shop'`,
  );
  if (!shop) return { consented: 0, waves: 0 };
  const viewer = (await viewerOfUser(em, shop.admin_id, 'seed:demo-messages'))!;
  const actor = { shopId: shop.id, userId: shop.admin_id, apiTokenId: null, requestId: 'seed:demo-messages' };
  return auditActor.run(actor, () =>
    deps.orm.em.fork().transactional(async (tx: EntityManager) => {
      const ctx = jobContext(deps, tx, viewer, 'seed:demo-messages');
      const now = deps.clock.now();
      const consented = await queryRows<{ id: number }>(
        tx,
        sql`with chosen as (
              update customers set marketing_consent = 'GRANTED' where shop_id = ${shop.id} and hashtext(platform_handle) % 10 between -5 and 5 returning id
            )
            insert into marketing_consents (shop_id, customer_id, granted, source, evidence, created_at, updated_at)
            select ${shop.id}, id, true, 'CUSTOMER_FORM', 'Ticked "send me member offers" at membership sign-up (demo data).', ${now}, ${now} from chosen
            returning id`,
      );
      const template = async (name: string, body: string) => (await messageTemplateService.create(ctx, { name, channel: MessageChannel.PLATFORM_CHAT, body, signed: false })).messageTemplate.globalId;
      const coupon = async (name: string, purpose: CouponPurpose, value: number) =>
        (await couponService.createTemplate(ctx, { name, purpose, discountType: DiscountType.AMOUNT_OFF, discountValue: value, validDays: 14 })).couponTemplate.globalId;
      const promotionCoupon = await coupon('大促老客券', CouponPurpose.PROMOTION, 2000);
      const apologyCoupon = await coupon('差评致歉券', CouponPurpose.BAD_REVIEW_APOLOGY, 1500);

      for (const [kind, name, body, couponTemplateId, delayHours] of [
        [CareKind.PAYMENT_REMINDER, '催付', '{{customer.displayName}}您好，您拍下的订单{{order.platformOrderId}}还未付款，现货不多，付款后48小时内发货哦。', null, 0],
        [CareKind.LOGISTICS_DELAY, '物流延误致歉', '{{customer.displayName}}您好，订单{{order.platformOrderId}}的物流比预期慢了，非常抱歉，我们正在催件，有任何问题随时找我们。', null, 0],
        [CareKind.SIGNED_FOR, '签收邀评', '{{customer.displayName}}您好，订单{{order.platformOrderId}}已签收，商品还满意吗？方便的话给个评价，谢谢！', null, 24],
        [CareKind.BAD_REVIEW, '差评致歉', '{{customer.displayName}}您好，很抱歉这次没让您满意。送您{{coupon.amount}}无门槛券（{{coupon.code}}，{{coupon.expiresAt}}前有效），客服会一对一跟进。', apologyCoupon, 0],
        [CareKind.OUT_OF_STOCK, '缺货补偿', '{{customer.displayName}}您好，订单{{order.platformOrderId}}部分商品缺货，非常抱歉，客服会联系您补偿或退款。', null, 0],
      ] as const) {
        await careService.set(ctx, { kind, templateId: await template(name, body), couponTemplateId, delayHours, enabled: true });
      }

      const eventDate = ISO(localDate(new Date(now.getTime() + 10 * 86_400_000), shop.timezone));
      const { campaign } = await campaignService.create(ctx, { name: '双11 rehearsal (10 days ahead)', eventDate, holdoutShare: 0.05, conversionDays: 7 });
      const sixMonthsAgo = new Date(now.getTime() - 180 * 86_400_000);
      const exclude = ['reseller', 'large-order'];
      const waves = [
        { name: 'T−10: wake the sleeping', offsetDays: -10, sendFrom: '00:00', sendUntil: '23:59', body: '{{customer.displayName}}，好久不见！大促10天后开始，老朋友先领一张{{coupon.amount}}券：{{coupon.code}}。', coupon: true, audience: { filter: { lastOrderBefore: sixMonthsAgo } } },
        { name: 'T−5: benefits for high-value buyers', offsetDays: -5, sendFrom: '10:00', sendUntil: '20:00', body: '{{customer.displayName}}，{{tier.name}}会员大促权益已到账：前1小时下单送赠品。', coupon: false, audience: { filter: { valueSegment: ValueSegment.KEY } } },
        { name: 'T−1: urgency for the last half year\'s buyers', offsetDays: -1, sendFrom: '19:00', sendUntil: '21:30', body: '{{customer.displayName}}，大促明天0点开始，您收藏的商品库存不多了。', coupon: false, audience: { lastPaidWithinDays: 180 } },
        { name: 'Day: high-value buyers again', offsetDays: 0, sendFrom: '10:00', sendUntil: '12:00', body: '{{customer.displayName}}，大促进行中，会员专享价只到今晚。', coupon: false, audience: { filter: { valueSegment: ValueSegment.KEY } } },
      ];
      for (const [i, w] of waves.entries()) {
        const { wave } = await campaignService.addWave(ctx, campaign.globalId, {
          name: w.name, offsetDays: w.offsetDays, sendFrom: w.sendFrom, sendUntil: w.sendUntil, templateId: await template(`大促 ${i + 1}`, w.body),
          couponTemplateId: w.coupon ? promotionCoupon : null, audience: w.audience as never, excludeTags: exclude, priority: w.offsetDays === 0 ? 5 : 0,
        });
        await campaignService.schedule(ctx, wave.globalId);
      }

      // The demo endpoint: `npm run demo:receiver` reads its secret from the data folder.
      const secret = `whsec_${randomBytes(32).toString('base64')}`;
      tx.create(WebhookEndpoint, { shop: shop.id, url: DEMO_RECEIVER_URL, description: 'npm run demo:receiver (the demo sender)', secret });
      await tx.flush();
      mkdirSync(deps.config.dataDir, { recursive: true });
      writeFileSync(demoSecretFile(deps.config.dataDir), secret + '\n', { mode: 0o600 });
      return { consented: consented.length, waves: waves.length };
    }),
  );
}
