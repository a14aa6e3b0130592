import { FilterQuery, ref } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { Page, PageArgs, Selection, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { selectPlain } from '../db/rows';
import { pageIncludes } from '../db/page-include';
import type { OperationFields } from '../db/read-columns';
import { idOf, requireIdOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode, forbidden } from '../common/user-error';
import { localDay } from '../common/zoned-time';
import { Customer } from '../customers/customer.entity';
import { ownershipService } from '../ownership/ownership.service';
import { publishEvent } from '../events/event-bus';
import { Shop } from '../shops/shop.entity';
import { teamMembers } from '../users/team-reach';
import { User } from '../users/user.entity';
import { dueAfter, nextStep } from './cycle-policy';
import { queryRows, sql, Sql } from '../db/sql';
import { seesWorkOf, visibleTaskFilter, visibleTasks } from './follow-up.access';
import { FollowUpKind, FollowUpStatus } from './follow-up.enums';
import { FollowUpTaskCompleteInput, FollowUpTaskFilter, FollowUpTaskOrderBy, FollowUpTaskOrderField } from './follow-up.inputs';
import { FollowUpTask } from './follow-up-task.entity';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { assignedEvent } from './follow-up-events';

const refuse = (code: UserErrorCode, message: string, field: string[] = ['id']) => new DomainError(new UserError(code, message, field));

export interface FollowUpSummary {
  dueToday: number;
  overdue: number;
  upcoming: number;
}

function refuseFollowUps(): never {
  throw forbidden('Customer service sees a customer\'s stage, not its follow-ups.');
}

export class FollowUpService {
  /** The viewer's shop with its policy and time zone (managed by `ctx.em`). */
  shopOf(ctx: AuthedContext): Promise<Shop> {
    return ctx.em.findOneOrFail(Shop, { id: ctx.viewer.shopId });
  }

  /** Tasks the viewer may see; CUSTOMER_SERVICE may see none (FORBIDDEN on list queries). */
  scope(ctx: AuthedContext): FilterQuery<FollowUpTask> {
    return visibleTaskFilter(ctx.viewer) ?? refuseFollowUps();
  }

  async get(ctx: AuthedContext, globalId: string): Promise<FollowUpTask | null> {
    const id = idOf(globalId, 'FollowUpTask');
    return id === null ? null : ctx.loaders.followUpTaskById.load(id);
  }

  /** A task read afresh for a subscription event, within the viewer's scope. */
  async loadFresh(ctx: AuthedContext, id: number): Promise<FollowUpTask | null> {
    const scope = visibleTasks(ctx.viewer, 't');
    const [task] = scope ? await selectPlain(ctx.em, FollowUpTask, 't', sql`t.id = ${id} and ${scope}`) : [];
    return task ?? null;
  }

  /** A new task for the customer's owner, announced to the assignee on commit. */
  async schedule(
    ctx: Pick<AuthedContext, 'em'> & { viewer: Pick<Viewer, 'shopId'> },
    fields: { customer: Customer; assignee: User | number; kind: FollowUpKind; cycle: number; retryStreak: number; dueAt: Date; previous?: FollowUpTask; note?: string },
  ): Promise<FollowUpTask> {
    const task = ctx.em.create(FollowUpTask, {
      shop: ctx.viewer.shopId,
      customer: fields.customer,
      assignee: fields.assignee,
      kind: fields.kind,
      cycle: fields.cycle,
      retryStreak: fields.retryStreak,
      dueAt: fields.dueAt,
      previous: fields.previous ?? null,
      note: fields.note ?? null,
    });
    await ctx.em.flush();
    await publishEvent(ctx.em, { topic: 'FOLLOW_UP_TASK_ASSIGNED', shopId: ctx.viewer.shopId, id: task.id, userId: task.assignee.id });
    await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.FOLLOW_UP_ASSIGNED, [assignedEvent(task.id, fields.customer.id, task.assignee.id, task.kind, task.dueAt)], new Date());
    return task;
  }

  /** The first contact after screening, due `firstCycleDays` later (end of day, shop time). */
  async scheduleFirstContact(ctx: AuthedContext, customer: Customer, assignee: User): Promise<FollowUpTask> {
    const shop = await this.shopOf(ctx);
    const now = ctx.clock.now();
    return this.schedule(ctx, { customer, assignee, kind: FollowUpKind.FIRST_CONTACT, cycle: 1, retryStreak: 0, dueAt: dueAfter(shop, now, shop.firstCycleDays) });
  }

  /** Open tasks of a customer move with it to the new owner (announced to them). */
  hasOpenTask(ctx: AuthedContext, customer: Customer): Promise<number> {
    return ctx.em.count(FollowUpTask, { customer, status: FollowUpStatus.OPEN });
  }

  /**
   * Completes a task and, in the same transaction, schedules the next cycle or ends the loop.
   * The assignee, their team lead or an admin may complete it.
   */
  async complete(
    ctx: AuthedContext,
    globalId: string,
    input: FollowUpTaskCompleteInput,
  ): Promise<{ task: FollowUpTask; nextTask: FollowUpTask | null }> {
    const id = idOf(globalId, 'FollowUpTask');
    // The visibility scope is also the completion rule: the assignee, their lead, or an admin.
    const task = id === null ? null : await ctx.em.findOne(FollowUpTask, { $and: [{ id }, this.scope(ctx)] });
    if (!task) throw notFound('Follow-up task');
    // Lock and re-read the status: of two concurrent completions only one schedules a next task.
    const [locked] = await queryRows<{ status: FollowUpStatus }>(ctx.em, sql`select status from follow_up_tasks where id = ${task.id} for update`);
    if (locked.status !== FollowUpStatus.OPEN) {
      throw refuse(UserErrorCode.ALREADY_COMPLETED, `This follow-up is ${locked.status.toLowerCase()} already; nothing was changed.`);
    }
    const now = ctx.clock.now();
    const shop = await this.shopOf(ctx);
    const customer = await ctx.em.findOneOrFail(Customer, { id: task.customer.id });
    task.complete({ outcome: input.outcome, channel: input.channel, note: input.note ?? null }, ref(ctx.em.getReference(User, ctx.viewer.userId)), now);

    const step = nextStep(shop, task, input.outcome, now);
    let nextTask: FollowUpTask | null = null;
    switch (step.type) {
      case 'converted-revisit':
        customer.convert(now);
        nextTask = await this.schedule(ctx, { customer, assignee: task.assignee.id, kind: step.kind, cycle: step.cycle, retryStreak: 0, dueAt: step.dueAt, previous: task });
        break;
      case 'task':
        customer.startFollowUp();
        nextTask = await this.schedule(ctx, { customer, assignee: task.assignee.id, kind: step.kind, cycle: step.cycle, retryStreak: step.retryStreak, dueAt: step.dueAt, previous: task });
        break;
      case 'lost':
        customer.lose();
        break;
      case 'service-done':
        break;
      case 'retries-exhausted':
        await ownershipService.reclaim(ctx, customer, shop.reclaimToPool);
        break;
    }
    await ctx.em.flush();
    return { task, nextTask };
  }

  /** `scope` as SQL over follow_up_tasks `t`, for the lists. */
  private scopeSql(ctx: AuthedContext): Sql {
    return visibleTasks(ctx.viewer, 't') ?? refuseFollowUps();
  }

  /**
   * A page of follow-ups; the relations in `wanted` that the items point to come in the same
   * statement, each row with only the columns `fields` (the operation's) can read.
   */
  async list(
    ctx: AuthedContext,
    filter: FollowUpTaskFilter | undefined,
    orderBy: FollowUpTaskOrderBy | undefined,
    args: PageArgs,
    wanted: Selection = new Map(),
    fields?: OperationFields,
  ): Promise<Page<FollowUpTask>> {
    const now = ctx.clock.now();
    const conditions: Sql[] = [this.scopeSql(ctx)];
    if (filter?.assigneeId) conditions.push(sql`t.assignee_id = ${requireIdOf(filter.assigneeId, 'User', 'filter.assigneeId')}`);
    if (filter?.teamId) conditions.push(sql`t.assignee_id in ${teamMembers(requireIdOf(filter.teamId, 'SalesTeam', 'filter.teamId'))}`);
    if (filter?.status) conditions.push(sql`t.status = ${filter.status}`);
    if (filter?.kind) conditions.push(sql`t.kind = ${filter.kind}`);
    if (filter?.dueBefore) conditions.push(sql`t.due_at <= ${filter.dueBefore}`);
    if (filter?.dueAfter) conditions.push(sql`t.due_at >= ${filter.dueAfter}`);
    if (filter?.overdue === true) conditions.push(sql`t.status = ${FollowUpStatus.OPEN} and t.due_at < ${now}`);
    if (filter?.overdue === false) conditions.push(sql`(t.status <> ${FollowUpStatus.OPEN} or t.due_at >= ${now})`);
    const order = orderBy ?? { field: FollowUpTaskOrderField.DUE_AT, direction: SortDirection.ASC };
    const property = order.field === FollowUpTaskOrderField.DUE_AT ? 'dueAt' : 'createdAt';
    const { customerById, followUpTaskById, userById, salesTeamById, tierById } = ctx.loaders;
    const staff = { loader: userById, related: { team: salesTeamById } };
    const include = pageIncludes(wanted, {
      customer: { loader: customerById, related: { owner: staff, createdBy: userById, tier: tierById } },
      previous: followUpTaskById,
      assignee: staff,
      completedBy: userById,
    });
    // One rep's follow-ups by due time (a rep's queue) run along the queue index (shop, assignee,
    // status, due) whatever the values: one plan for all. Other mixes keep a plan per execution.
    const oneAssignee = filter?.assigneeId || (ctx.viewer.role === Role.SALES && ctx.viewer.ledTeamId === null);
    const queue = oneAssignee && !filter?.teamId && !filter?.kind && property === 'dueAt';
    const where = sql.join(conditions, ' and ');
    return selectPage(ctx.em, FollowUpTask, 't', queue ? sql.genericPlan(where) : where, { property, direction: order.direction }, args, include, fields);
  }

  /** A customer's follow-ups the viewer may see, newest first. */
  async forCustomer(ctx: AuthedContext, customer: Customer, args: PageArgs): Promise<Page<FollowUpTask>> {
    return selectPage(ctx.em, FollowUpTask, 't', sql`t.customer_id = ${customer.id} and ${this.scopeSql(ctx)}`, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  /** Open follow-ups of one rep by when they fall due in the shop's day. */
  /** A rep's open follow-ups by due date; null when the viewer may not see that rep's work. */
  async summary(ctx: AuthedContext, assigneeId: number): Promise<FollowUpSummary | null> {
    const shop = await ctx.loaders.shopById.load(ctx.viewer.shopId);
    const now = ctx.clock.now();
    const today = localDay(now, shop!.timezone);
    const [row] = await queryRows<{ allowed: boolean; overdue: number; due_today: number; upcoming: number }>(
      ctx.em,
      sql`select exists (select 1 from users u where u.id = ${assigneeId} and u.shop_id = ${ctx.viewer.shopId} and ${seesWorkOf(ctx.viewer, sql`u.id`)}) as allowed,
                 count(*) filter (where t.due_at < ${now})::int as overdue,
                 count(*) filter (where t.due_at >= ${now} and t.due_at < ${today.end})::int as due_today,
                 count(*) filter (where t.due_at >= ${today.end})::int as upcoming
            from follow_up_tasks t where t.shop_id = ${ctx.viewer.shopId} and t.assignee_id = ${assigneeId} and t.status = 'OPEN'`,
    );
    return row.allowed ? { overdue: row.overdue, dueToday: row.due_today, upcoming: row.upcoming } : null;
  }
}

export const followUpService = new FollowUpService();
