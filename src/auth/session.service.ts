import type { EntityManager } from '@mikro-orm/postgresql';
import { queryRows, sql } from '../db/sql';
import { newSessionId, signSessionToken } from './authenticate';
import { UserSession } from './user-session.entity';

/** Sign-ins and their end: the one place sessions open and close. */
export class SessionService {
  /**
   * Opens a session for a user who just proved who they are; returns its token. Written with SQL:
   * the audit trail keeps what staff change in the shop's records, not their sign-ins (and its
   * rows are numbered by record id).
   */
  async open(em: EntityManager, user: { id: number; shopId: number }, secret: string, now: Date, hours: number): Promise<{ token: string; sessionId: string }> {
    const sessionId = newSessionId();
    // The server's clock, as the token's own expiry and every check of it.
    const expiresAt = new Date(now.getTime() + hours * 3_600_000);
    await queryRows(em, sql`insert into user_sessions (id, shop_id, user_id, created_at, expires_at) values (${sessionId}, ${user.shopId}, ${user.id}, ${now}, ${expiresAt})`);
    return { token: signSessionToken(user.id, sessionId, secret, now, expiresAt), sessionId };
  }

  /** Ends one session (logout). */
  async end(em: EntityManager, sessionId: string, now: Date): Promise<void> {
    await em.nativeUpdate(UserSession, { id: sessionId, endedAt: null }, { endedAt: now });
  }

  /** Ends every open session of a user (a password change, an admin's order), but `keep` if named; returns how many. */
  endAllOf(em: EntityManager, userId: number, now: Date, keep?: string | null): Promise<number> {
    return em.nativeUpdate(UserSession, { user: userId, endedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { endedAt: now });
  }
}

export const sessionService = new SessionService();
