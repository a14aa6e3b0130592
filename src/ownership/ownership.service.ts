import { ref } from '@mikro-orm/core';
import { Role } from '../auth/role';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { idOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { readableCustomerFilter } from '../customers/customer.access';
import { Customer } from '../customers/customer.entity';
import { FollowUpStatus } from '../followups/follow-up.enums';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { publishEvent } from '../events/event-bus';
import { worksFor } from '../users/team-reach';
import { User } from '../users/user.entity';
import { OwnershipChange, OwnershipReason } from './ownership-change.entity';
import { chooseRep } from './round-robin';
import { CustomerTransferInput } from './ownership.inputs';
import { publishEvents } from '../webhooks/outbox';
import { WebhookEventType } from '../webhooks/webhook.enums';
import { assignedEvent } from '../followups/follow-up-events';

const refuse = (code: UserErrorCode, message: string, field: string[]) => new DomainError(new UserError(code, message, field));

export class OwnershipService {
  /**
   * Gives the customer a new owner (null: the unowned pool), keeps the change in the history and
   * moves the customer's open follow-ups with it.
   */
  async changeOwner(ctx: AuthedContext, customer: Customer, toUser: User | null, reason: OwnershipReason, note: string | null, by: number | null): Promise<void> {
    const fromId = customer.owner?.id ?? null;
    ctx.em.create(OwnershipChange, {
      shop: ctx.viewer.shopId,
      customer,
      fromUser: fromId,
      toUser: toUser ?? null,
      reason,
      by,
      note,
    });
    customer.owner = toUser ? ref(toUser) : null;
    await this.moveOpenTasks(ctx, customer, toUser);
  }

  /** The customer's open follow-ups go with the customer to the new owner; with no owner they are cancelled. */
  private async moveOpenTasks(ctx: AuthedContext, customer: Customer, toUser: User | null): Promise<number> {
    const open = await ctx.em.find(FollowUpTask, { customer, status: FollowUpStatus.OPEN });
    for (const task of open) {
      if (toUser) task.assignee = ref(toUser);
      else task.cancel();
    }
    await ctx.em.flush();
    if (toUser) {
      for (const task of open) {
        await publishEvent(ctx.em, { topic: 'FOLLOW_UP_TASK_ASSIGNED', shopId: ctx.viewer.shopId, id: task.id, userId: toUser.id });
      }
      await publishEvents(ctx.em, ctx.viewer.shopId, WebhookEventType.FOLLOW_UP_ASSIGNED, open.map((task) => assignedEvent(task.id, customer.id, toUser.id, task.kind, task.dueAt)), new Date());
    }
    return open.length;
  }

  /** An active sales rep of the shop, or a userError on `field`. */
  async activeRep(ctx: AuthedContext, globalId: string, field: string[]): Promise<User> {
    const id = idOf(globalId, 'User');
    const user = id === null ? null : await ctx.em.findOne(User, { id, shop: ctx.viewer.shopId });
    if (!user) throw notFound('Sales rep', field);
    if (user.role !== Role.SALES || !user.active) throw refuse(UserErrorCode.INVALID_ROLE, 'Customers go to active sales reps only.', field);
    return user;
  }

  /**
   * Round-robin within a team: the active rep with the fewest open follow-ups, then the one who
   * least recently got a customer this way. The team row is locked so concurrent screenings
   * do not all pick the same rep.
   */
  async pickFromTeam(ctx: AuthedContext, teamGlobalId: string, field: string[]): Promise<User> {
    const teamId = idOf(teamGlobalId, 'SalesTeam');
    const [team] = teamId === null ? [] : await queryRows<{ id: number }>(ctx.em, sql`select id from sales_teams where id = ${teamId} and shop_id = ${ctx.viewer.shopId} for update`);
    if (!team) throw notFound('Sales team', field);
    const reps = await queryRows<{ id: number; open_tasks: string; last_picked: Date | string | null }>(
      ctx.em,
      sql`select u.id,
              (select count(*) from follow_up_tasks t where t.assignee_id = u.id and t.status = 'OPEN') as open_tasks,
              (select max(o.created_at) from ownership_changes o where o.to_user_id = u.id and o.reason = 'ROUND_ROBIN') as last_picked
         from users u
        where u.team_id = ${team.id} and u.shop_id = ${ctx.viewer.shopId} and u.active and u.role = 'SALES'`,
    );
    const pick = chooseRep(reps.map((r) => ({ id: r.id, openTasks: Number(r.open_tasks), lastPicked: r.last_picked === null ? null : new Date(r.last_picked) })));
    if (!pick) throw refuse(UserErrorCode.NO_ACTIVE_REP, 'The team has no active sales rep.', field);
    return ctx.em.findOneOrFail(User, { id: pick.id });
  }

  /** ADMIN: any customer to any active rep. A lead: a customer of the team to a rep of the team. */
  async transfer(ctx: AuthedContext, customerGlobalId: string, input: CustomerTransferInput): Promise<{ customer: Customer }> {
    const id = idOf(customerGlobalId, 'Customer');
    const customer = id === null ? null : await ctx.em.findOne(Customer, { $and: [{ id }, readableCustomerFilter(ctx.viewer)] });
    if (!customer) throw notFound('Customer');
    const target = await this.activeRep(ctx, input.toUserId, ['input', 'toUserId']);
    if (ctx.viewer.role === Role.SALES) {
      if (ctx.viewer.ledTeamId === null || customer.owner === null || !(await worksFor(ctx.em, ctx.viewer, target.id))) {
        throw refuse(UserErrorCode.NOT_ALLOWED, 'A team lead moves the team\'s customers between the team\'s reps; ask an admin otherwise.', ['input', 'toUserId']);
      }
    }
    if (customer.owner?.id === target.id) throw refuse(UserErrorCode.INVALID_INPUT, 'The customer already belongs to this rep.', ['input', 'toUserId']);
    await this.changeOwner(ctx, customer, target, OwnershipReason.TRANSFER, input.reason?.trim() || null, ctx.viewer.userId);
    customer.leavePool();
    await ctx.em.flush();
    return { customer };
  }

  /** The loop gave up on the customer: back to the shop's pool when the policy says so. */
  async reclaim(ctx: AuthedContext, customer: Customer, reclaimToPool: boolean): Promise<void> {
    if (reclaimToPool) {
      await this.changeOwner(ctx, customer, null, OwnershipReason.RECLAIM, 'Retries ran out.', null);
      customer.returnToPool();
    } else {
      customer.lose();
    }
  }

  async history(ctx: AuthedContext, customer: Customer, args: PageArgs): Promise<Page<OwnershipChange>> {
    return selectPage(ctx.em, OwnershipChange, 'oc', sql`oc.customer_id = ${customer.id} and oc.shop_id = ${ctx.viewer.shopId}`, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const ownershipService = new OwnershipService();
