import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AuditCheckStatus } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { lastDays } from '../../app/period';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, errorFor, Field, FormErrors, Page, Pager, usePaging } from '../../app/ui';
import { AuditCheckDetail } from './AuditCheckDetail';
import { PeriodPicker } from './PeriodPicker';

const Checks = graphql(`
  query ConsoleAuditChecks($after: String, $filter: AuditCheckFilter) {
    auditChecks(first: 20, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title status periodFrom periodTo findingCount createdAt createdBy { name } team { name } closedAt } }
    }
  }
`);

const Teams = graphql(`
  query ConsoleAuditTeams {
    salesTeams(first: 100) { edges { node { id name } } }
  }
`);

const Create = graphql(`
  mutation ConsoleAuditCheckCreate($input: AuditCheckCreateInput!) {
    auditCheckCreate(input: $input) { auditCheck { id } userErrors { code field message } }
  }
`);

/** The review department's audit checks: make one over a period (its figures frozen), then findings, corrective tasks and sign-off. */
export function AuditChecksScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const paging = usePaging();
  const [status, setStatus] = useState<AuditCheckStatus | ''>('');
  const [{ data, error }, reload] = useQuery({ query: Checks, variables: { after: paging.after, filter: status ? { status } : null } });
  const [{ data: teams }] = useQuery({ query: Teams });
  const [created, create] = useMutation(Create);
  const [title, setTitle] = useState('');
  const [period, setPeriod] = useState(() => lastDays(7));
  const [teamId, setTeamId] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const errors = created.data?.auditCheckCreate.userErrors;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const answer = await create({ input: { title: title.trim(), from: period.from, to: period.to, teamId: teamId || null } });
    const id = answer.data?.auditCheckCreate.auditCheck?.id;
    if (id) {
      setTitle('');
      setOpen(id);
      reload({ requestPolicy: 'network-only' });
    }
  };
  const checks = data?.auditChecks.edges ?? [];
  return (
    <Page title={t('audits.title')}>
      <form className="box wide" onSubmit={submit} aria-label={t('audits.create')}>
        <div className="entry-form">
          <Field label={t('audits.checkTitle')} error={errorFor(errors, 'title')}>{(id, d) => <input id={id} value={title} aria-describedby={d} onChange={(e) => setTitle(e.target.value)} required />}</Field>
          <Field label={t('audits.team')} error={errorFor(errors, 'teamId')}>
            {(id, d) => (
              <select id={id} value={teamId} aria-describedby={d} onChange={(e) => setTeamId(e.target.value)}>
                <option value="">{t('audits.allTeams')}</option>
                {teams?.salesTeams.edges.map(({ node }) => <option key={node.id} value={node.id}>{node.name}</option>)}
              </select>
            )}
          </Field>
        </div>
        <PeriodPicker {...period} onChange={setPeriod} />
        <div><button type="submit" className="primary" disabled={created.fetching}>{t('audits.create')}</button></div>
        <FormErrors errors={errors} fields={['title', 'teamId']} />
      </form>
      <ErrorBanner error={error ?? created.error} />
      <div className="filters">
        <label>
          {t('imports.status')}{' '}
          <select value={status} onChange={(e) => { setStatus(e.target.value as AuditCheckStatus | ''); paging.reset(); }}>
            <option value="">—</option>
            <option value="OPEN">{term('CHECK_STATUS', 'OPEN')}</option>
            <option value="CLOSED">{term('CHECK_STATUS', 'CLOSED')}</option>
          </select>
        </label>
      </div>
      {data && checks.length === 0 && <Empty />}
      {checks.length > 0 && (
        <table data-testid="audit-checks">
          <thead><tr><th>{t('audits.checkTitle')}</th><th>{t('period.label')}</th><th>{t('audits.team')}</th><th>{t('imports.status')}</th><th>{t('audits.findings')}</th><th /></tr></thead>
          <tbody>
            {checks.map(({ node }) => (
              <tr key={node.id}>
                <td>{node.title}<div className="muted">{node.createdBy.name} · {formats.dateTime(node.createdAt)}</div></td>
                <td>{formats.dateTime(node.periodFrom)} – {formats.dateTime(node.periodTo)}</td>
                <td>{node.team?.name ?? t('audits.allTeams')}</td>
                <td>{term('CHECK_STATUS', node.status)}</td>
                <td>{node.findingCount}</td>
                <td><button type="button" aria-expanded={open === node.id} onClick={() => setOpen(open === node.id ? null : node.id)}>{t('imports.open')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} pageInfo={data?.auditChecks.pageInfo} />
      {open && <AuditCheckDetail key={open} id={open} onChanged={() => reload({ requestPolicy: 'network-only' })} />}
    </Page>
  );
}
