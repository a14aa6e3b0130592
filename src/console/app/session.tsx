import { createContext, useContext } from 'react';
import type { ConsoleViewerQuery } from '../gql/graphql';
import type { Formats } from './format';

export type ConsoleViewer = ConsoleViewerQuery['viewer'];

export interface Session {
  viewer: ConsoleViewer;
  formats: Formats;
  /** The session token, for the plain HTTP routes (file uploads, downloads) beside GraphQL. */
  token: string;
  signOut(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}

export const TOKEN_KEY = 'rl.session';

/** The session token lives in this tab only (sessionStorage): closing the tab signs out of it. */
export const tokenStore = {
  read: () => sessionStorage.getItem(TOKEN_KEY),
  write: (token: string | null) => (token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY)),
};
