import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ConsoleStaffQuery, Role, UserUpdateInput } from '../../gql/graphql';
import { ROLES } from '../../app/enums';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, FormErrors } from '../../app/ui';

type Staff = ConsoleStaffQuery['users']['edges'][number]['node'];
type Team = ConsoleStaffQuery['salesTeams']['edges'][number]['node'];

const Update = graphql(`
  mutation ConsoleUserUpdate($id: ID!, $input: UserUpdateInput!) {
    userUpdate(id: $id, input: $input) { user { id role active team { id name } } userErrors { code field message } }
  }
`);

const EndSessions = graphql(`
  mutation ConsoleUserSessionsEnd($id: ID!) {
    userSessionsEnd(id: $id) { endedSessions userErrors { code field message } }
  }
`);

/** One staff member, changed in place: role, team, access; their sessions ended on demand. */
export function StaffRow({ user, teams, onChanged }: { user: Staff; teams: Team[]; onChanged(): void }) {
  const { t, term } = useI18n();
  const { viewer } = useSession();
  const [updated, update] = useMutation(Update);
  const [ended, end] = useMutation(EndSessions);
  const change = async (input: UserUpdateInput) => { await update({ id: user.id, input }); onChanged(); };
  const self = user.id === viewer.id;
  return (
    <tr data-testid="staff-row">
      <td>{user.name}{user.isTeamLead && ` · ${t('staff.lead')}`}<div className="muted">{user.email}</div></td>
      <td>
        <select aria-label={t('staff.roleOf', { name: user.name })} value={user.role} disabled={self} onChange={(e) => change({ role: e.target.value as Role })}>
          {ROLES.map((r) => <option key={r} value={r}>{term('ROLE', r)}</option>)}
        </select>
      </td>
      <td>
        <select aria-label={t('staff.teamOf', { name: user.name })} value={user.team?.id ?? ''} onChange={(e) => change({ teamId: e.target.value || null })}>
          <option value="">—</option>
          {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
        </select>
      </td>
      <td>
        <label className="check"><input type="checkbox" checked={user.active} disabled={self} onChange={(e) => change({ active: e.target.checked })} /> {t('staff.active')}</label>
      </td>
      <td>
        <button type="button" onClick={() => end({ id: user.id })}>{t('staff.endSessions')}</button>
        {ended.data?.userSessionsEnd.endedSessions !== undefined && ended.data.userSessionsEnd.endedSessions !== null && <span role="status"> {t('staff.ended', { count: ended.data.userSessionsEnd.endedSessions })}</span>}
        <ErrorBanner error={updated.error ?? ended.error} />
        <FormErrors errors={[...(updated.data?.userUpdate.userErrors ?? []), ...(ended.data?.userSessionsEnd.userErrors ?? [])]} onReload={onChanged} />
      </td>
    </tr>
  );
}
