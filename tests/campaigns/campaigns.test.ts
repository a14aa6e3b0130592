import { sealPhones } from '../support/contacts';
import {
  CampaignCreateDocument, CampaignLiftDocument, CampaignsDocument, CampaignWaveCancelDocument, CampaignWaveCreateDocument, CampaignWavePauseDocument, CampaignWavePreviewDocument,
  CampaignWaveResumeDocument, CampaignWaveScheduleDocument, CampaignWaveUpdateDocument, CouponTemplateCreateDocument, MessageTemplateCreateDocument, ShopSendSettingsDocument,
} from '../generated/graphql';
import { runShopDispatch } from '../../src/campaigns/wave-runner';
import { inHoldout } from '../../src/messages/send-rules';
import { fromGlobalId, toGlobalId } from '../../src/common/relay';
import { createTestApp, dataOf, errorCode, TestApp } from '../support/test-app';

let app: TestApp;
let shopId: number;
let templateId: string;
let couponTemplateId: string;
let campaignId: string;
let goldTierId: number;
beforeAll(async () => {
  app = await createTestApp({ JOBS_CONCURRENCY: '0' }); // the waves go when the test says
  app.clock.set(new Date('2026-10-25T04:00:00Z'));
  [{ id: shopId }] = await app.sql<{ id: number }>(`select id from shops where name = 'Demo Shop'`);
  const admin = await app.tokenFor('admin@demo.shop');
  await app.gql(ShopSendSettingsDocument, { input: { marketingCapPerDay: 3, marketingCapPerWeek: 10 } }, admin);
  [{ id: goldTierId }] = await app.sql<{ id: number }>(`insert into membership_tiers (shop_id, name, rank, min_paid_orders, min_spent, window_days, discount_percent, created_at, updated_at) values (${shopId}, 'Gold', 2, 5, 100000, 365, 10, now(), now()) returning id`);
  // Sixty old customers tagged d11: three resellers, ten without consent, five Gold.
  await app.sql(
    `insert into customers (shop_id, platform, platform_handle, handle_key, display_name, tags, marketing_consent, tier_id, created_by_id, created_at, updated_at)
     select ${shopId}, 'TAOBAO', 'd11_' || g, 'd11_' || g, '老客' || g,
            (case when g <= 3 then '{d11,reseller}' else '{d11}' end)::text[], (case when g > 50 then 'NONE' else 'GRANTED' end)::consent_status,
            case when g between 4 and 8 then ${goldTierId} end, (select id from users where email = 'admin@demo.shop'), now(), now()
       from generate_series(1, 60) g`,
  );
  await sealPhones(app, (c) => `+86139${c.platformHandle.slice(4).padStart(8, '0')}`, { platformHandle: { $like: 'd11\\_%' } });
  templateId = dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: '双11 wake', channel: 'SMS', body: '{{customer.displayName}}，双11老客券{{coupon.code}}减{{coupon.amount}}，{{coupon.expiresAt}}前有效。回T退订' } }, admin)).messageTemplateCreate.messageTemplate!.id;
  couponTemplateId = dataOf(await app.gql(CouponTemplateCreateDocument, { input: { name: '双11 old friends', purpose: 'PROMOTION', discountType: 'AMOUNT_OFF', discountValue: 2000, validDays: 20, tierDiscounts: [{ tierId: toGlobalId('MembershipTier', goldTierId), value: 5000 }] } }, admin)).couponTemplateCreate.couponTemplate!.id;
  campaignId = dataOf(await app.gql(CampaignCreateDocument, { input: { name: '双11 2026', eventDate: '2026-11-11' } }, admin)).campaignCreate.campaign!.id;
});
afterAll(() => app.close());

const admin = () => app.tokenFor('admin@demo.shop');
const at = (iso: string) => app.clock.set(new Date(iso));
/** The dispatch task of the queue, as the worker runs it. */
const dispatch = () => runShopDispatch(app.jobDeps, shopId);
const membersOf = (waveId: string) => app.sql<{ customer_id: number; held: boolean }>(`select customer_id, held from wave_members where wave_id = ${fromGlobalId(waveId)!.id} order by customer_id`);
type WaveInput = Parameters<typeof app.gql<unknown, { campaignId: string; input: Record<string, unknown> }>>[1];
const addWave = async (input: Record<string, unknown>) => {
  const created = dataOf(await app.gql(CampaignWaveCreateDocument, { campaignId, input: { sendFrom: '10:00', sendUntil: '20:00', templateId, couponTemplateId, ...input } as never } as WaveInput as never, await admin())).campaignWaveCreate;
  expect(created.userErrors).toEqual([]);
  return created.wave!;
};
const schedule = async (id: string) => {
  const scheduled = dataOf(await app.gql(CampaignWaveScheduleDocument, { id }, await admin())).campaignWaveSchedule;
  expect(scheduled.userErrors).toEqual([]);
  return scheduled.wave!;
};
const messagesOf = (waveId: string) =>
  app.sql<{ customer_id: number; status: string; rule: string | null; body: string | null; coupon_id: number | null }>(`select customer_id, status, rule, body, coupon_id from messages where wave_id = ${fromGlobalId(waveId)!.id} order by customer_id`);

describe('campaign waves', () => {
  it('previews the audience, snapshots it with a deterministic holdout, and sends each customer once with a tier-linked coupon', async () => {
    const wave = await addWave({ name: 'T−10: wake', offsetDays: -10, audience: { anyTags: ['d11'] }, excludeTags: ['reseller'] });
    expect(wave).toMatchObject({ status: 'DRAFT', sendsAt: '2026-11-01T02:00:00.000Z', sendEndsAt: '2026-11-01T12:00:00.000Z', sendFrom: '10:00', sendUntil: '20:00' });
    const preview = dataOf(await app.gql(CampaignWavePreviewDocument, { id: wave.id }, await app.tokenFor('reviewer@demo.shop'))).campaignWavePreview;
    expect(preview).toEqual({ matching: 60, excludedByTag: 3, recentlyMessaged: 0, withoutConsent: 10, optedOut: 0, snapshot: 57, expectedHoldout: 3 });

    const scheduled = await schedule(wave.id);
    const members = await membersOf(wave.id);
    expect(members).toHaveLength(57);
    // The SQL holdout is the TypeScript rule: the same customers, whoever computes it.
    const held = members.filter((m) => m.held).map((m) => m.customer_id);
    expect(held).toEqual(members.map((m) => m.customer_id).filter((id) => inHoldout(fromGlobalId(campaignId)!.id, id, 0.05)));
    // The holdout is in the ledger at once; the others become ledger rows when the wave is due.
    expect((await messagesOf(wave.id)).map((r) => [r.customer_id, r.rule])).toEqual(held.map((id) => [id, 'HOLDOUT']));
    expect(held.length).toBeGreaterThan(0);
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', audienceSize: 57, holdoutSize: held.length });

    at('2026-11-01T01:59:00Z');
    expect(await dispatch()).toBe(0);
    at('2026-11-01T02:00:00Z');
    await dispatch();
    const after = await messagesOf(wave.id);
    expect(after).toHaveLength(57);
    const handed = after.filter((r) => r.status === 'HANDED_OVER');
    const noConsent = after.filter((r) => r.rule === 'NO_CONSENT');
    const withoutConsent = (await app.sql<{ id: number }>(`select id from customers where tags @> '{d11}' and marketing_consent = 'NONE'`)).map((c) => c.id);
    expect(noConsent.map((r) => r.customer_id)).toEqual(withoutConsent.filter((id) => !held.includes(id)));
    expect(handed.length + noConsent.length + held.length).toBe(57);
    expect(after.filter((r) => r.rule === 'HOLDOUT').map((r) => r.customer_id)).toEqual(held);
    // Each handed-over message carries its own coupon: ¥50 for Gold, ¥20 otherwise.
    const coupons = await app.sql<{ id: number; customer_id: number; code: string; discount_value: number; tier_id: number | null }>(
      `select k.id, k.customer_id, k.code, k.discount_value, c.tier_id from coupons k join customers c on c.id = k.customer_id where k.template_id = ${fromGlobalId(couponTemplateId)!.id}`,
    );
    expect(coupons).toHaveLength(handed.length);
    for (const message of handed) {
      const coupon = coupons.find((k) => k.id === message.coupon_id)!;
      expect(coupon.customer_id).toBe(message.customer_id);
      expect(coupon.discount_value).toBe(coupon.tier_id === goldTierId ? 5000 : 2000);
      expect(message.body).toMatch(/^【Demo Shop】老客\d+，双11老客券/);
      expect(message.body).toContain(coupon.code);
      expect(message.body).toContain(coupon.tier_id === goldTierId ? '减¥50' : '减¥20');
      expect(message.body).toContain('2026-11-21前有效');
    }
    // A holdout customer is never handed a message: no event names them.
    const sentTo = await app.sql<{ customer: string }>(`select payload->'data'->'to'->>'customerId' as customer from webhook_events where type = 'MESSAGE_SEND'`);
    for (const id of held) expect(sentTo.map((s) => Number(s.customer))).not.toContain(id);
    // Exactly once: another run finds nothing.
    expect(await dispatch()).toBe(0);
    const counts = dataOf(await app.gql(CampaignsDocument, {}, await admin())).campaigns.edges[0].node.waves[0].messageCounts;
    expect(counts).toEqual(expect.arrayContaining([{ status: 'HANDED_OVER', rule: 'CLEARED', count: handed.length }, { status: 'SKIPPED', rule: 'HOLDOUT', count: held.length }]));
  });

  it('deduplicates overlapping waves by priority: a customer gets the same day\'s highest-priority wave only', async () => {
    const audience = { anyTags: ['d11'] };
    const high = await addWave({ name: 'T−1 urgency', offsetDays: -1, audience, priority: 5, couponTemplateId: null, templateId: await plainTemplate() });
    const low = await addWave({ name: 'T−1 extra', offsetDays: -1, sendFrom: '12:00', audience, priority: 1, couponTemplateId: null, templateId: await plainTemplate() });
    await schedule(high.id);
    await schedule(low.id);
    // A wave of higher priority scheduled later takes the day from the one scheduled first.
    const top = await addWave({ name: 'T−1 VIP', offsetDays: -1, audience: { anyTags: ['d11'], filter: { tierId: toGlobalId('MembershipTier', goldTierId) } }, priority: 9, couponTemplateId: null, templateId: await plainTemplate() });
    await schedule(top.id);
    at('2026-11-10T04:30:00Z'); // 12:30 on T−1: all three are due
    await dispatch();
    const golds = (await app.sql<{ id: number }>(`select id from customers where tier_id = ${goldTierId}`)).map((c) => c.id);
    const granted = (await app.sql<{ id: number }>(`select id from customers where marketing_consent = 'GRANTED'`)).map((c) => c.id);
    const sentTo = (rows: Awaited<ReturnType<typeof messagesOf>>) => rows.filter((r) => r.status === 'HANDED_OVER').map((r) => r.customer_id);
    const [highs, lows, tops] = [await messagesOf(high.id), await messagesOf(low.id), await messagesOf(top.id)];
    expect(lows.filter((r) => r.rule !== 'HOLDOUT').every((r) => r.rule === 'DEDUPLICATED')).toBe(true);
    expect(highs.filter((r) => golds.includes(r.customer_id) && r.rule !== 'HOLDOUT').every((r) => r.rule === 'DEDUPLICATED')).toBe(true);
    expect(sentTo(tops)).toEqual(golds.filter((id) => granted.includes(id) && !inHoldout(fromGlobalId(campaignId)!.id, id, 0.05)));
    // Nobody got two messages that day.
    const all = [...sentTo(highs), ...sentTo(lows), ...sentTo(tops)];
    expect(new Set(all).size).toBe(all.length);
    expect(sentTo(highs).length).toBeGreaterThan(30);
    const detail = await app.sql<{ detail: string }>(`select detail from messages where wave_id = ${fromGlobalId(low.id)!.id} and rule = 'DEDUPLICATED' limit 1`);
    expect(detail[0].detail).toBe('The wave "T−1 urgency" messages this customer the same day.');
  });

  it('pauses, resumes and cancels a wave; what a pause holds past the window is not sent', async () => {
    at('2026-11-05T00:00:00Z');
    const paused = await addWave({ name: 'T−5 benefits', offsetDays: -5, audience: { anyTags: ['d11'] }, couponTemplateId: null, templateId: await plainTemplate() });
    const cancelled = await addWave({ name: 'T−4 reminder', offsetDays: -4, audience: { anyTags: ['d11'] }, couponTemplateId: null, templateId: await plainTemplate() });
    await schedule(paused.id);
    await schedule(cancelled.id);
    expect(dataOf(await app.gql(CampaignWavePauseDocument, { id: paused.id }, await admin())).campaignWavePause.wave).toMatchObject({ status: 'PAUSED' });
    at('2026-11-06T03:00:00Z'); // the paused wave's window is open
    expect(await dispatch()).toBe(0);
    expect((await messagesOf(paused.id)).filter((r) => r.status === 'HANDED_OVER')).toEqual([]);
    const cancel = dataOf(await app.gql(CampaignWaveCancelDocument, { id: cancelled.id }, await admin())).campaignWaveCancel;
    expect(cancel.wave!.messageCounts.filter((c) => c.status === 'SCHEDULED')).toEqual([]);
    expect((await messagesOf(cancelled.id)).filter((r) => r.rule !== 'HOLDOUT').every((r) => r.rule === 'CANCELLED')).toBe(true);
    // Resumed after its window closed: nothing goes, and the ledger says why.
    at('2026-11-06T13:00:00Z');
    expect(dataOf(await app.gql(CampaignWaveResumeDocument, { id: paused.id }, await admin())).campaignWaveResume.wave).toMatchObject({ status: 'SCHEDULED' });
    await dispatch();
    const late = await messagesOf(paused.id);
    expect(late.filter((r) => r.status === 'HANDED_OVER')).toEqual([]);
    expect(late.filter((r) => r.rule === 'WINDOW_CLOSED').length).toBeGreaterThan(0);
    const refused = dataOf(await app.gql(CampaignWaveUpdateDocument, { id: paused.id, input: { name: 'x' } }, await admin())).campaignWaveUpdate;
    expect(refused.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);
  });

  it('an opt-out racing a scheduled wave wins: no customer is handed a message after their opt-out', async () => {
    at('2026-11-02T00:00:00Z');
    const wave = await addWave({ name: 'T−9 race', offsetDays: -9, sendFrom: '08:00', audience: { anyTags: ['d11'] }, couponTemplateId: null, templateId: await plainTemplate() });
    await schedule(wave.id);
    const customers = (await membersOf(wave.id)).filter((m) => !m.held).map((m) => m.customer_id);
    at('2026-11-02T00:30:00Z'); // 08:30: due
    const sales = await app.tokenFor('admin@demo.shop');
    // Half of them opt out while the wave is being decided, through the API, all at once.
    const granted = (await app.sql<{ id: number }>(`select id from customers where marketing_consent = 'GRANTED' and id = any('{${customers.join(',')}}'::int[])`)).map((c) => c.id);
    const optingOut = granted.filter((_, i) => i % 2 === 0);
    const [decided] = await Promise.all([
      dispatch(),
      ...optingOut.map((id) => app.raw(`mutation($id: ID!) { customerConsentRecord(customerId: $id, input: { granted: false, source: STAFF, evidence: "Stop." }) { userErrors { code } } }`, { id: toGlobalId('Customer', id) }, sales)),
    ]);
    expect(decided).toBeGreaterThanOrEqual(0);
    await dispatch(); // whatever the race left locked
    const rows = await app.sql<{ customer_id: number; status: string; rule: string }>(
      `select customer_id, status, rule from messages where wave_id = ${fromGlobalId(wave.id)!.id} and customer_id = any('{${optingOut.join(',')}}'::int[])`,
    );
    expect(rows).toHaveLength(optingOut.length);
    // Each ended one way or the other, never both, and nothing is left scheduled.
    for (const row of rows) expect(['HANDED_OVER:CLEARED', 'SKIPPED:OPTED_OUT']).toContain(`${row.status}:${row.rule}`);
    const others = (await messagesOf(wave.id)).filter((r) => customers.includes(r.customer_id) && !optingOut.includes(r.customer_id));
    expect(others.every((r) => r.status === 'HANDED_OVER' || r.rule === 'CAPPED_DAY' || r.rule === 'NO_CONSENT')).toBe(true);
    expect(others.filter((r) => granted.includes(r.customer_id)).every((r) => r.status === 'HANDED_OVER')).toBe(true);
    // An opt-out whose transaction holds the customer while the wave is decided: the dispatch
    // passes them by, and once the opt-out commits the message is stopped, never sent.
    const [target] = granted.filter((id) => !optingOut.includes(id));
    await app.sql(`update messages set status = 'SCHEDULED', rule = null, handed_over_at = null where wave_id = ${fromGlobalId(wave.id)!.id} and customer_id = ${target}`);
    const { Client } = await import('pg');
    const optOut = new Client({ connectionString: app.databaseUrl });
    await optOut.connect();
    await optOut.query('begin');
    await optOut.query(`select id from customers where id = $1 for update`, [target]);
    await optOut.query(`update customers set marketing_consent = 'WITHDRAWN' where id = $1`, [target]);
    await optOut.query(`update messages set status = 'SKIPPED', rule = 'OPTED_OUT' where customer_id = $1 and status = 'SCHEDULED' and purpose = 'MARKETING'`, [target]);
    expect(await dispatch()).toBe(0);
    await optOut.query('commit');
    await optOut.end();
    expect(await dispatch()).toBe(0);
    const [stopped] = await app.sql<{ status: string; rule: string }>(`select status, rule from messages where wave_id = ${fromGlobalId(wave.id)!.id} and customer_id = ${target}`);
    expect(stopped).toEqual({ status: 'SKIPPED', rule: 'OPTED_OUT' });
    optingOut.push(target);
    // Consent back for the tests below.
    await app.sql(`update customers set marketing_consent = 'GRANTED' where id = any('{${optingOut.join(',')}}'::int[])`);
  });

  it('reports the lift of sent over holdout with a confidence interval', async () => {
    const waveId = dataOf(await app.gql(CampaignsDocument, {}, await admin())).campaigns.edges[0].node.waves.find((w) => w.name === 'T−10: wake')!.id;
    const rows = await messagesOf(waveId);
    const sent = rows.filter((r) => r.status === 'HANDED_OVER').map((r) => r.customer_id);
    const held = rows.filter((r) => r.rule === 'HOLDOUT').map((r) => r.customer_id);
    // Half the sent buyers pay within the week after their message; one held-out buyer pays too.
    const payers = [...sent.filter((_, i) => i % 2 === 0), held[0]];
    for (const [i, id] of payers.entries()) {
      await app.sql(`insert into orders (shop_id, customer_id, platform_order_id, amount, currency, status, placed_at, paid_at) values (${shopId}, ${id}, 'LIFT-${i}', 9900, 'CNY', 'PAID', '2026-11-03T02:00:00Z', '2026-11-03T02:00:00Z')`);
    }
    // A payment past the conversion days does not count.
    await app.sql(`insert into orders (shop_id, customer_id, platform_order_id, amount, currency, status, placed_at, paid_at) values (${shopId}, ${sent[1]}, 'LIFT-LATE', 9900, 'CNY', 'PAID', '2026-11-20T02:00:00Z', '2026-11-20T02:00:00Z')`);
    const lift = dataOf(await app.gql(CampaignLiftDocument, { campaignId, waveId }, await app.tokenFor('reviewer@demo.shop'))).campaignLift;
    const heldWithConsent = (await app.sql<{ id: number }>(`select id from customers where id = any('{${held.join(',')}}'::int[]) and marketing_consent = 'GRANTED'`)).length;
    expect(lift).toMatchObject({ sentCustomers: sent.length, sentConverted: Math.ceil(sent.length / 2), holdoutCustomers: heldWithConsent, holdoutConverted: 1 });
    expect(lift.lift).toBeCloseTo(lift.sentRate! - lift.holdoutRate!, 10);
    expect(lift.liftLow!).toBeLessThan(lift.lift!);
    expect(lift.liftHigh!).toBeGreaterThan(lift.lift!);
  });

  it('re-evaluates the audience at send time when asked: leavers are skipped, newcomers added', async () => {
    at('2026-11-05T00:00:00Z');
    await app.sql(`update customers set tags = tags || '{late}' where platform_handle in ('d11_20', 'd11_21', 'd11_22', 'd11_23')`);
    const wave = await addWave({ name: 'Day: VIP again', offsetDays: 0, audience: { anyTags: ['late'] }, reevaluateAtSend: true, couponTemplateId: null, templateId: await plainTemplate() });
    await schedule(wave.id);
    await app.sql(`update customers set tags = array_remove(tags, 'late') where platform_handle in ('d11_20', 'd11_21')`);
    await app.sql(`update customers set tags = tags || '{late}' where platform_handle in ('d11_30', 'd11_31')`);
    at('2026-11-11T02:00:00Z');
    await dispatch();
    const rows = await app.sql<{ handle: string; status: string; rule: string }>(`select c.platform_handle as handle, m.status, m.rule from messages m join customers c on c.id = m.customer_id where m.wave_id = ${fromGlobalId(wave.id)!.id} and m.rule <> 'HOLDOUT' order by c.platform_handle`);
    const byHandle = Object.fromEntries(rows.map((r) => [r.handle, r.rule]));
    expect(byHandle).toMatchObject({ d11_20: 'LEFT_AUDIENCE', d11_21: 'LEFT_AUDIENCE' });
    for (const handle of ['d11_22', 'd11_23', 'd11_30', 'd11_31']) if (byHandle[handle]) expect([handle, byHandle[handle]]).toEqual([handle, 'CLEARED']);
    expect(Object.keys(byHandle)).toEqual(expect.arrayContaining(['d11_30', 'd11_31'].filter((h) => byHandle[h])));
  });

  it('reads campaigns with their waves, templates and message counts in a constant number of statements', async () => {
    const reviewer = await app.tokenFor('reviewer@demo.shop');
    let waves = 0;
    const statements = await app.statementsOf(reviewer, async () => {
      const campaigns = dataOf(await app.gql(CampaignsDocument, {}, reviewer)).campaigns.edges;
      waves = campaigns.reduce((n, c) => n + c.node.waves.length, 0);
      expect(campaigns.every((c) => c.node.waves.every((w) => w.template && w.messageCounts.length > 0))).toBe(true);
    });
    expect(waves).toBeGreaterThanOrEqual(8);
    expect(statements).toBeLessThanOrEqual(5); // campaigns, their waves, the templates, the coupon templates, the counts
  });

  it('checks wave input, and refuses reps and other shops', async () => {
    const bad = dataOf(await app.gql(CampaignWaveCreateDocument, { campaignId, input: { name: 'x', offsetDays: 0, sendFrom: '10:00', sendUntil: '10:00', templateId, audience: {} } }, await admin())).campaignWaveCreate;
    expect(bad.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([['INVALID_INPUT', 'input.sendUntil']]);
    const noCoupon = dataOf(await app.gql(CampaignWaveCreateDocument, { campaignId, input: { name: 'x', offsetDays: 0, sendFrom: '10:00', sendUntil: '11:00', templateId, audience: {} } }, await admin())).campaignWaveCreate;
    expect(noCoupon.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([['INVALID_INPUT', 'input.couponTemplateId']]);
    const badTier = dataOf(await app.gql(CampaignWaveCreateDocument, { campaignId, input: { name: 'x', offsetDays: 0, sendFrom: '10:00', sendUntil: '11:00', templateId, couponTemplateId, audience: { filter: { tierId: 'nonsense' } } } }, await admin())).campaignWaveCreate;
    expect(badTier.userErrors.map((e) => e.code)).toEqual(['INVALID_INPUT']);
    expect(errorCode(await app.gql(CampaignsDocument, {}, await app.tokenFor('sales1@demo.shop')))).toBe('FORBIDDEN');
    expect(errorCode(await app.gql(CampaignCreateDocument, { input: { name: 'x', eventDate: '2026-12-12' } }, await app.tokenFor('reviewer@demo.shop')))).toBe('FORBIDDEN');
    expect(dataOf(await app.gql(CampaignsDocument, {}, await app.tokenFor('admin@other.shop'))).campaigns.edges).toEqual([]);
    const [{ id: waveId }] = (await app.sql<{ id: number }>(`select id from campaign_waves limit 1`));
    const foreign = dataOf(await app.gql(CampaignWaveCancelDocument, { id: toGlobalId('CampaignWave', waveId) }, await app.tokenFor('admin@other.shop'))).campaignWaveCancel;
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

let plain: string | undefined;
async function plainTemplate(): Promise<string> {
  plain ??= dataOf(await app.gql(MessageTemplateCreateDocument, { input: { name: '双11 note', channel: 'SMS', body: '{{customer.displayName}}，双11就要到了。回T退订' } }, await admin())).messageTemplateCreate.messageTemplate!.id;
  return plain;
}
