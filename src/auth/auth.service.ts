import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import { runPublicMutation } from '../mutations/run-mutation';
import { tooManyRequests } from '../platform/operation-gate';
import { BucketShape, giveBack, takeFromBucket } from '../platform/throttle';
import type { AuthedContext, Context } from '../context';
import { Page, PageArgs, SortDirection } from '../common/connection';
import { selectPage } from '../db/pages';
import { whereSql } from '../db/sql-filter';
import { visibleTokens } from './api-token.access';
import { idOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import { User } from '../users/user.entity';
import { LoginInput } from '../users/user.inputs';
import { ApiToken } from './api-token.entity';
import { ApiTokenCreateInput } from './auth.inputs';
import { formatApiToken, newApiTokenSecret } from './authenticate';
import { sessionService } from './session.service';
import { decoyHash, verifyPassword } from './password';

const MAX_TOKEN_LIFETIME_MS = 2 * 366 * 86_400_000;

/** Failed logins are throttled per account and per client address (both buckets shared by every instance). */
function loginBuckets(ctx: Context, email: string): [string, BucketShape][] {
  const { perAccount, perAddress, windowSeconds } = ctx.config.loginThrottle;
  return [
    // Hashed: the key has a fixed size whatever a caller sends as an email (the input is checked later).
    [`login:account:${createHash('sha256').update(email).digest('base64url')}`, { capacity: perAccount, restorePerSecond: perAccount / windowSeconds }],
    [`login:address:${ctx.clientAddress}`, { capacity: perAddress, restorePerSecond: perAddress / windowSeconds }],
  ];
}

const tooManyAttempts = (retryAfterSeconds: number) =>
  tooManyRequests(new GraphQLError(`Too many failed sign-ins; try again in ${retryAfterSeconds} s.`, { extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds } }));

export class AuthService {
  /**
   * A sign-in, throttled: every attempt takes one from the account's and the address's buckets
   * of failures, outside the sign-in's transaction (so a failure's take stays), and a success
   * gives both back. While either is empty, every attempt is refused unchecked (TOO_MANY_ATTEMPTS,
   * HTTP 429 with retry-after), the right password included.
   */
  async signIn(ctx: Context, input: LoginInput) {
    const buckets = loginBuckets(ctx, input.email.trim().toLowerCase());
    for (const [key, shape] of buckets) {
      const taken = await takeFromBucket(ctx.em, key, shape, 1);
      if (!taken.admitted) throw tooManyAttempts(Math.max(1, taken.retryAfterSeconds));
    }
    const payload = await runPublicMutation(ctx, input, (tx) => this.login(tx, input));
    if (payload.token) for (const [key, shape] of buckets) await giveBack(ctx.em, key, shape, 1);
    return payload;
  }

  /** Same answer for an unknown email and a wrong password, in about the same time. */
  async login(ctx: Context, input: LoginInput): Promise<{ token: string; sessionId: string; viewer: User }> {
    const user = await ctx.em.findOne(User, { email: input.email.trim().toLowerCase() }, { populate: ['passwordHash'] });
    const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
    if (!user || !ok || !user.active) {
      throw new DomainError(new UserError(UserErrorCode.INVALID_CREDENTIALS, 'The email or password is wrong.', ['input']));
    }
    const { token, sessionId } = await sessionService.open(ctx.em, { id: user.id, shopId: user.shop.id }, ctx.config.jwtSecret, ctx.clock.now(), ctx.config.sessionHours);
    return { token, sessionId, viewer: user };
  }

  /** Ends the caller's own session; its token stops working on every instance at once. */
  async logout(ctx: AuthedContext): Promise<{ endedSessions: number }> {
    if (!ctx.viewer.sessionId) {
      throw new DomainError(new UserError(UserErrorCode.NOT_ALLOWED, 'An API token has no session to end; revoke the token instead (apiTokenRevoke).', []));
    }
    await sessionService.end(ctx.em, ctx.viewer.sessionId, ctx.clock.now());
    return { endedSessions: 1 };
  }

  /** Ends every session of a staff member of the caller's shop (admin). */
  async endSessionsOf(ctx: AuthedContext, globalId: string): Promise<{ endedSessions: number }> {
    const id = idOf(globalId, 'User');
    const user = id === null ? null : await ctx.em.findOne(User, { id, shop: ctx.viewer.shopId });
    if (!user) throw notFound('User');
    return { endedSessions: await sessionService.endAllOf(ctx.em, user.id, ctx.clock.now()) };
  }

  async createApiToken(ctx: AuthedContext, input: ApiTokenCreateInput): Promise<{ apiToken: ApiToken; token: string }> {
    const now = ctx.clock.now().getTime();
    const expires = input.expiresAt.getTime();
    if (expires <= now || expires > now + MAX_TOKEN_LIFETIME_MS) {
      throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'expiresAt must be in the future and at most 2 years ahead.', ['input', 'expiresAt']));
    }
    const { secret, secretHash } = newApiTokenSecret();
    const apiToken = ctx.em.create(ApiToken, {
      shop: ctx.viewer.shopId,
      user: ctx.viewer.userId,
      name: input.name.trim(),
      secretHash,
      readOnly: input.readOnly ?? false,
      expiresAt: input.expiresAt,
    });
    await ctx.em.flush();
    return { apiToken, token: formatApiToken(apiToken.id, secret) };
  }

  /** Own tokens; an admin may revoke any token of the shop. */
  async revokeApiToken(ctx: AuthedContext, globalId: string): Promise<{ apiToken: ApiToken }> {
    const id = idOf(globalId, 'ApiToken');
    const apiToken = id === null ? null : await ctx.em.findOne(ApiToken, { $and: [{ id }, whereSql<ApiToken>((k) => visibleTokens(ctx.viewer, k))] });
    if (!apiToken) throw notFound('API token');
    if (apiToken.revokedAt) throw new DomainError(new UserError(UserErrorCode.ALREADY_REVOKED, 'This token was revoked already.', ['id']));
    apiToken.revokedAt = ctx.clock.now();
    await ctx.em.flush();
    return { apiToken };
  }

  async listApiTokens(ctx: AuthedContext, args: PageArgs): Promise<Page<ApiToken>> {
    return selectPage(ctx.em, ApiToken, 'k', visibleTokens(ctx.viewer, 'k'), { property: 'createdAt', direction: SortDirection.DESC }, args);
  }
}

export const authService = new AuthService();
