import { ref } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { queryRows, sql } from '../db/sql';
import { visibleChecks, visibleFindings } from './audit.access';
import { idOf, requireIdOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { FollowUpKind } from '../followups/follow-up.enums';
import { followUpService } from '../followups/follow-up.service';
import { ownershipService } from '../ownership/ownership.service';
import { SalesTeam } from '../users/sales-team.entity';
import { User } from '../users/user.entity';
import { AuditCheckStatus } from './audit.enums';
import { AuditCheckCreateInput, AuditCheckFilter, AuditFindingAddInput, AuditFindingRespondInput } from './audit.inputs';
import { AuditCheck } from './audit-check.entity';
import { AuditFinding } from './audit-finding.entity';
import { complianceService } from './compliance.service';

const refuse = (code: UserErrorCode, message: string, field: string[] = ['id']) => new DomainError(new UserError(code, message, field));
const closed = () => refuse(UserErrorCode.CHECK_CLOSED, 'The check is closed (signed off); nothing in it can change.');

export class AuditCheckService {
  async create(ctx: AuthedContext, input: AuditCheckCreateInput): Promise<{ auditCheck: AuditCheck }> {
    let team: SalesTeam | null = null;
    if (input.teamId) {
      const teamId = idOf(input.teamId, 'SalesTeam');
      team = teamId === null ? null : await ctx.em.findOne(SalesTeam, { id: teamId, shop: ctx.viewer.shopId });
      if (!team) throw notFound('Sales team', ['input', 'teamId']);
    }
    if (!(input.from < input.to)) throw refuse(UserErrorCode.INVALID_INPUT, 'from must be before to.', ['input', 'to']);
    const figures = await complianceService.report(ctx, input.from, input.to, input.teamId);
    const auditCheck = ctx.em.create(AuditCheck, {
      shop: ctx.viewer.shopId,
      title: input.title.trim(),
      periodFrom: input.from,
      periodTo: input.to,
      team,
      createdBy: ctx.viewer.userId,
      figures,
    });
    await ctx.em.flush();
    return { auditCheck };
  }

  private async openCheck(ctx: AuthedContext, globalId: string): Promise<AuditCheck> {
    const id = idOf(globalId, 'AuditCheck');
    const check = id === null ? null : await ctx.em.findOne(AuditCheck, { id, shop: ctx.viewer.shopId });
    if (!check) throw notFound('Audit check');
    await this.lockOpen(ctx, check.id);
    return check;
  }

  /** Locks the check's row and refuses a closed one: nothing slips in while it is being closed. */
  private async lockOpen(ctx: AuthedContext, checkId: number): Promise<void> {
    const [row] = await queryRows<{ status: AuditCheckStatus }>(ctx.em, sql`select status from audit_checks where id = ${checkId} for update`);
    if (row.status !== AuditCheckStatus.OPEN) throw closed();
  }

  async addFinding(ctx: AuthedContext, checkGlobalId: string, input: AuditFindingAddInput): Promise<{ auditFinding: AuditFinding }> {
    const check = await this.openCheck(ctx, checkGlobalId);
    let customer: Customer | null = null;
    if (input.customerId) {
      const customerId = idOf(input.customerId, 'Customer');
      customer = customerId === null ? null : await ctx.em.findOne(Customer, { id: customerId, shop: ctx.viewer.shopId });
      if (!customer) throw notFound('Customer', ['input', 'customerId']);
    }
    let subject: User | null = null;
    if (input.subjectUserId) {
      const userId = idOf(input.subjectUserId, 'User');
      subject = userId === null ? null : await ctx.em.findOne(User, { id: userId, shop: ctx.viewer.shopId });
      if (!subject) throw notFound('Staff member', ['input', 'subjectUserId']);
    } else if (customer?.owner) {
      subject = await ctx.em.findOneOrFail(User, { id: customer.owner.id });
    }
    if (!subject && !customer) throw refuse(UserErrorCode.INVALID_INPUT, 'Name the staff member or the customer the finding is about.', ['input', 'subjectUserId']);
    // Nobody audits their own work: not the check's author, not the finding's author.
    if (subject && (subject.id === check.createdBy.id || subject.id === ctx.viewer.userId)) {
      throw refuse(UserErrorCode.NOT_ALLOWED, 'A finding cannot be about the person who wrote the check or the finding.', ['input', 'subjectUserId']);
    }
    const finding = ctx.em.create(AuditFinding, {
      shop: ctx.viewer.shopId,
      check,
      subjectUser: subject,
      customer,
      code: input.code,
      severity: input.severity,
      comment: input.comment?.trim() || null,
      createdBy: ctx.viewer.userId,
    });
    if (input.correctiveFollowUp) {
      const field = ['input', 'correctiveFollowUp'];
      if (!customer) throw refuse(UserErrorCode.INVALID_INPUT, 'A corrective follow-up needs the customer it is about.', ['input', 'customerId']);
      const assignee = await ownershipService.activeRep(ctx, input.correctiveFollowUp.assigneeId, [...field, 'assigneeId']);
      if (input.correctiveFollowUp.dueAt.getTime() <= ctx.clock.now().getTime()) {
        throw refuse(UserErrorCode.INVALID_INPUT, 'The corrective follow-up must be due in the future.', [...field, 'dueAt']);
      }
      const task = await followUpService.schedule(ctx, {
        customer,
        assignee,
        kind: FollowUpKind.CORRECTIVE,
        cycle: 1,
        retryStreak: 0,
        dueAt: input.correctiveFollowUp.dueAt,
      });
      task.note = input.correctiveFollowUp.note?.trim() || null;
      finding.correctiveTask = ref(task);
    }
    check.findingCount += 1;
    await ctx.em.flush();
    return { auditFinding: finding };
  }

  /** The person concerned answers once, while the check is open. */
  async respond(ctx: AuthedContext, globalId: string, input: AuditFindingRespondInput): Promise<{ auditFinding: AuditFinding }> {
    const id = idOf(globalId, 'AuditFinding');
    const finding = id === null ? null : await ctx.em.findOne(AuditFinding, { id, shop: ctx.viewer.shopId, subjectUser: ctx.viewer.userId });
    if (!finding) throw notFound('Audit finding');
    await this.lockOpen(ctx, finding.check.id);
    if (finding.respondedAt) throw refuse(UserErrorCode.ALREADY_RESPONDED, 'You answered this finding already.');
    finding.response = input.response.trim();
    finding.respondedAt = ctx.clock.now();
    await ctx.em.flush();
    return { auditFinding: finding };
  }

  async close(ctx: AuthedContext, globalId: string): Promise<{ auditCheck: AuditCheck }> {
    const check = await this.openCheck(ctx, globalId);
    check.status = AuditCheckStatus.CLOSED;
    check.closedAt = ctx.clock.now();
    check.closedBy = ref(ctx.em.getReference(User, ctx.viewer.userId));
    await ctx.em.flush();
    return { auditCheck: check };
  }

  get(ctx: AuthedContext, globalId: string): Promise<AuditCheck | null> {
    const id = idOf(globalId, 'AuditCheck');
    return id === null ? Promise.resolve(null) : ctx.loaders.auditCheckById.load(id);
  }

  async list(ctx: AuthedContext, filter: AuditCheckFilter | undefined, args: PageArgs): Promise<Page<AuditCheck>> {
    const where = sql.and([
      visibleChecks(ctx.viewer, 'a') ?? sql`false`,
      filter?.status && sql`a.status = ${filter.status}`,
      filter?.teamId && sql`a.team_id = ${requireIdOf(filter.teamId, 'SalesTeam', 'filter.teamId')}`,
      filter?.createdById && sql`a.created_by_id = ${requireIdOf(filter.createdById, 'User', 'filter.createdById')}`,
    ]);
    return selectPage(ctx.em, AuditCheck, 'a', where, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }

  /** Findings the viewer may see of one check or about one user, newest first. */
  async findings(ctx: AuthedContext, of: { check: number } | { subjectUser: number }, args: PageArgs): Promise<Page<AuditFinding>> {
    const which = 'check' in of ? sql`f.check_id = ${of.check}` : sql`f.subject_user_id = ${of.subjectUser}`;
    return selectPage(ctx.em, AuditFinding, 'f', sql`${visibleFindings(ctx.viewer, 'f')} and ${which}`, { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const auditCheckService = new AuditCheckService();
