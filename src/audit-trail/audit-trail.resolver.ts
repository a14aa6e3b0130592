import { isSealed, openTrailValues } from '../privacy/trail-sealing';
import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ApiToken } from '../auth/api-token.entity';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer } from '../mutations/run-mutation';
import { NodeTypeName, toGlobalId } from '../common/relay';
import { Customer } from '../customers/customer.entity';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { User } from '../users/user.entity';
import { AuditEntry, AuditFieldChange } from './audit-entry.entity';
import { AuditTrailFilter } from './audit-trail.inputs';
import { auditTrailService } from './audit-trail.service';

export const AuditEntryConnection = Connection(AuditEntry, 'AuditEntry', 'audit-trail row');

@Resolver(() => AuditEntry)
export class AuditTrailResolver {
  @Authorized(Role.REVIEWER, Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The shop\'s audit trail, newest first: every create, change and delete, with before and after.' })
  auditTrail(
    @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Which rows.' }) filter: AuditTrailFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return auditTrailService.list(requireViewer(ctx), filter, page);
  }

  @FieldResolver(() => [AuditFieldChange], { description: 'The fields that changed. A customer\'s personal values are kept sealed with their data key: contact details (phone, WeChat id, real name, address) read masked as everywhere else, handles and names as they were, and all of them null once the customer is erased.' })
  @Reads<AuditEntry>('changes', 'entityType', 'entityId')
  async changes(@Root() entry: AuditEntry, @Ctx() ctx: Context): Promise<AuditFieldChange[]> {
    if (!entry.changes.some((change) => isSealed(change.before) || isSealed(change.after))) return entry.changes;
    return openTrailValues(await ctx.loaders.trailKeyOf.load(`${entry.entityType}:${entry.entityId}`), entry.changes);
  }

  @FieldResolver(() => ID, { description: 'Global id of the record that changed.' })
  entityId(@Root() entry: AuditEntry): string {
    return toGlobalId(entry.entityType as NodeTypeName, entry.entityId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change (null: the system, e.g. the demo seed).' })
  @Reads<AuditEntry>('actorUserId')
  actor(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    return entry.actorUserId ? ctx.loaders.userById.read(entry.actorUserId) : null;
  }

  @FieldResolver(() => ApiToken, { nullable: true, description: 'The API token the change came through, if any (admins and the token\'s owner see it).' })
  @Reads<AuditEntry>('actorApiTokenId')
  apiToken(@Root() entry: AuditEntry, @Ctx() ctx: Context) {
    if (!entry.actorApiTokenId) return null;
    return ctx.loaders.apiTokenById.read(entry.actorApiTokenId);
  }
}

@Resolver(() => Customer)
export class CustomerHistoryResolver {
  @FieldResolver(() => AuditEntryConnection, { description: 'Every change of this customer, newest first.' })
  @Reads()
  history(@Root() customer: Customer, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return auditTrailService.historyOf(requireViewer(ctx), 'Customer', customer.id, page);
  }
}

@Resolver(() => FollowUpTask)
export class FollowUpTaskHistoryResolver {
  @FieldResolver(() => AuditEntryConnection, { description: 'Every change of this follow-up, newest first.' })
  @Reads()
  history(@Root() task: FollowUpTask, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return auditTrailService.historyOf(requireViewer(ctx), 'FollowUpTask', task.id, page);
  }
}
