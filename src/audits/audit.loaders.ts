import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../auth/viewer';
import { RowByIdLoader } from '../db/row-loaders';
import { sql } from '../db/sql';
import { visibleChecks, visibleFindings } from './audit.access';
import { AuditCheck } from './audit-check.entity';
import { AuditFinding } from './audit-finding.entity';

/** Checks for the review department and admins; findings also for the person they are about. */
export function createAuditLoaders(em: EntityManager, viewer: Viewer | null) {
  const checks = viewer && visibleChecks(viewer, 'a');
  const findings = viewer && visibleFindings(viewer, 'f');
  return {
    auditCheckById: new RowByIdLoader(em, AuditCheck, 'a', checks ? (ids) => sql`a.id = any(${ids}) and ${checks}` : null),
    auditFindingById: new RowByIdLoader(em, AuditFinding, 'f', findings ? (ids) => sql`f.id = any(${ids}) and ${findings}` : null),
  };
}
