import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useI18n } from './i18n';
import { ErrorBanner, Field } from './ui';
import { LanguageSwitch } from './LanguageSwitch';

const Login = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      token
      userErrors { code field message }
    }
  }
`);

/** Sign-in: the whole page, or a dialog over the page when the session ran out (the page keeps what was typed). */
export function SignIn({ onSignedIn, dialog = false }: { onSignedIn(token: string): void; dialog?: boolean }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(Login);
  const userError = result.data?.login.userErrors[0];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await login({ input: { email, password } });
    const token = answer.data?.login.token;
    if (token) onSignedIn(token);
  };
  const form = (
    <form className="sign-in" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{dialog ? t('signIn.again') : t('signIn.title')}</h1>
      {dialog && <p>{t('signIn.expired')}</p>}
      <ErrorBanner error={result.error} />
      <Field label={t('signIn.email')}>{(id) => <input id={id} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />}</Field>
      <Field label={t('signIn.password')} error={userError?.message}>
        {(id, described) => <input id={id} type="password" autoComplete="current-password" value={password} aria-describedby={described} onChange={(e) => setPassword(e.target.value)} required />}
      </Field>
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('signIn.submit')}
      </button>
      {!dialog && <LanguageSwitch />}
    </form>
  );
  if (!dialog) return <main className="sign-in-page">{form}</main>;
  return (
    <div className="overlay">
      <div role="dialog" aria-modal="true" aria-labelledby="sign-in-title" className="dialog">
        {form}
      </div>
    </div>
  );
}
