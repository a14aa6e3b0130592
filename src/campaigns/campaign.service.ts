import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { minutesOf } from '../common/time-of-day';
import { addDays, startOfLocalDay } from '../common/zoned-time';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { wakeDispatchSql } from '../messages/dispatch';
import { MessageTemplate } from '../messages/message-template.entity';
import { checkBody } from '../messages/template-text';
import { Shop } from '../shops/shop.entity';
import type { AudiencePreview, AudienceRules } from './audience';
import { WaveStatus } from './campaign.enums';
import { Campaign, CampaignWave } from './campaign.entity';
import type { CampaignInput, CampaignWaveInput } from './campaign.inputs';
import { liftOf, LiftReport } from './lift';
import { checkAudience, closeMembers, previewAudience, snapshotWave, WaveSnapshotSpec } from './wave-snapshot';
import { skipSetSql } from '../messages/ledger-sql';

const invalid = (message: string, ...field: string[]) => new DomainError(new UserError(UserErrorCode.INVALID_INPUT, message, ['input', ...field]));
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value ?? {})) as T;

export class CampaignService {
  private requireAdmin(ctx: AuthedContext): void {
    if (ctx.viewer.role !== Role.ADMIN) throw forbidden('Only admins run campaigns.');
  }

  private async campaign(ctx: AuthedContext, globalId: string, field = ['id']): Promise<Campaign> {
    const id = idOf(globalId, 'Campaign');
    const campaign = id === null ? null : await ctx.em.findOne(Campaign, { id, shop: ctx.viewer.shopId });
    if (!campaign) throw notFound('Campaign', field);
    return campaign;
  }

  async wave(ctx: AuthedContext, globalId: string): Promise<CampaignWave> {
    const id = idOf(globalId, 'CampaignWave');
    const wave = id === null ? null : await ctx.em.findOne(CampaignWave, { id, shop: ctx.viewer.shopId }, { populate: ['campaign'] });
    if (!wave) throw notFound('Campaign wave');
    return wave;
  }

  async create(ctx: AuthedContext, input: CampaignInput): Promise<{ campaign: Campaign }> {
    this.requireAdmin(ctx);
    const campaign = ctx.em.create(Campaign, { shop: ctx.viewer.shopId, name: input.name.trim(), eventDate: input.eventDate, holdoutShare: input.holdoutShare ?? 0.05, conversionDays: input.conversionDays ?? 7 });
    await ctx.em.flush();
    return { campaign };
  }

  list(ctx: AuthedContext, args: PageArgs): Promise<Page<Campaign>> {
    return selectPage(ctx.em, Campaign, 'cp', sql`cp.shop_id = ${ctx.viewer.shopId}`, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  /** Checks and applies a wave's input; a new wave needs every field. */
  private async applyWave(ctx: AuthedContext, wave: CampaignWave, campaign: Campaign, input: CampaignWaveInput, creating: boolean): Promise<void> {
    if (creating) for (const f of ['name', 'offsetDays', 'sendFrom', 'sendUntil', 'templateId', 'audience'] as const) if (input[f] === undefined || input[f] === null) throw invalid(`${f} is required for a new wave.`, f);
    if (input.name) wave.name = input.name.trim();
    if (input.offsetDays !== undefined && input.offsetDays !== null) wave.offsetDays = input.offsetDays;
    if (input.sendFrom) wave.sendFrom = minutesOf(input.sendFrom);
    if (input.sendUntil) wave.sendUntil = minutesOf(input.sendUntil);
    if (wave.sendFrom === wave.sendUntil) throw invalid('The window must be open for some time: sendUntil equals sendFrom.', 'sendUntil');
    if (input.templateId) {
      const id = idOf(input.templateId, 'MessageTemplate');
      const template = id === null ? null : await ctx.em.findOne(MessageTemplate, { id, shop: ctx.viewer.shopId });
      if (!template) throw new DomainError(new UserError(UserErrorCode.NOT_FOUND, 'Message template not found.', ['input', 'templateId']));
      if (template.archivedAt) throw invalid('This template is archived.', 'templateId');
      wave.template = ctx.em.getReference(MessageTemplate, template.id) as never;
    }
    if (input.couponTemplateId !== undefined) {
      const id = input.couponTemplateId ? idOf(input.couponTemplateId, 'CouponTemplate') : null;
      const coupon = id === null ? null : await ctx.em.findOne(CouponTemplate, { id, shop: ctx.viewer.shopId });
      if (input.couponTemplateId && !coupon) throw new DomainError(new UserError(UserErrorCode.NOT_FOUND, 'Coupon template not found.', ['input', 'couponTemplateId']));
      if (coupon && !coupon.active) throw new DomainError(new UserError(UserErrorCode.TEMPLATE_INACTIVE, 'This coupon template is not active.', ['input', 'couponTemplateId']));
      wave.couponTemplate = coupon ? (ctx.em.getReference(CouponTemplate, coupon.id) as never) : null;
    }
    const template = await ctx.em.findOneOrFail(MessageTemplate, { id: wave.template.id });
    const variables = checkBody(template.body).variables;
    if (variables.some((v) => v.startsWith('order.'))) throw invalid('A campaign message is about no order: the template uses {{order.…}}.', 'templateId');
    if (variables.some((v) => v.startsWith('coupon.')) && !wave.couponTemplate) throw invalid('The template uses {{coupon.…}}: name the coupon template to issue with it.', 'couponTemplateId');
    if (input.audience) wave.audience = plain(input.audience) as AudienceRules;
    if (input.excludeTags) wave.excludeTags = [...new Set(input.excludeTags.map((t) => t.trim().toLowerCase()).filter(Boolean))];
    if (input.excludeMessagedWithinHours !== undefined) wave.excludeMessagedWithinHours = input.excludeMessagedWithinHours ?? null;
    if (input.priority !== undefined && input.priority !== null) wave.priority = input.priority;
    if (input.reevaluateAtSend !== undefined && input.reevaluateAtSend !== null) wave.reevaluateAtSend = input.reevaluateAtSend;
    const shop = await ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
    const day = startOfLocalDay(addDays(parseDay(campaign.eventDate), wave.offsetDays), shop.timezone).getTime();
    wave.sendsAt = new Date(day + wave.sendFrom * 60_000);
    wave.sendEndsAt = new Date(day + (wave.sendUntil > wave.sendFrom ? wave.sendUntil : wave.sendUntil + 24 * 60) * 60_000);
    // Checked now, so a bad id in the audience is the input's error, not the schedule's.
    await checkAudience(ctx, wave.audience, ctx.clock.now());
  }

  async addWave(ctx: AuthedContext, campaignGlobalId: string, input: CampaignWaveInput): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const campaign = await this.campaign(ctx, campaignGlobalId, ['campaignId']);
    const wave = ctx.em.create(CampaignWave, { shop: ctx.viewer.shopId, campaign, name: '', offsetDays: 0, sendFrom: 0, sendUntil: 0, template: 0 as never, audience: {}, sendsAt: new Date(0), sendEndsAt: new Date(0) });
    await this.applyWave(ctx, wave, campaign, input, true);
    await ctx.em.flush();
    return { wave };
  }

  async updateWave(ctx: AuthedContext, globalId: string, input: CampaignWaveInput): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const wave = await this.wave(ctx, globalId);
    if (wave.status !== WaveStatus.DRAFT) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Only a draft wave changes; this one is scheduled (cancel it and make another).', ['id']));
    await this.applyWave(ctx, wave, wave.campaign.getEntity(), input, false);
    await ctx.em.flush();
    return { wave };
  }

  specOf(wave: CampaignWave, campaign: Campaign): WaveSnapshotSpec {
    return {
      id: wave.id, campaignId: campaign.id, shopId: campaign.shop.id, templateId: wave.template.id, channel: '', sendsAt: wave.sendsAt, holdoutShare: campaign.holdoutShare,
      audience: wave.audience, excludeTags: wave.excludeTags, excludeMessagedWithinHours: wave.excludeMessagedWithinHours,
      couponTemplateId: wave.couponTemplate?.id ?? null, scheduledBy: wave.scheduledById ?? 0,
    };
  }

  async preview(ctx: AuthedContext, globalId: string): Promise<AudiencePreview> {
    const wave = await this.wave(ctx, globalId);
    return previewAudience(ctx, this.specOf(wave, wave.campaign.getEntity()), ctx.clock.now());
  }

  /** Snapshots the audience into the ledger and queues the wave's dispatch at its window. */
  async schedule(ctx: AuthedContext, globalId: string): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const wave = await this.wave(ctx, globalId);
    const now = ctx.clock.now();
    if (wave.status !== WaveStatus.DRAFT) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, `The wave is ${wave.status.toLowerCase()} already.`, ['id']));
    if (wave.sendEndsAt.getTime() <= now.getTime()) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Its send window has passed: move it (offsetDays, sendUntil) first.', ['id']));
    const template = await ctx.em.findOneOrFail(MessageTemplate, { id: wave.template.id });
    if (template.archivedAt) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Its template was archived since: choose another.', ['id']));
    wave.schedule(now, ctx.viewer.userId, 0, 0);
    await ctx.em.flush();
    const sizes = await snapshotWave(ctx, { ...this.specOf(wave, wave.campaign.getEntity()), channel: template.channel }, now);
    wave.schedule(now, ctx.viewer.userId, sizes.audience, sizes.holdout);
    await queryRows(ctx.em, sql`select ${wakeDispatchSql(wave.shop.id, wave.sendsAt.getTime() - now.getTime())}`);
    await ctx.em.flush();
    return { wave };
  }

  async pause(ctx: AuthedContext, globalId: string): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const wave = await this.wave(ctx, globalId);
    if (wave.status !== WaveStatus.SCHEDULED) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Only a scheduled wave pauses.', ['id']));
    wave.pause();
    await ctx.em.flush();
    return { wave };
  }

  async resume(ctx: AuthedContext, globalId: string): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const wave = await this.wave(ctx, globalId);
    if (wave.status !== WaveStatus.PAUSED) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'Only a paused wave resumes.', ['id']));
    wave.resume();
    await ctx.em.flush();
    await queryRows(ctx.em, sql`select ${wakeDispatchSql(wave.shop.id, wave.sendsAt.getTime() - ctx.clock.now().getTime())}`);
    return { wave };
  }

  /** Stops every unsent message of the wave (SKIPPED, CANCELLED); what was handed over stays. */
  async cancel(ctx: AuthedContext, globalId: string): Promise<{ wave: CampaignWave }> {
    this.requireAdmin(ctx);
    const wave = await this.wave(ctx, globalId);
    if (wave.status === WaveStatus.CANCELLED) throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'The wave is cancelled already.', ['id']));
    wave.cancel();
    await ctx.em.flush();
    const now = ctx.clock.now();
    const detail = 'Its wave was cancelled before it was sent.';
    await queryRows(
      ctx.em,
      sql`update messages m set ${skipSetSql(now, 'CANCELLED', detail)}
           where m.wave_id = ${wave.id} and m.status = 'SCHEDULED'`,
    );
    // Members not yet in the ledger get their row too: every member of the wave can be asked about.
    const template = await ctx.em.findOneOrFail(MessageTemplate, { id: wave.template.id });
    await closeMembers(ctx.em, { id: wave.id, shopId: wave.shop.id, templateId: template.id, channel: template.channel, materializedThrough: wave.materializedThrough }, 'CANCELLED', detail, now);
    await ctx.em.refresh(wave);
    return { wave };
  }

  /**
   * How waves' messages stand: a count per status and rule, members not yet in the ledger counted
   * as SCHEDULED with no rule (one statement for many waves).
   */
  async counts(ctx: Pick<AuthedContext, 'em' | 'viewer'>, waveIds: readonly number[]): Promise<{ status: string; rule: string | null; count: number }[][]> {
    const rows = await queryRows<{ wave_id: number; status: string; rule: string | null; count: number }>(
      ctx.em,
      sql`select wave_id, status, rule, sum(count)::int as count from (
            select wave_id, status::text, rule::text, count(*) as count from messages where wave_id = any(${[...waveIds]}::int[]) and shop_id = ${ctx.viewer.shopId} group by wave_id, status, rule
            union all
            select w.id, 'SCHEDULED', null, count(*) from campaign_waves w join wave_members m on m.wave_id = w.id and not m.held and m.customer_id > w.materialized_through
             where w.id = any(${[...waveIds]}::int[]) and w.shop_id = ${ctx.viewer.shopId} group by w.id
          ) c group by wave_id, status, rule order by wave_id, status, rule nulls first`,
    );
    return waveIds.map((id) => rows.filter((r) => r.wave_id === id).map(({ status, rule, count }) => ({ status, rule, count })));
  }

  /**
   * Paid-order conversion of the customers handed the campaign's messages (within its conversion
   * days after the message) against its holdout (after the wave's send time), over all its
   * waves or one. The holdout counts only customers with marketing consent, as the sent did.
   */
  async lift(ctx: AuthedContext, campaignGlobalId: string, waveGlobalId: string | null | undefined): Promise<LiftReport> {
    const campaign = await this.campaign(ctx, campaignGlobalId, ['campaignId']);
    const waveId = waveGlobalId ? (await this.wave(ctx, waveGlobalId)).id : null;
    const rows = await queryRows<{ sent: boolean; customers: number; converted: number }>(
      ctx.em,
      sql`with member as (
            select m.customer_id, m.status <> 'SKIPPED' as sent, min(coalesce(m.handed_over_at, w.sends_at)) as since
              from messages m join campaign_waves w on w.id = m.wave_id join customers c on c.id = m.customer_id
             where w.campaign_id = ${campaign.id} and (${waveId}::int is null or w.id = ${waveId}::int)
               and (m.status in ('HANDED_OVER', 'DELIVERED', 'FAILED') or (m.rule = 'HOLDOUT' and c.marketing_consent = 'GRANTED'))
             group by m.customer_id, m.status <> 'SKIPPED'
          )
          select sent, count(*)::int as customers,
                 count(*) filter (where exists (select 1 from orders o where o.customer_id = member.customer_id and o.paid_at >= member.since and o.paid_at < member.since + make_interval(days => ${campaign.conversionDays})))::int as converted
            from member group by sent`,
    );
    const group = (sent: boolean) => rows.find((r) => r.sent === sent) ?? { customers: 0, converted: 0 };
    return liftOf(group(true), group(false));
  }
}

function parseDay(text: string) {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
}

export const campaignService = new CampaignService();
