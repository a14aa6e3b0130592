import { randomBytes } from 'node:crypto';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { wakeDeliverySql } from './outbox';
import { visibleWebhooks } from './webhook.access';
import { WebhookEventType } from './webhook.enums';
import type { WebhookEndpointInput } from './webhook.inputs';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event.entity';
import { refusedHost, refusedUrl } from './webhook-target';

/** Hours a rotated-out secret keeps signing beside the new one, so receivers can switch without losing events. */
export const ROTATION_OVERLAP_HOURS = 24;
/** Endpoints a shop may register. */
const MAX_ENDPOINTS = 20;

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const invalid = (message: string, field: string) => new DomainError(new UserError(UserErrorCode.INVALID_INPUT, message, ['input', field]));

export class WebhookService {
  private async checkUrl(ctx: AuthedContext, text: string): Promise<string> {
    const url = text.trim();
    const policy = ctx.config.webhookTargets;
    const why = refusedUrl(url, policy) ?? (await refusedHost(new URL(url).hostname.replace(/^\[|\]$/g, ''), policy));
    if (why) throw invalid(`This URL cannot receive webhooks: ${why}`, 'url');
    return url;
  }

  private async own(ctx: AuthedContext, globalId: string): Promise<WebhookEndpoint> {
    const id = idOf(globalId, 'WebhookEndpoint');
    const endpoint = id === null ? null : await ctx.em.findOne(WebhookEndpoint, { id, shop: ctx.viewer.shopId });
    if (!endpoint) throw notFound('Webhook endpoint');
    return endpoint;
  }

  async create(ctx: AuthedContext, input: WebhookEndpointInput): Promise<{ webhookEndpoint: WebhookEndpoint; secret: string }> {
    if (!input.url) throw invalid('A new endpoint needs its URL.', 'url');
    const url = await this.checkUrl(ctx, input.url);
    const [{ count }] = await queryRows<{ count: number }>(ctx.em, sql`select count(*)::int as count from webhook_endpoints where shop_id = ${ctx.viewer.shopId}`);
    if (count >= MAX_ENDPOINTS) throw invalid(`A shop registers at most ${MAX_ENDPOINTS} endpoints.`, 'url');
    const secret = newSecret();
    const webhookEndpoint = ctx.em.create(WebhookEndpoint, { shop: ctx.viewer.shopId, url, description: input.description?.trim() ?? '', eventTypes: [...new Set(input.eventTypes ?? [])], secret });
    if (input.enabled === false) webhookEndpoint.disable(ctx.clock.now(), 'Disabled by staff.');
    await ctx.em.flush();
    return { webhookEndpoint, secret };
  }

  async update(ctx: AuthedContext, globalId: string, input: WebhookEndpointInput): Promise<{ webhookEndpoint: WebhookEndpoint }> {
    const webhookEndpoint = await this.own(ctx, globalId);
    if (input.url) webhookEndpoint.url = await this.checkUrl(ctx, input.url);
    if (input.description !== undefined && input.description !== null) webhookEndpoint.description = input.description.trim();
    if (input.eventTypes) webhookEndpoint.eventTypes = [...new Set(input.eventTypes)];
    if (input.enabled === false) webhookEndpoint.disable(ctx.clock.now(), 'Disabled by staff.');
    if (input.enabled === true) webhookEndpoint.enable();
    await ctx.em.flush();
    return { webhookEndpoint };
  }

  /** A new secret; the old one keeps signing beside it for ROTATION_OVERLAP_HOURS. */
  async rotateSecret(ctx: AuthedContext, globalId: string): Promise<{ webhookEndpoint: WebhookEndpoint; secret: string }> {
    const webhookEndpoint = await this.own(ctx, globalId);
    const secret = newSecret();
    // Wall-clock time, as every delivery timing is (the worker compares it with PostgreSQL's now()).
    webhookEndpoint.rotate(secret, new Date(), ROTATION_OVERLAP_HOURS);
    await ctx.em.flush();
    return { webhookEndpoint, secret };
  }

  /**
   * Sends an event again, with the same `webhook-id`, to every endpoint it went to (or one
   * named): its deliveries start a fresh schedule of attempts now.
   */
  async replay(ctx: AuthedContext, globalId: string, endpointGlobalId: string | null | undefined): Promise<{ webhookEvent: WebhookEvent }> {
    const id = idOf(globalId, 'WebhookEvent');
    const webhookEvent = id === null ? null : await ctx.em.findOne(WebhookEvent, { id, shop: ctx.viewer.shopId });
    if (!webhookEvent) throw notFound('Webhook event');
    let endpointId: number | null = null;
    if (endpointGlobalId) endpointId = (await this.own(ctx, endpointGlobalId)).id;
    const now = ctx.clock.now();
    const replayed = await queryRows<{ endpoint_id: number }>(
      ctx.em,
      sql`with target as (
            select e.id from webhook_endpoints e
             where e.shop_id = ${ctx.viewer.shopId} and e.disabled_at is null
               and (${endpointId}::int is null and exists (select 1 from webhook_deliveries d where d.event_id = ${webhookEvent.id} and d.endpoint_id = e.id) or e.id = ${endpointId}::int)
          )
          insert into webhook_deliveries (event_id, endpoint_id, next_attempt_at, created_at, updated_at)
          select ${webhookEvent.id}, target.id, now(), ${now}, ${now} from target
          on conflict (event_id, endpoint_id) do update set status = 'PENDING', attempts = 0, next_attempt_at = now(), leased_until = null, updated_at = excluded.updated_at
          returning endpoint_id`,
    );
    if (replayed.length === 0) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'No enabled endpoint to send this event to.', ['endpointId']));
    await queryRows(ctx.em, sql`select ${wakeDeliverySql(sql`endpoint_id`, null)} from unnest(${replayed.map((r) => r.endpoint_id)}::int[]) as endpoint_id`);
    return { webhookEvent };
  }

  listEndpoints(ctx: AuthedContext, args: PageArgs): Promise<Page<WebhookEndpoint>> {
    const scope = visibleWebhooks(ctx.viewer, 'e');
    if (!scope) throw forbidden('Admins and reviewers read the webhook endpoints.');
    return selectPage(ctx.em, WebhookEndpoint, 'e', scope, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  listEvents(ctx: AuthedContext, type: WebhookEventType | null | undefined, deadOnly: boolean, args: PageArgs): Promise<Page<WebhookEvent>> {
    const scope = visibleWebhooks(ctx.viewer, 'ev');
    if (!scope) throw forbidden('Admins and reviewers read the webhook outbox.');
    const where = sql.and([scope, type ? sql`ev.type = ${type}` : null, deadOnly ? sql`exists (select 1 from webhook_deliveries d where d.event_id = ev.id and d.status = 'DEAD')` : null]);
    return selectPage(ctx.em, WebhookEvent, 'ev', where, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const webhookService = new WebhookService();
