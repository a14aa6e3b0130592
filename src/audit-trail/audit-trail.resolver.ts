import { maskName, maskPhone, maskWechatId } from '../privacy/masking';
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

/** Fields of the trail that hold personal information, and how each is masked when read. */
const PERSONAL_FIELDS: Record<string, (value: unknown) => unknown> = {
  phone: (v) => (typeof v === 'string' ? maskPhone(v) : v),
  contactPhone: (v) => (typeof v === 'string' ? maskPhone(v) : v),
  wechatId: (v) => (typeof v === 'string' ? maskWechatId(v) : v),
  contactWechat: (v) => (typeof v === 'string' ? maskWechatId(v) : v),
  realName: (v) => (typeof v === 'string' ? maskName(v) : v),
  shippingDetail: (v) => (typeof v === 'string' ? '***' : v),
};

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

  @FieldResolver(() => [AuditFieldChange], { description: 'The fields that changed; contact details (phone, WeChat id, real name, address) read masked as everywhere else.' })
  @Reads<AuditEntry>('changes')
  changes(@Root() entry: AuditEntry): AuditFieldChange[] {
    return entry.changes.map((change) => {
      const mask = PERSONAL_FIELDS[change.field];
      return mask ? { ...change, before: mask(change.before), after: mask(change.after) } : change;
    });
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
