import type { AuthedContext } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { fromGlobalId, requireIdOf } from '../common/relay';
import { badUserInput } from '../common/user-error';
import { sql, Sql } from '../db/sql';
import { AuditEntry } from './audit-entry.entity';
import { AuditTrailFilter } from './audit-trail.inputs';

export class AuditTrailService {
  private page(ctx: AuthedContext, where: Sql, args: PageArgs): Promise<Page<AuditEntry>> {
    // Newest first by position: ids follow commit order within the trail, times can tie.
    return selectPage(ctx.em, AuditEntry, 'a', sql`a.shop_id = ${ctx.viewer.shopId} and ${where}`, { property: 'id', direction: SortDirection.DESC }, args);
  }

  /** The shop's trail, newest first. */
  list(ctx: AuthedContext, filter: AuditTrailFilter | undefined, args: PageArgs): Promise<Page<AuditEntry>> {
    let entity: Sql | null = null;
    if (filter?.entityId) {
      const parsed = fromGlobalId(filter.entityId);
      if (!parsed) throw badUserInput('filter.entityId is not an id of this API.', 'filter.entityId');
      entity = sql`a.entity_type = ${parsed.type} and a.entity_id = ${parsed.id}`;
    } else if (filter?.entityType) {
      entity = sql`a.entity_type = ${filter.entityType}`;
    }
    const where = sql.and([
      entity,
      filter?.actorId && sql`a.actor_user_id = ${requireIdOf(filter.actorId, 'User', 'filter.actorId')}`,
      filter?.from && sql`a.at >= ${filter.from}`,
      filter?.to && sql`a.at < ${filter.to}`,
    ]);
    return this.page(ctx, where, args);
  }

  /** One record's changes, newest first (the caller has already been allowed to see the record). */
  historyOf(ctx: AuthedContext, entityType: string, entityId: number, args: PageArgs): Promise<Page<AuditEntry>> {
    return this.page(ctx, sql`a.entity_type = ${entityType} and a.entity_id = ${entityId}`, args);
  }
}

export const auditTrailService = new AuditTrailService();
