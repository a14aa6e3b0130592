import { findPlain } from '../common/plain';
import { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';
import { byIdLoader } from '../common/loader';
import { AuditCheck } from './audit-check.entity';
import { AuditFinding } from './audit-finding.entity';

/** Checks for the review department and admins; findings also for the person they are about. */
export function createAuditLoaders(em: EntityManager, viewer: Viewer | null) {
  const auditor = viewer !== null && (viewer.role === Role.REVIEWER || viewer.role === Role.ADMIN);
  return {
    auditCheckById: byIdLoader((ids) => (auditor ? findPlain(em, AuditCheck, { id: { $in: ids }, shop: viewer!.shopId }) : Promise.resolve([]))),
    auditFindingById: byIdLoader((ids) =>
      viewer
        ? findPlain(em, AuditFinding, { id: { $in: ids }, shop: viewer.shopId, ...(auditor ? {} : { subjectUser: viewer.userId }) })
        : Promise.resolve([]),
    ),
  };
}
