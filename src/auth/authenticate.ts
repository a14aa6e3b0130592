import { EntityManager } from '@mikro-orm/postgresql';
import { createHash, createSecretKey, KeyObject, randomBytes, timingSafeEqual } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { rowReader } from '../db/rows';
import { unauthenticated } from '../common/user-error';
import { queryRows, sql, Sql } from '../db/sql';
import { Shop } from '../shops/shop.entity';
import { Role } from './role';
import { Viewer } from './viewer';
import type { ViewerCache } from './viewer-cache';

const API_TOKEN_PREFIX = 'rlt_';

// jsonwebtoken turns a string secret into a key on every call (trying a public key first and
// catching the failure); one KeyObject per secret saves that work on every request.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = createSecretKey(Buffer.from(secret, 'utf8'))));
  return key;
}


/** A new session's id: random, carried in the token, the key of its `user_sessions` row. */
export const newSessionId = (): string => randomBytes(18).toString('base64url');

/** A session token issued `now` (the server's clock, which tests set), valid until `expiresAt`. */
export function signSessionToken(userId: number, sessionId: string, secret: string, now: Date, expiresAt: Date): string {
  const iat = Math.floor(now.getTime() / 1000);
  return jwt.sign({ sid: sessionId, iat, exp: Math.floor(expiresAt.getTime() / 1000) }, keyOf(secret), { algorithm: 'HS256', subject: String(userId), issuer: 'retention-loop' });
}

/** A new API token: the string given to the user once, and the hash that is stored. */
export function newApiTokenSecret(): { secret: string; secretHash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, secretHash: sha256(secret) };
}

export function formatApiToken(id: number, secret: string): string {
  return `${API_TOKEN_PREFIX}${id}_${secret}`;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** What a request knows of its caller, as read from the database. */
export interface ViewerRow {
  id: number;
  shop_id: number;
  role: Role;
  team_id: number | null;
  active: boolean;
  led_team_id: number | null;
  /** The user's shop as a `jsonRow`: nearly every request needs it, so it comes along. */
  shop: unknown[];
}

/** Who is calling, and their shop as read in the same statement. */
export interface Authenticated {
  viewer: Viewer;
  shop: Shop;
}

function viewerSql(em: EntityManager): Sql {
  return sql`select u.id, u.shop_id, u.role, u.team_id, u.active,
    (select t.id from sales_teams t where t.lead_id = u.id order by t.id limit 1) as led_team_id,
    (select ${rowReader(em, Shop).jsonRow('s')} from shops s where s.id = u.shop_id) as shop
    from users u`;
}

/** The viewer row of a user: every request reads it, so it goes the prepared-statement way. */
async function viewerRow(em: EntityManager, userId: number): Promise<ViewerRow | undefined> {
  const [row] = await queryRows<ViewerRow>(em, sql`${viewerSql(em)} where u.id = ${userId}`);
  return row;
}

/** The viewer row of a session's user, if the session is open. */
async function sessionViewerRow(em: EntityManager, userId: number, sessionId: string, now: Date): Promise<ViewerRow | undefined> {
  const [row] = await queryRows<ViewerRow>(
    em,
    sql`${viewerSql(em)} join user_sessions us on us.user_id = u.id where u.id = ${userId} and us.id = ${sessionId} and us.ended_at is null and us.expires_at > ${now}`,
  );
  return row;
}

function toViewer(row: ViewerRow, apiTokenId: number | null, readOnly: boolean, sessionId: string | null = null): Viewer {
  return {
    userId: row.id,
    shopId: row.shop_id,
    role: row.role,
    teamId: row.team_id,
    ledTeamId: row.led_team_id,
    apiTokenId,
    readOnly,
    sessionId,
  };
}

function authenticated(em: EntityManager, row: ViewerRow, apiTokenId: number | null, readOnly: boolean, sessionId: string | null = null): Authenticated {
  return { viewer: toViewer(row, apiTokenId, readOnly, sessionId), shop: rowReader(em, Shop).fromJsonRow(row.shop) };
}

/**
 * Turns an Authorization header into the viewer. No header: anonymous (`null`). A header that
 * does not identify an active user (bad signature, expired, revoked, deactivated) is refused
 * with UNAUTHENTICATED rather than treated as anonymous, so clients learn their token is bad.
 */
export async function authenticate(
  header: string | undefined,
  em: EntityManager,
  jwtSecret: string,
  now: Date,
  sessions?: ViewerCache<ViewerRow>,
): Promise<Authenticated | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!match) throw unauthenticated('Authorization must be "Bearer <token>".');
  const token = match[1];
  return token.startsWith(API_TOKEN_PREFIX) ? viewerFromApiToken(token, em, now) : viewerFromSession(token, em, jwtSecret, now, sessions);
}

/** The viewer of a user who just signed in (so the login payload's nested fields resolve). */
export async function viewerOfUser(em: EntityManager, userId: number, sessionId: string): Promise<Viewer | null> {
  const row = await viewerRow(em, userId);
  return row && row.active ? toViewer(row, null, false, sessionId) : null;
}

interface SessionClaims {
  userId: number;
  sessionId: string;
}

/** Session tokens whose signature checked out, with their user, session and expiry (see `sessionOf`). */
const verifiedTokens = new Map<string, { secret: string; claims: SessionClaims; expiresAt: number }>();
const MAX_VERIFIED_TOKENS = 10_000;

/**
 * The user and session of a session token, or `null` if it is forged, malformed, expired or
 * names no session. A token is the same string on every request of a session, so its
 * signature is checked once; its expiry is checked every time (and whether its session is
 * still open, by `sessionViewerRow`, cached like the caller).
 */
function sessionOf(token: string, secret: string, now: Date): SessionClaims | null {
  const known = verifiedTokens.get(token);
  // The server's clock, as everywhere (tests move it to see a session expire).
  if (known && known.secret === secret) return known.expiresAt > now.getTime() ? known.claims : null;
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: 'retention-loop', clockTimestamp: Math.floor(now.getTime() / 1000) }) as jwt.JwtPayload;
    const userId = Number(payload.sub);
    if (!Number.isInteger(userId) || typeof payload.exp !== 'number' || typeof payload.sid !== 'string') return null;
    const claims = { userId, sessionId: payload.sid };
    if (verifiedTokens.size >= MAX_VERIFIED_TOKENS) verifiedTokens.clear();
    verifiedTokens.set(token, { secret, claims, expiresAt: payload.exp * 1000 });
    return claims;
  } catch {
    return null;
  }
}

async function viewerFromSession(token: string, em: EntityManager, secret: string, now: Date, sessions: ViewerCache<ViewerRow> | undefined): Promise<Authenticated> {
  const claims = sessionOf(token, secret, now);
  if (claims === null) throw unauthenticated('The session token is invalid or expired; sign in again.');
  const cached = sessions?.get(claims.sessionId);
  if (cached) return authenticated(em, cached, null, false, claims.sessionId);
  const readAt = sessions?.generation ?? 0;
  const row = await sessionViewerRow(em, claims.userId, claims.sessionId, now);
  if (!row) throw unauthenticated('This session has ended; sign in again.');
  if (!row.active) throw unauthenticated('This account is not active.');
  sessions?.set(claims.sessionId, row.shop_id, row, readAt);
  return authenticated(em, row, null, false, claims.sessionId);
}

async function viewerFromApiToken(token: string, em: EntityManager, now: Date): Promise<Authenticated> {
  const match = /^rlt_(\d{1,10})_([A-Za-z0-9_-]{43})$/.exec(token);
  // An id past PostgreSQL's integer names no token (and must not reach the query as one).
  if (!match || Number(match[1]) > 2_147_483_647) throw unauthenticated('The API token is malformed.');
  const [row] = await queryRows<ViewerRow & { token_id: number; secret_hash: string; read_only: boolean; expires_at: Date; revoked_at: Date | null; last_used_at: Date | null }>(
    em,
    sql`select k.id as token_id, k.secret_hash, k.read_only, k.expires_at, k.revoked_at, k.last_used_at, v.*
          from api_tokens k join lateral (${viewerSql(em)} where u.id = k.user_id) v on true
         where k.id = ${Number(match[1])}`,
  );
  const valid =
    row &&
    timingSafeEqual(Buffer.from(row.secret_hash, 'hex'), Buffer.from(sha256(match[2]), 'hex')) &&
    row.revoked_at === null &&
    new Date(row.expires_at).getTime() > now.getTime() &&
    row.active;
  if (!valid) throw unauthenticated('The API token is invalid, expired or revoked.');
  if (!row.last_used_at || now.getTime() - new Date(row.last_used_at).getTime() > 60_000) {
    await queryRows(em, sql`update api_tokens set last_used_at = ${now} where id = ${row.token_id}`);
  }
  return authenticated(em, row, row.token_id, row.read_only);
}

/**
 * The caller something was granted to (a download link), as they are now: `null` once their
 * session ended or expired, their API token was revoked or expired, or they were deactivated.
 * Their role and team are read afresh, so a link checks the rights of the moment it is used.
 */
export async function viewerNow(em: EntityManager, granted: Pick<Viewer, 'userId' | 'sessionId' | 'apiTokenId'>, now: Date): Promise<Viewer | null> {
  if (granted.sessionId !== null) {
    const row = await sessionViewerRow(em, granted.userId, granted.sessionId, now);
    return row && row.active ? toViewer(row, null, false, granted.sessionId) : null;
  }
  if (granted.apiTokenId === null) return null;
  const [row] = await queryRows<ViewerRow & { read_only: boolean }>(
    em,
    sql`select k.read_only, v.* from api_tokens k join lateral (${viewerSql(em)} where u.id = k.user_id) v on true
         where k.id = ${granted.apiTokenId} and k.user_id = ${granted.userId} and k.revoked_at is null and k.expires_at > ${now}`,
  );
  return row && row.active ? toViewer(row, granted.apiTokenId, row.read_only) : null;
}
