import { FilterQuery } from '@mikro-orm/core';
import type { AuthedContext } from '../context';
import { Page, pageRequest, PageArgs, SortDirection, toPage } from '../common/connection';
import { keyset } from '../common/keyset';
import { fromGlobalId, requireIdOf } from '../common/relay';
import { badUserInput } from '../common/user-error';
import { AuditEntry } from './audit-entry.entity';
import { AuditTrailFilter } from './audit-trail.inputs';

export class AuditTrailService {
  private page(ctx: AuthedContext, where: FilterQuery<AuditEntry>, args: PageArgs): Promise<Page<AuditEntry>> {
    const page = pageRequest(args);
    // Newest first by position: ids follow commit order within the trail, times can tie.
    const seek = keyset('id', SortDirection.DESC, page.after, false);
    return ctx.em
      .find(AuditEntry, { $and: [where, seek.where] }, { orderBy: { id: 'desc' }, limit: page.limit + 1 })
      .then((rows) => toPage(rows, page, (e) => e.id, () => ctx.em.count(AuditEntry, where)));
  }

  /** The shop's trail, newest first. */
  list(ctx: AuthedContext, filter: AuditTrailFilter | undefined, args: PageArgs): Promise<Page<AuditEntry>> {
    const conditions: FilterQuery<AuditEntry>[] = [{ shopId: ctx.viewer.shopId }];
    if (filter?.entityId) {
      const parsed = fromGlobalId(filter.entityId);
      if (!parsed) throw badUserInput('filter.entityId is not an id of this API.', 'filter.entityId');
      conditions.push({ entityType: parsed.type, entityId: parsed.id });
    } else if (filter?.entityType) {
      conditions.push({ entityType: filter.entityType });
    }
    if (filter?.actorId) conditions.push({ actorUserId: requireIdOf(filter.actorId, 'User', 'filter.actorId') });
    if (filter?.from) conditions.push({ at: { $gte: filter.from } });
    if (filter?.to) conditions.push({ at: { $lt: filter.to } });
    return this.page(ctx, { $and: conditions }, args);
  }

  /** One record's changes, newest first (the caller has already been allowed to see the record). */
  historyOf(ctx: AuthedContext, entityType: string, entityId: number, args: PageArgs): Promise<Page<AuditEntry>> {
    return this.page(ctx, { shopId: ctx.viewer.shopId, entityType, entityId }, args);
  }
}

export const auditTrailService = new AuditTrailService();
