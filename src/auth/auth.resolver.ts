import { Arg, Args, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from './role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { User } from '../users/user.entity';
import { LoginInput } from '../users/user.inputs';
import { ApiToken } from './api-token.entity';
import { ApiTokenCreateInput } from './auth.inputs';
import { authService } from './auth.service';
import { viewerOfUser } from './authenticate';
import { createLoaders } from '../loaders';

@ObjectType({ description: 'Result of login.' })
class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for `Authorization: Bearer <token>`, valid 12 hours.' })
  token?: string;

  @Field(() => User, { nullable: true, description: 'Who signed in.' })
  viewer?: User;

  @Field(() => [UserError], { description: 'Why login failed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of apiTokenCreate.' })
class ApiTokenCreatePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token record (without its secret).' })
  apiToken?: ApiToken;

  @Field(() => String, { nullable: true, description: 'The token to send as `Authorization: Bearer <token>`. Shown only this once.' })
  token?: string;

  @Field(() => [UserError], { description: 'Why the token was not created; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of apiTokenRevoke.' })
class ApiTokenRevokePayload {
  @Field(() => ApiToken, { nullable: true, description: 'The revoked token.' })
  apiToken?: ApiToken;

  @Field(() => [UserError], { description: 'Why the token was not revoked; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of logout / userSessionsEnd.' })
class SessionsEndPayload {
  @Field(() => Int, { nullable: true, description: 'How many sessions were open and are now ended.' })
  endedSessions?: number;

  @Field(() => [UserError], { description: 'Why nothing was ended; empty on success.' })
  userErrors: UserError[];
}

const ApiTokenConnection = Connection(ApiToken, 'ApiToken', 'API token');

@Resolver()
export class AuthResolver {
  @Mutation(() => LoginPayload, { description: 'Signs in with email and password. The only operation open without a token.' })
  async login(@Arg('input', () => LoginInput, { description: 'Email and password.' }) input: LoginInput, @Ctx() ctx: Context) {
    const payload = await authService.signIn(ctx, input);
    if (payload.viewer) {
      // From here on this request acts as the signed-in user, so `viewer { shop team }` resolve.
      ctx.viewer = await viewerOfUser(ctx.em, payload.viewer.id, payload.sessionId!);
      ctx.loaders = createLoaders(ctx.em, ctx.viewer);
    }
    return payload;
  }

  @Authorized()
  @Mutation(() => SessionsEndPayload, { description: 'Signs out: ends the session of the token sent, on every server instance at once (its open WebSockets close).' })
  logout(@Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => authService.logout(tx));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SessionsEndPayload, { description: 'Ends every session of a staff member of your shop (a lost phone, a leaver): their session tokens stop working and their WebSockets close. API tokens are revoked one by one (apiTokenRevoke).' })
  userSessionsEnd(@Arg('id', () => ID, { description: 'The staff member.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => authService.endSessionsOf(tx, id));
  }

  @Authorized()
  @Query(() => User, { description: 'The signed-in staff member, with role, team and shop.' })
  viewer(@Ctx() ctx: Context) {
    const { viewer, loaders } = requireViewer(ctx);
    return loaders.userById.read(viewer.userId);
  }

  @Authorized()
  @Mutation(() => ApiTokenCreatePayload, { description: 'Creates a long-lived API token acting as you, for third-party clients (Altair, Insomnia, Postman) and auditors\' tools.' })
  apiTokenCreate(@Arg('input', () => ApiTokenCreateInput, { description: 'What to save.' }) input: ApiTokenCreateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => authService.createApiToken(tx, input));
  }

  @Authorized()
  @Mutation(() => ApiTokenRevokePayload, { description: 'Revokes an API token at once: your own, or (admin) any of the shop\'s.' })
  apiTokenRevoke(@Arg('id', () => ID, { description: 'The token.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => authService.revokeApiToken(tx, id));
  }

  @Authorized()
  @Query(() => ApiTokenConnection, { description: 'Your API tokens, newest first (admin: all of the shop\'s).' })
  apiTokens(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return authService.listApiTokens(requireViewer(ctx), page);
  }
}
