import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Intent } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, FormErrors, Page, Pager, usePaging } from '../../app/ui';

const Queue = graphql(`
  query ConsoleScreeningQueue($after: String) {
    registrationEntries(filter: { screened: false, sheetStatus: SUBMITTED }, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id kind productWanted prospectNotes createdAt
          customer { id platform platformHandle }
          sheet { id author { name } }
        }
      }
    }
    salesTeams(first: 50) { edges { node { id name members { id name role active } } } }
  }
`);

const Screen = graphql(`
  mutation ConsoleRegistrationEntriesScreen($input: RegistrationEntriesScreenInput!) {
    registrationEntriesScreen(input: $input) {
      results { entryId followUpTask { id assignee { name } } userErrors { code field message } }
      userErrors { code field message }
    }
  }
`);

/**
 * The review department's screening queue: submitted entries not screened yet. Ticked entries
 * are screened together; "has intent" hands each to a team (round robin among its reps) or a rep.
 */
export function ScreeningScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const paging = usePaging();
  const [{ data, error }, reload] = useQuery({ query: Queue, variables: { after: paging.after } });
  const [screened, screen] = useMutation(Screen);
  const [chosen, setChosen] = useState<string[]>([]);
  const [intent, setIntent] = useState<Intent>('HAS_INTENT');
  const [assignee, setAssignee] = useState('');
  const entries = data?.registrationEntries.edges.map((e) => e.node) ?? [];
  const teams = data?.salesTeams.edges.map((e) => e.node) ?? [];
  const toggle = (id: string) => setChosen(chosen.includes(id) ? chosen.filter((c) => c !== id) : [...chosen, id]);

  const apply = async () => {
    const [kind, id] = assignee.split(':');
    const assignTo = intent === 'HAS_INTENT' && id ? (kind === 'team' ? { teamId: id } : { userId: id }) : null;
    const answer = await screen({ input: { entries: chosen.map((entryId) => ({ entryId, intent, assignTo })) } });
    if (answer.data) {
      setChosen([]);
      reload({ requestPolicy: 'network-only' });
    }
  };
  const results = screened.data?.registrationEntriesScreen.results ?? [];
  const failures = results.flatMap((r) => r.userErrors);

  return (
    <Page title={t('screening.title')}>
      <ErrorBanner error={error ?? screened.error} />
      <FormErrors errors={[...(screened.data?.registrationEntriesScreen.userErrors ?? []), ...failures]} />
      {results.some((r) => r.followUpTask) && (
        <p role="status" className="banner ok">
          {t('screening.assigned')}{' '}
          {results.filter((r) => r.followUpTask).map((r) => r.followUpTask!.assignee.name).join('、')}
        </p>
      )}
      <div className="toolbar" role="group" aria-label={t('screening.bulk')}>
        <label>
          {t('field.intent')}{' '}
          <select value={intent} onChange={(e) => setIntent(e.target.value as Intent)}>
            <option value="HAS_INTENT">{term('INTENT', 'HAS_INTENT')}</option>
            <option value="NO_INTENT">{term('INTENT', 'NO_INTENT')}</option>
          </select>
        </label>
        <label>
          {t('screening.assignTo')}{' '}
          <select value={assignee} onChange={(e) => setAssignee(e.target.value)} disabled={intent !== 'HAS_INTENT'}>
            <option value="">{t('screening.pool')}</option>
            {teams.map((team) => (
              <optgroup key={team.id} label={team.name}>
                <option value={`team:${team.id}`}>{t('screening.roundRobin', { team: team.name })}</option>
                {team.members.filter((m) => m.active && m.role === 'SALES').map((m) => (
                  <option key={m.id} value={`user:${m.id}`}>{m.name}</option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="button" className="primary" disabled={chosen.length === 0 || screened.fetching} onClick={apply}>
          {t('screening.apply', { count: chosen.length })}
        </button>
      </div>
      {entries.length === 0 ? (
        data && <Empty text={t('screening.empty')} />
      ) : (
        <table>
          <thead>
            <tr>
              <th>
                <input type="checkbox" aria-label={t('screening.all')} checked={chosen.length === entries.length} onChange={() => setChosen(chosen.length === entries.length ? [] : entries.map((e) => e.id))} />
              </th>
              <th>{t('field.handle')}</th><th>{t('field.platform')}</th><th>{t('field.productWanted')}</th><th>{t('field.prospectNotes')}</th><th>{t('field.registeredBy')}</th><th>{t('field.createdAt')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td><input type="checkbox" aria-label={entry.customer?.platformHandle ?? entry.id} checked={chosen.includes(entry.id)} onChange={() => toggle(entry.id)} /></td>
                <td>{entry.customer?.platformHandle ?? '—'}</td>
                <td>{term('PLATFORM', entry.customer?.platform)}</td>
                <td>{entry.productWanted ?? '—'}</td>
                <td>{entry.prospectNotes.map((n) => term('PROSPECT', n)).join('、') || '—'}</td>
                <td>{entry.sheet.author.name}</td>
                <td>{formats.dateTime(entry.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} pageInfo={data?.registrationEntries.pageInfo} total={data?.registrationEntries.totalCount} />
    </Page>
  );
}
