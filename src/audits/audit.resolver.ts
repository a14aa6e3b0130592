import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { SalesTeam } from '../users/sales-team.entity';
import { User } from '../users/user.entity';
import { AuditCheckCreateInput, AuditCheckFilter, AuditFindingAddInput, AuditFindingRespondInput } from './audit.inputs';
import { AuditCheck } from './audit-check.entity';
import { auditCheckService } from './audit-check.service';
import { AuditFinding } from './audit-finding.entity';
import { complianceService } from './compliance.service';
import { ComplianceReport, CustomerServiceFigures, DroppedCustomerFigures, SalesFigures } from './compliance.types';

@ObjectType({ description: 'Result of auditCheckCreate / auditCheckClose.' })
class AuditCheckPayload {
  @Field(() => AuditCheck, { nullable: true, description: 'The check as saved.' })
  auditCheck?: AuditCheck;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of auditFindingAdd / auditFindingRespond.' })
class AuditFindingPayload {
  @Field(() => AuditFinding, { nullable: true, description: 'The finding as saved.' })
  auditFinding?: AuditFinding;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

const AuditCheckConnection = Connection(AuditCheck, 'AuditCheck', 'audit check');
const AuditFindingConnection = Connection(AuditFinding, 'AuditFinding', 'audit finding');

@Resolver(() => AuditCheck)
export class AuditCheckResolver {
  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Query(() => ComplianceReport, { description: 'Live: per customer-service agent and per sales rep, whether they did their part on time in the period; and dropped customers.' })
  complianceReport(
    @Arg('from', { description: 'Start of the period.' }) from: Date,
    @Arg('to', { description: 'End of the period (exclusive).' }) to: Date,
    @Arg('teamId', () => ID, { nullable: true, description: 'Only this sales team\'s reps.' }) teamId: string | undefined,
    @Ctx() ctx: Context,
  ) {
    return complianceService.report(requireViewer(ctx), from, to, teamId);
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Query(() => AuditCheckConnection, { description: 'Audit checks, newest first.' })
  auditChecks(
    @Arg('filter', () => AuditCheckFilter, { nullable: true, description: 'Which checks.' }) filter: AuditCheckFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return auditCheckService.list(requireViewer(ctx), filter, page);
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Query(() => AuditCheck, { nullable: true, description: 'One audit check.' })
  auditCheck(@Arg('id', () => ID, { description: 'The check.' }) id: string, @Ctx() ctx: Context) {
    return auditCheckService.get(requireViewer(ctx), id);
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => AuditCheckPayload, { description: 'Makes an audit check, freezing the compliance figures of the period (and team) into it.' })
  auditCheckCreate(@Arg('input', () => AuditCheckCreateInput, { description: 'Period, team and title.' }) input: AuditCheckCreateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => auditCheckService.create(tx, input));
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => AuditFindingPayload, { description: 'Adds a finding to an open check; a corrective follow-up becomes a real task for the rep.' })
  auditFindingAdd(
    @Arg('checkId', () => ID, { description: 'The check.' }) checkId: string,
    @Arg('input', () => AuditFindingAddInput, { description: 'The finding.' }) input: AuditFindingAddInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => auditCheckService.addFinding(tx, checkId, input));
  }

  @Authorized()
  @Mutation(() => AuditFindingPayload, { description: 'The person a finding is about answers it, once, while the check is open.' })
  auditFindingRespond(
    @Arg('id', () => ID, { description: 'The finding.' }) id: string,
    @Arg('input', () => AuditFindingRespondInput, { description: 'The answer.' }) input: AuditFindingRespondInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => auditCheckService.respond(tx, id, input));
  }

  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Mutation(() => AuditCheckPayload, { description: 'Signs a check off: from then on neither it nor its findings can change.' })
  auditCheckClose(@Arg('id', () => ID, { description: 'The check.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => auditCheckService.close(tx, id));
  }

  @FieldResolver(() => ComplianceReport, { description: 'The compliance figures as they were when the check was made.' })
  @Reads<AuditCheck>('figures')
  report(@Root() check: AuditCheck): ComplianceReport {
    return check.figures;
  }

  @FieldResolver(() => SalesTeam, { nullable: true, description: 'The audited team (null: the whole shop).' })
  team(@Root() check: AuditCheck, @Ctx() ctx: Context) {
    return check.team ? ctx.loaders.salesTeamById.read(check.team.id) : null;
  }

  @FieldResolver(() => User, { description: 'The reviewer who made the check.' })
  createdBy(@Root() check: AuditCheck, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(check.createdBy.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who signed it off.' })
  closedBy(@Root() check: AuditCheck, @Ctx() ctx: Context) {
    return check.closedBy ? ctx.loaders.userById.read(check.closedBy.id) : null;
  }

  @FieldResolver(() => AuditFindingConnection, { description: 'The findings, newest first.' })
  @Reads()
  findings(@Root() check: AuditCheck, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return auditCheckService.findings(requireViewer(ctx), { check: check.id }, page);
  }
}

@Resolver(() => AuditFinding)
export class AuditFindingResolver {
  @FieldResolver(() => AuditCheck, { nullable: true, description: 'The check (the review department and admins only).' })
  check(@Root() finding: AuditFinding, @Ctx() ctx: Context) {
    return ctx.loaders.auditCheckById.read(finding.check.id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The person the finding is about.' })
  subjectUser(@Root() finding: AuditFinding, @Ctx() ctx: Context) {
    return finding.subjectUser ? ctx.loaders.userById.read(finding.subjectUser.id) : null;
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The customer it is about (if you may see them).' })
  customer(@Root() finding: AuditFinding, @Ctx() ctx: Context) {
    return finding.customer ? ctx.loaders.customerById.read(finding.customer.id) : null;
  }

  @FieldResolver(() => FollowUpTask, { nullable: true, description: 'The corrective follow-up it ordered (if you may see it).' })
  correctiveTask(@Root() finding: AuditFinding, @Ctx() ctx: Context) {
    return finding.correctiveTask ? ctx.loaders.followUpTaskById.read(finding.correctiveTask.id) : null;
  }

  @FieldResolver(() => User, { description: 'The reviewer who wrote it.' })
  createdBy(@Root() finding: AuditFinding, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(finding.createdBy.id);
  }
}

@Resolver(() => ComplianceReport)
export class ComplianceReportResolver {
  @FieldResolver(() => SalesTeam, { nullable: true, description: 'The team the sales rows cover (null: the whole shop).' })
  team(@Root() report: ComplianceReport, @Ctx() ctx: Context) {
    return report.teamId ? ctx.loaders.salesTeamById.read(report.teamId) : null;
  }
}

@Resolver(() => CustomerServiceFigures)
export class CustomerServiceFiguresResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The customer-service agent.' })
  user(@Root() row: CustomerServiceFigures, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(row.userId);
  }
}

@Resolver(() => SalesFigures)
export class SalesFiguresResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The sales rep.' })
  user(@Root() row: SalesFigures, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(row.userId);
  }
}

@Resolver(() => DroppedCustomerFigures)
export class DroppedCustomerFiguresResolver {
  @FieldResolver(() => Customer, { nullable: true, description: 'The customer.' })
  customer(@Root() row: DroppedCustomerFigures, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(row.customerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The owner who has no open follow-up for them.' })
  owner(@Root() row: DroppedCustomerFigures, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(row.ownerId);
  }
}

@Resolver(() => User)
export class UserAuditFindingsResolver {
  @FieldResolver(() => AuditFindingConnection, { nullable: true, description: 'Audit findings about this person, newest first (only on yourself, as `viewer`).' })
  @Reads()
  auditFindings(@Root() user: User, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const authed = requireViewer(ctx);
    return user.id === authed.viewer.userId ? auditCheckService.findings(authed, { subjectUser: user.id }, page) : null;
  }
}
