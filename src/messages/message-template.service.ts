import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { idOf } from '../common/relay';
import { DomainError, forbidden, notFound, UserError, UserErrorCode } from '../common/user-error';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { mayEditTemplates, mayReadArchivedTemplates, visibleTemplates } from './message.access';
import { MessageChannel } from './message.enums';
import { MessageTemplate } from './message-template.entity';
import type { MessageTemplateInput } from './message-template.inputs';
import { checkBody, render, smsSegments } from './template-text';

/** An SMS longer than this many segments is refused: a message, not a letter. */
export const MAX_SMS_SEGMENTS = 6;

const invalid = (code: UserErrorCode, message: string, field: string) => new UserError(code, message, ['input', field]);

export class MessageTemplateService {
  private async check(ctx: AuthedContext, input: MessageTemplateInput, exceptId: number | null): Promise<{ name: string; channel: MessageChannel; body: string; signed: boolean }> {
    const errors: UserError[] = [];
    const name = input.name.trim();
    const body = input.body.trim();
    const signed = input.signed ?? true;
    if (name.length < 1 || name.length > 100) errors.push(invalid(UserErrorCode.INVALID_INPUT, 'The name must be 1–100 characters.', 'name'));
    if (body.length < 1 || body.length > 1000) errors.push(invalid(UserErrorCode.INVALID_INPUT, 'The body must be 1–1000 characters.', 'body'));
    const { unknown, unbalanced } = checkBody(body);
    if (unknown.length) errors.push(invalid(UserErrorCode.INVALID_INPUT, `Unknown variable${unknown.length > 1 ? 's' : ''}: ${unknown.map((v) => `{{${v}}}`).join(', ')}. See messageTemplateVariables.`, 'body'));
    if (unbalanced) errors.push(invalid(UserErrorCode.INVALID_INPUT, 'A "{{" or "}}" opens or closes no variable.', 'body'));
    if (input.channel === MessageChannel.SMS && errors.length === 0) {
      const [shop] = await queryRows<{ name: string }>(ctx.em, sql`select name from shops where id = ${ctx.viewer.shopId}`);
      const segments = smsSegments(render(body, input.channel, signed, shop.name));
      if (segments > MAX_SMS_SEGMENTS) errors.push(invalid(UserErrorCode.TOO_LONG, `As an SMS it takes ${segments} segments; at most ${MAX_SMS_SEGMENTS}.`, 'body'));
    }
    if (name) {
      const [taken] = await queryRows<{ id: number }>(ctx.em, sql`select id from message_templates where shop_id = ${ctx.viewer.shopId} and name = ${name} and id <> ${exceptId ?? 0}`);
      if (taken) errors.push(invalid(UserErrorCode.DUPLICATE_NAME, `A template is already called "${name}".`, 'name'));
    }
    if (errors.length) throw new DomainError(errors);
    return { name, channel: input.channel, body, signed };
  }

  private requireEditor(ctx: AuthedContext): void {
    if (!mayEditTemplates(ctx.viewer)) throw forbidden('Only admins keep the message templates.');
  }

  private async own(ctx: AuthedContext, globalId: string): Promise<MessageTemplate> {
    const id = idOf(globalId, 'MessageTemplate');
    const template = id === null ? null : await ctx.em.findOne(MessageTemplate, { id, shop: ctx.viewer.shopId });
    if (!template) throw notFound('Message template');
    return template;
  }

  async create(ctx: AuthedContext, input: MessageTemplateInput): Promise<{ messageTemplate: MessageTemplate }> {
    this.requireEditor(ctx);
    const messageTemplate = ctx.em.create(MessageTemplate, { shop: ctx.viewer.shopId, ...(await this.check(ctx, input, null)) });
    await ctx.em.flush();
    return { messageTemplate };
  }

  async update(ctx: AuthedContext, globalId: string, input: MessageTemplateInput): Promise<{ messageTemplate: MessageTemplate }> {
    this.requireEditor(ctx);
    const messageTemplate = await this.own(ctx, globalId);
    messageTemplate.edit(await this.check(ctx, input, messageTemplate.id));
    await ctx.em.flush();
    return { messageTemplate };
  }

  async archive(ctx: AuthedContext, globalId: string): Promise<{ messageTemplate: MessageTemplate }> {
    this.requireEditor(ctx);
    const messageTemplate = await this.own(ctx, globalId);
    messageTemplate.archive(ctx.clock.now());
    await ctx.em.flush();
    return { messageTemplate };
  }

  list(ctx: AuthedContext, channel: MessageChannel | null | undefined, includeArchived: boolean, args: PageArgs): Promise<Page<MessageTemplate>> {
    if (includeArchived && !mayReadArchivedTemplates(ctx.viewer)) throw forbidden('Admins and reviewers list archived templates.');
    const where = sql.and([visibleTemplates(ctx.viewer, 't'), channel ? sql`t.channel = ${channel}` : null, includeArchived ? null : sql`t.archived_at is null`]);
    return selectPage(ctx.em, MessageTemplate, 't', where, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const messageTemplateService = new MessageTemplateService();
