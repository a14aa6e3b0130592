import { ref } from '@mikro-orm/core';
import { Role } from '../auth/role';
import { hashPassword } from '../auth/password';
import { sessionService } from '../auth/session.service';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { sql } from '../db/sql';
import { idOf, requireIdOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { SalesTeam } from './sales-team.entity';
import { User } from './user.entity';
import { SalesTeamCreateInput, SalesTeamUpdateInput, UserCreateInput, UserFilter, UserUpdateInput } from './user.inputs';

const refuse = (code: UserErrorCode, message: string, field: string[]) => new DomainError(new UserError(code, message, field));

export class UserService {
  /** A user of the viewer's shop by database id (managed by `ctx.em`), or null. */
  findInShop(ctx: AuthedContext, id: number): Promise<User | null> {
    return ctx.em.findOne(User, { id, shop: ctx.viewer.shopId });
  }

  async list(ctx: AuthedContext, filter: UserFilter | undefined, args: PageArgs): Promise<Page<User>> {
    const where = sql.and([
      sql`u.shop_id = ${ctx.viewer.shopId}`,
      filter?.role && sql`u.role = ${filter.role}`,
      filter?.active != null && sql`u.active = ${filter.active}`,
      filter?.teamId && sql`u.team_id = ${requireIdOf(filter.teamId, 'SalesTeam', 'filter.teamId')}`,
    ]);
    return selectPage(ctx.em, User, 'u', where, { property: 'name', direction: SortDirection.ASC }, args);
  }

  async create(ctx: AuthedContext, input: UserCreateInput): Promise<{ user: User }> {
    const email = input.email.trim().toLowerCase();
    if (await ctx.em.count(User, { email })) throw refuse(UserErrorCode.DUPLICATE_EMAIL, 'A user with this email already exists.', ['input', 'email']);
    const team = input.teamId ? await this.teamForMember(ctx, input.teamId, input.role, ['input', 'teamId']) : null;
    const user = ctx.em.create(User, {
      shop: ctx.viewer.shopId,
      email,
      name: input.name.trim(),
      role: input.role,
      team: team?.id ?? null,
      passwordHash: await hashPassword(input.password),
    });
    await ctx.em.flush();
    return { user };
  }

  async update(ctx: AuthedContext, globalId: string, input: UserUpdateInput): Promise<{ user: User }> {
    const id = idOf(globalId, 'User');
    const user = id === null ? null : await this.findInShop(ctx, id);
    if (!user) throw notFound('User');
    const self = user.id === ctx.viewer.userId;
    if (self && (input.active === false || (input.role && input.role !== Role.ADMIN))) {
      throw refuse(UserErrorCode.NOT_ALLOWED, 'You cannot deactivate or demote yourself; ask another admin.', ['input', input.active === false ? 'active' : 'role']);
    }
    if (input.name !== undefined && input.name !== null) user.name = input.name.trim();
    if (input.role) user.role = input.role;
    if (input.active !== undefined && input.active !== null) user.active = input.active;
    if (input.password) {
      user.passwordHash = await hashPassword(input.password);
      // A new password ends the sessions signed in with the old one (the admin's own current one aside).
      await sessionService.endAllOf(ctx.em, user.id, ctx.clock.now(), self ? ctx.viewer.sessionId : null);
    }
    if (input.teamId !== undefined) {
      const team = input.teamId ? await this.teamForMember(ctx, input.teamId, user.role, ['input', 'teamId']) : null;
      user.team = team ? ref(team) : null;
    }
    if (user.role !== Role.SALES) user.team = null;
    // A lead who leaves the team (or sales) no longer leads it.
    const led = await ctx.em.findOne(SalesTeam, { lead: user.id, shop: ctx.viewer.shopId });
    if (led && user.team?.id !== led.id) led.lead = null;
    await ctx.em.flush();
    return { user };
  }

  async createTeam(ctx: AuthedContext, input: SalesTeamCreateInput): Promise<{ salesTeam: SalesTeam }> {
    const name = input.name.trim();
    await this.assertTeamNameFree(ctx, name, null);
    const team = ctx.em.create(SalesTeam, { shop: ctx.viewer.shopId, name });
    if (input.leadId) await this.makeLead(ctx, team, input.leadId);
    await ctx.em.flush();
    return { salesTeam: team };
  }

  async updateTeam(ctx: AuthedContext, globalId: string, input: SalesTeamUpdateInput): Promise<{ salesTeam: SalesTeam }> {
    const id = idOf(globalId, 'SalesTeam');
    const team = id === null ? null : await ctx.em.findOne(SalesTeam, { id, shop: ctx.viewer.shopId });
    if (!team) throw notFound('Sales team');
    if (input.name !== undefined && input.name !== null) {
      const name = input.name.trim();
      await this.assertTeamNameFree(ctx, name, team.id);
      team.name = name;
    }
    if (input.leadId === null) team.lead = null;
    else if (input.leadId !== undefined) await this.makeLead(ctx, team, input.leadId);
    await ctx.em.flush();
    return { salesTeam: team };
  }

  async listTeams(ctx: AuthedContext, args: PageArgs): Promise<Page<SalesTeam>> {
    return selectPage(ctx.em, SalesTeam, 'st', sql`st.shop_id = ${ctx.viewer.shopId}`, { property: 'name', direction: SortDirection.ASC }, args);
  }

  private async assertTeamNameFree(ctx: AuthedContext, name: string, exceptId: number | null): Promise<void> {
    const clash = await ctx.em.findOne(SalesTeam, { shop: ctx.viewer.shopId, name, ...(exceptId ? { id: { $ne: exceptId } } : {}) });
    if (clash) throw refuse(UserErrorCode.DUPLICATE_NAME, 'Your shop already has a team with this name.', ['input', 'name']);
  }

  private async teamForMember(ctx: AuthedContext, teamGlobalId: string, role: Role, field: string[]): Promise<SalesTeam> {
    const teamId = idOf(teamGlobalId, 'SalesTeam');
    const team = teamId === null ? null : await ctx.em.findOne(SalesTeam, { id: teamId, shop: ctx.viewer.shopId });
    if (!team) throw notFound('Sales team', field);
    if (role !== Role.SALES) throw refuse(UserErrorCode.INVALID_ROLE, 'Only sales reps belong to sales teams.', field);
    return team;
  }

  /** Makes an active rep the team's lead; they join the team and stop leading any other. */
  private async makeLead(ctx: AuthedContext, team: SalesTeam, leadGlobalId: string): Promise<void> {
    const field = ['input', 'leadId'];
    const leadId = idOf(leadGlobalId, 'User');
    const lead = leadId === null ? null : await this.findInShop(ctx, leadId);
    if (!lead) throw notFound('Lead', field);
    if (lead.role !== Role.SALES || !lead.active) throw refuse(UserErrorCode.INVALID_ROLE, 'A team lead must be an active sales rep.', field);
    const ledBefore = await ctx.em.findOne(SalesTeam, { lead: lead.id, shop: ctx.viewer.shopId });
    if (ledBefore && ledBefore !== team) {
      ledBefore.lead = null;
      // Release the unique lead before taking it here.
      await ctx.em.flush();
    }
    lead.team = ref(team);
    team.lead = ref(lead);
  }
}

export const userService = new UserService();
