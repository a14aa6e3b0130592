import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ConsoleStaffQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { ErrorBanner, errorFor, Field, FormErrors } from '../../app/ui';

type Team = ConsoleStaffQuery['salesTeams']['edges'][number]['node'];
type Staff = ConsoleStaffQuery['users']['edges'][number]['node'];

const Create = graphql(`
  mutation ConsoleSalesTeamCreate($input: SalesTeamCreateInput!) {
    salesTeamCreate(input: $input) { salesTeam { id } userErrors { code field message } }
  }
`);

const Update = graphql(`
  mutation ConsoleSalesTeamUpdate($id: ID!, $input: SalesTeamUpdateInput!) {
    salesTeamUpdate(id: $id, input: $input) { salesTeam { id lead { id name } } userErrors { code field message } }
  }
`);

/** The sales teams: their leads and sizes; a new team; a new lead. */
export function TeamsBox({ teams, staff, onChanged }: { teams: Team[]; staff: Staff[]; onChanged(): void }) {
  const { t } = useI18n();
  const [created, create] = useMutation(Create);
  const [updated, update] = useMutation(Update);
  const [name, setName] = useState('');
  const errors = created.data?.salesTeamCreate.userErrors;
  const reps = staff.filter((s) => s.role === 'SALES' && s.active);
  return (
    <section className="box wide" aria-labelledby="teams-title">
      <h2 id="teams-title">{t('staff.teams')}</h2>
      <table>
        <thead><tr><th>{t('audits.team')}</th><th>{t('staff.lead')}</th><th>{t('staff.members')}</th></tr></thead>
        <tbody>
          {teams.map((team) => (
            <tr key={team.id}>
              <td>{team.name}</td>
              <td>
                <select aria-label={t('staff.leadOf', { name: team.name })} value={team.lead?.id ?? ''} onChange={async (e) => { await update({ id: team.id, input: { leadId: e.target.value || null } }); onChanged(); }}>
                  <option value="">—</option>
                  {team.lead && !reps.some((r) => r.id === team.lead?.id) && <option value={team.lead.id}>{team.lead.name}</option>}
                  {reps.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
                </select>
              </td>
              <td>{team.members.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ErrorBanner error={updated.error} />
      <FormErrors errors={updated.data?.salesTeamUpdate.userErrors} onReload={onChanged} />
      <form className="entry-form" aria-label={t('staff.addTeam')} onSubmit={async (e) => { e.preventDefault(); const a = await create({ input: { name: name.trim() } }); if (a.data?.salesTeamCreate.salesTeam) { setName(''); onChanged(); } }}>
        <Field label={t('staff.teamName')} error={errorFor(errors, 'name')}>{(id, d) => <input id={id} value={name} aria-describedby={d} onChange={(e) => setName(e.target.value)} required />}</Field>
        <button type="submit" disabled={created.fetching}>{t('staff.addTeam')}</button>
      </form>
      <ErrorBanner error={created.error} />
      <FormErrors errors={errors} fields={['name']} />
    </section>
  );
}
