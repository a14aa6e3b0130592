import type { EntityManager } from '@mikro-orm/postgresql';
import { newSessionId, SESSION_TTL_MS, signSessionToken } from './authenticate';
import { UserSession } from './user-session.entity';

/** Sign-ins and their end: the one place sessions open and close. */
export class SessionService {
  /**
   * Opens a session for a user who just proved who they are; returns its token. Written with SQL:
   * the audit trail keeps what staff change in the shop's records, not their sign-ins (and its
   * rows are numbered by record id).
   */
  async open(em: EntityManager, user: { id: number; shopId: number }, secret: string): Promise<{ token: string; sessionId: string }> {
    const sessionId = newSessionId();
    // Real time, as the token's own expiry (not the shop clock that rules read).
    await em.execute("insert into user_sessions (id, shop_id, user_id, created_at, expires_at) values (?, ?, ?, now(), now() + ? * interval '1 millisecond')", [
      sessionId,
      user.shopId,
      user.id,
      SESSION_TTL_MS,
    ]);
    return { token: signSessionToken(user.id, sessionId, secret), sessionId };
  }

  /** Ends one session (logout). */
  async end(em: EntityManager, sessionId: string): Promise<void> {
    await em.nativeUpdate(UserSession, { id: sessionId, endedAt: null }, { endedAt: new Date() });
  }

  /** Ends every open session of a user (a password change, an admin's order), but `keep` if named; returns how many. */
  endAllOf(em: EntityManager, userId: number, keep?: string | null): Promise<number> {
    return em.nativeUpdate(UserSession, { user: userId, endedAt: null, ...(keep ? { id: { $ne: keep } } : {}) }, { endedAt: new Date() });
  }
}

export const sessionService = new SessionService();
