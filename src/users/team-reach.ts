import type { Viewer } from '../auth/viewer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { queryValue, sql, Sql } from '../db/sql';

/**
 * The staff a sales rep works for: themselves and, when leading a team, its members. This is
 * the one statement of "the lead's team"; the customer and follow-up rules, the hand-over and
 * the per-rep summaries all use it, over whichever column names a user.
 */
export function salesReach(viewer: Pick<Viewer, 'userId' | 'ledTeamId'>, userColumn: Sql): Sql {
  if (viewer.ledTeamId === null) return sql`${userColumn} = ${viewer.userId}`;
  return sql`(${userColumn} = ${viewer.userId} or ${userColumn} in (select u.id from users u where u.team_id = ${viewer.ledTeamId}))`;
}

/** The members of a team, as a set of user ids (`column in <this>`). */
export function teamMembers(teamId: number): Sql {
  return sql`(select u.id from users u where u.team_id = ${teamId})`;
}

/** Whether a sales rep works for the user (`salesReach`), asked of the database like every read. */
export async function worksFor(em: EntityManager, viewer: Pick<Viewer, 'userId' | 'ledTeamId'>, userId: number): Promise<boolean> {
  return queryValue<boolean>(em, sql`select exists (select 1 from users u where u.id = ${userId} and ${salesReach(viewer, sql`u.id`)})`);
}
