import { useEffect, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createConsoleClient } from './client';
import { I18nProvider, useI18n } from './i18n';
import { tokenStore } from './session';
import { Shell } from './Shell';
import { SignIn } from './SignIn';

function Console() {
  const { t } = useI18n();
  const [token, setToken] = useState(tokenStore.read);
  const [expired, setExpired] = useState(false);
  const [throttledFor, setThrottledFor] = useState<number | null>(null);
  const { client, dispose } = useMemo(
    () => createConsoleClient(token, { unauthenticated: () => setExpired(true), throttled: (seconds) => setThrottledFor(seconds) }),
    [token],
  );
  useEffect(() => dispose, [dispose]);
  // Signing in again goes without the ended session's token, which the server would refuse first.
  const anonymous = useMemo(() => createConsoleClient(null, { unauthenticated: () => undefined, throttled: (seconds) => setThrottledFor(seconds) }), []);
  useEffect(() => anonymous.dispose, [anonymous]);
  useEffect(() => {
    if (throttledFor === null) return;
    const timer = setTimeout(() => setThrottledFor(null), throttledFor * 1000);
    return () => clearTimeout(timer);
  }, [throttledFor]);
  const signedIn = (next: string) => {
    tokenStore.write(next);
    setExpired(false);
    setToken(next);
  };
  const signOut = () => {
    tokenStore.write(null);
    setExpired(false);
    setToken(null);
  };
  return (
    <Provider value={client}>
      {throttledFor !== null && (
        <p role="status" className="banner warn toast">
          {t('error.throttledFor', { seconds: throttledFor })}
        </p>
      )}
      {token ? <Shell token={token} signOut={signOut} /> : <SignIn onSignedIn={signedIn} />}
      {token && expired && (
        <Provider value={anonymous.client}>
          <SignIn dialog onSignedIn={signedIn} />
        </Provider>
      )}
    </Provider>
  );
}

export function App() {
  return (
    <I18nProvider>
      <Console />
    </I18nProvider>
  );
}
