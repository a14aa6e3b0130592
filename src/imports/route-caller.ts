import { GraphQLError } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth/viewer';
import { refuseRequest } from '../common/http-json';

/** Who calls a plain HTTP route (the GraphQL pipeline's authentication), as `callerOf` in server.ts reads it. */
export type CallerOf = (req: IncomingMessage) => Promise<Viewer | null>;

/**
 * The signed-in caller of a route, or `null` after answering 401: no token, or one that is
 * bad, expired or revoked (its own message).
 */
export async function signedInCaller(req: IncomingMessage, res: ServerResponse, callerOf: CallerOf): Promise<Viewer | null> {
  try {
    const viewer = await callerOf(req);
    if (viewer) return viewer;
    refuseRequest(res, 401, 'UNAUTHENTICATED', 'Sign in (Authorization: Bearer <token>) first.');
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refuseRequest(res, 401, String(error.extensions.code ?? 'UNAUTHENTICATED'), error.message);
  }
  return null;
}
