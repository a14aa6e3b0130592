import { Role } from './role';

/** Who is calling: the signed-in staff member, as far as access rules need. */
export interface Viewer {
  userId: number;
  shopId: number;
  role: Role;
  teamId: number | null;
  /** The team this user leads, if any (a lead sees the team's customers). */
  ledTeamId: number | null;
  /** Set when the request came with an API token. */
  apiTokenId: number | null;
  /** A read-only API token: no mutation may run. */
  readOnly: boolean;
  /** The session of a session token (null with an API token). */
  sessionId: string | null;
}
