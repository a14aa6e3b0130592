import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';

/** Who exports the auditors' files: the review department and admins (checked again when a link is used). */
export const EXPORT_ROLES = [Role.REVIEWER, Role.ADMIN];

export const mayExport = (viewer: Viewer): boolean => EXPORT_ROLES.includes(viewer.role);
