import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Role } from '../../gql/graphql';
import { ROLES } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { StaffRow } from './StaffRow';
import { TeamsBox } from './TeamsBox';

const Staff = graphql(`
  query ConsoleStaff($after: String, $filter: UserFilter) {
    users(first: 20, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { id name email role active isTeamLead team { id name } } }
    }
    salesTeams(first: 100) { edges { node { id name lead { id name } members { id } } } }
  }
`);

const Create = graphql(`
  mutation ConsoleUserCreate($input: UserCreateInput!) {
    userCreate(input: $input) { user { id } userErrors { code field message } }
  }
`);

/** An admin's staff: add people, change role, team and access, end their sessions; and the sales teams. */
export function StaffScreen() {
  const { t, term } = useI18n();
  const paging = usePaging();
  const [role, setRole] = useState<Role | ''>('');
  const [{ data, error }, reload] = useQuery({ query: Staff, variables: { after: paging.after, filter: role ? { role } : null } });
  const [created, create] = useMutation(Create);
  const [form, setForm] = useState({ name: '', email: '', password: '', role: 'SALES' as Role, teamId: '' });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [key]: e.target.value });
  const errors = created.data?.userCreate.userErrors;
  const refresh = () => reload({ requestPolicy: 'network-only' });
  const teams = data?.salesTeams.edges.map((e) => e.node) ?? [];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { name: form.name.trim(), email: form.email.trim(), password: form.password, role: form.role, teamId: form.teamId || null } });
    if (answer.data?.userCreate.user) {
      setForm({ ...form, name: '', email: '', password: '' });
      refresh();
    }
  };
  return (
    <Page title={t('staff.title')}>
      <form className="box wide" onSubmit={submit} aria-label={t('staff.add')}>
        <h2>{t('staff.add')}</h2>
        <div className="entry-form">
          <Field label={t('staff.name')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={form.name} aria-describedby={d} onChange={set('name')} required />}</Field>
          <Field label={t('signIn.email')} error={errorFor(errors, 'email')}>{(id, d) => <input id={id} type="email" value={form.email} aria-describedby={d} onChange={set('email')} required />}</Field>
          <Field label={t('staff.password')} error={errorFor(errors, 'password')}>{(id, d) => <input id={id} type="password" autoComplete="new-password" value={form.password} aria-describedby={d} onChange={set('password')} required />}</Field>
          <Field label={t('staff.role')} error={errorFor(errors, 'role')}>{(id, d) => <select id={id} value={form.role} aria-describedby={d} onChange={set('role')}>{ROLES.map((r) => <option key={r} value={r}>{term('ROLE', r)}</option>)}</select>}</Field>
          <Field label={t('audits.team')} error={errorFor(errors, 'teamId')}>
            {(id, d) => <select id={id} value={form.teamId} aria-describedby={d} onChange={set('teamId')}><option value="">—</option>{teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}</select>}
          </Field>
          <button type="submit" className="primary" disabled={created.fetching}>{t('staff.add')}</button>
        </div>
        <ErrorBanner error={created.error} />
        <FormErrors errors={errors} fields={['name', 'email', 'password', 'role', 'teamId']} />
      </form>
      <div className="filters">
        <label>
          {t('staff.role')}{' '}
          <select value={role} onChange={(e) => { setRole(e.target.value as Role | ''); paging.reset(); }}>
            <option value="">—</option>
            {ROLES.map((r) => <option key={r} value={r}>{term('ROLE', r)}</option>)}
          </select>
        </label>
      </div>
      <ErrorBanner error={error} />
      <table data-testid="staff">
        <thead><tr><th>{t('staff.name')}</th><th>{t('staff.role')}</th><th>{t('audits.team')}</th><th>{t('staff.access')}</th><th /></tr></thead>
        <tbody>{data?.users.edges.map(({ node }) => <StaffRow key={node.id} user={node} teams={teams} onChanged={refresh} />)}</tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.users.pageInfo} />
      <TeamsBox teams={teams} staff={data?.users.edges.map((e) => e.node) ?? []} onChanged={refresh} />
    </Page>
  );
}
