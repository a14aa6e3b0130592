import { useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { routesFor, screenOf } from '../screens/routes';
import { formatsFor } from './format';
import { useI18n } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { Link, useRoute } from './router';
import { SessionContext, type Session } from './session';
import { ErrorBanner, Loading } from './ui';

const ConsoleViewer = graphql(`
  query ConsoleViewer {
    viewer {
      id
      name
      email
      role
      isTeamLead
      team { id name }
      shop { id name timezone }
    }
  }
`);

const Logout = graphql(`
  mutation ConsoleLogout {
    logout { userErrors { code message } }
  }
`);

/** The signed-in console: who am I, the screens of my role, sign-out. */
export function Shell({ token, signOut }: { token: string; signOut(): void }) {
  const { t, term, lang } = useI18n();
  const [{ data, error }] = useQuery({ query: ConsoleViewer, requestPolicy: 'cache-first' });
  const [, logout] = useMutation(Logout);
  const route = useRoute();
  const viewer = data?.viewer;
  const session = useMemo<Session | null>(
    () => (viewer ? { viewer, formats: formatsFor(lang, viewer.shop.timezone), token, signOut } : null),
    [viewer, lang, token, signOut],
  );
  if (!session) return error ? <ErrorBanner error={error} /> : <Loading />;
  const routes = routesFor(session.viewer);
  const screen = screenOf(route.path, session.viewer);
  return (
    <SessionContext.Provider value={session}>
      <div className="shell">
        <header className="top">
          <span className="brand">{t('app.name')}</span>
          <span className="who" data-testid="who-am-i">
            {session.viewer.name} · {term('ROLE', session.viewer.role)}
            {session.viewer.team ? ` · ${session.viewer.team.name}` : ''} · {session.viewer.shop.name}
          </span>
          <LanguageSwitch />
          <button type="button" onClick={async () => { await logout({}); signOut(); }}>
            {t('signOut')}
          </button>
        </header>
        <nav className="side" aria-label={t('nav.label')}>
          <ul>
            {routes.map((r) => (
              <li key={r.path}>
                <Link to={r.path} className={route.path === r.path ? 'current' : undefined}>
                  {t(r.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="content">
          {screen}
        </main>
      </div>
    </SessionContext.Provider>
  );
}
