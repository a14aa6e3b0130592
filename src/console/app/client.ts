import { createClient as createSocketClient, type Client as SocketClient } from 'graphql-ws';
import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange, type CombinedError } from 'urql';

export interface ClientEvents {
  /** The server refused the session (expired, ended, revoked): the console asks to sign in again. */
  unauthenticated(): void;
  /** The caller's query budget is spent: seconds until it refills. */
  throttled(retryAfterSeconds: number): void;
}

/** The error code the API put on a failed operation (extensions.code), if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  const coded = error.graphQLErrors.find((e) => typeof e.extensions?.code === 'string');
  if (coded) return coded.extensions.code as string;
  return error.networkError ? 'NETWORK' : undefined;
}

function socketUrl(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/**
 * One GraphQL client per session token: queries and mutations over HTTP, subscriptions over
 * graphql-ws with the token in connectionParams. A new token (signing in again) makes a new
 * client, so every screen's queries run again while the screens keep what was typed in them.
 */
export function createConsoleClient(token: string | null, events: ClientEvents): { client: Client; dispose(): void } {
  let socket: SocketClient | null = null;
  if (token) {
    socket = createSocketClient({
      url: socketUrl(),
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: true,
      // A connection that dies comes back (the server restarting, a network blip), with backoff.
      retryAttempts: 1_000_000,
      shouldRetry: () => true,
    });
  }
  const watch = (error: CombinedError) => {
    for (const e of error.graphQLErrors) {
      if (e.extensions?.code === 'UNAUTHENTICATED' && token) events.unauthenticated();
      if (e.extensions?.code === 'THROTTLED') events.throttled(Number(e.extensions.retryAfterSeconds ?? 1));
    }
    if (error.response?.status === 401 && token) events.unauthenticated();
  };
  const client = new Client({
    url: '/graphql',
    // POST, always: Apollo refuses a GET without a CSRF-proof header, and POSTs take the server's fast path.
    preferGetMethod: false,
    // The document cache would show a list from before a mutation of another screen; the
    // console reads the network first and the cache meanwhile.
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => ({ headers: token ? { authorization: `Bearer ${token}` } : ({} as Record<string, string>) }),
    exchanges: [
      cacheExchange,
      mapExchange({ onError: watch }),
      fetchExchange,
      subscriptionExchange({
        enableAllOperations: false,
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              if (!socket) return { unsubscribe() {} };
              const unsubscribe = socket.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void socket?.dispose() };
}
