import { Role } from '../auth/role';
import type { Viewer } from '../auth/viewer';

/** Who may unmask a contact detail: those who contact customers (reviewers read the log instead). */
export const mayUnmask = (viewer: Viewer) => viewer.role !== Role.REVIEWER;

/** Who reads the access log: the review department and admins. */
export const mayReadAccessLog = (viewer: Viewer) => viewer.role === Role.REVIEWER || viewer.role === Role.ADMIN;
