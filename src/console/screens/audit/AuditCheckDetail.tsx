import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, FormErrors, Loading, Pager, usePaging } from '../../app/ui';
import { AddFinding } from './AddFinding';
import { ExportButtons } from './ExportButtons';

const Check = graphql(`
  query ConsoleAuditCheck($id: ID!, $after: String) {
    auditCheck(id: $id) {
      id title status periodFrom periodTo closedAt closedBy { name } team { id name }
      report { sales { user { id name } followUpsDue doneOnTime doneLate openOverdue onTimeRate } droppedCustomerCount }
      findings(first: 20, after: $after) {
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id code severity comment response respondedAt createdAt createdBy { name } subjectUser { name }
            customer { id platformHandle } correctiveTask { id dueAt status assignee { name } }
          }
        }
      }
    }
  }
`);

const Close = graphql(`
  mutation ConsoleAuditCheckClose($id: ID!) {
    auditCheckClose(id: $id) { auditCheck { id status closedAt } userErrors { code field message } }
  }
`);

/** One check: its frozen figures, its findings (with corrective tasks and answers), a new finding, sign-off, exports. */
export function AuditCheckDetail({ id, onChanged }: { id: string; onChanged(): void }) {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const paging = usePaging();
  const [{ data, error, fetching }, reload] = useQuery({ query: Check, variables: { id, after: paging.after } });
  const [closed, close] = useMutation(Close);
  const check = data?.auditCheck;
  if (!check) return fetching ? <Loading /> : <ErrorBanner error={error} />;
  const refresh = () => { reload({ requestPolicy: 'network-only' }); onChanged(); };
  const findings = check.findings.edges;
  return (
    <section className="box wide" aria-labelledby="check-title" data-testid="audit-check">
      <div className="page-head">
        <h2 id="check-title">{check.title} · {term('CHECK_STATUS', check.status)}</h2>
        <div className="actions">
          <ExportButtons kind="AUDIT_CHECK" checkId={check.id} />
          {check.status === 'OPEN' && (
            <button type="button" className="primary" onClick={async () => { await close({ id: check.id }); refresh(); }}>{t('audits.signOff')}</button>
          )}
        </div>
      </div>
      <ErrorBanner error={error ?? closed.error} />
      <FormErrors errors={closed.data?.auditCheckClose.userErrors} onReload={refresh} />
      {check.closedAt && <p className="muted">{t('audits.signedOff', { by: check.closedBy?.name ?? '—', at: formats.dateTime(check.closedAt) })}</p>}
      <table>
        <thead><tr><th>{t('field.staff')}</th><th>{t('compliance.due')}</th><th>{t('compliance.onTime')}</th><th>{t('compliance.late')}</th><th>{t('compliance.overdue')}</th><th>{t('compliance.onTimeRate')}</th></tr></thead>
        <tbody>
          {check.report.sales.map((s, i) => (
            <tr key={s.user?.id ?? i}><td>{s.user?.name ?? '—'}</td><td>{s.followUpsDue}</td><td>{s.doneOnTime}</td><td>{s.doneLate}</td><td>{s.openOverdue}</td><td>{formats.percent(s.onTimeRate)}</td></tr>
          ))}
        </tbody>
      </table>
      <h3>{t('audits.findings')}</h3>
      {findings.length === 0 && <Empty />}
      {findings.length > 0 && (
        <table data-testid="findings">
          <thead><tr><th>{t('audits.code')}</th><th>{t('audits.severity')}</th><th>{t('audits.about')}</th><th>{t('field.note')}</th><th>{t('audits.corrective')}</th><th>{t('audits.response')}</th></tr></thead>
          <tbody>
            {findings.map(({ node: f }) => (
              <tr key={f.id}>
                <td>{term('FINDING', f.code)}</td>
                <td>{term('SEVERITY', f.severity)}</td>
                <td>{[f.subjectUser?.name, f.customer?.platformHandle].filter(Boolean).join(' · ') || '—'}</td>
                <td>{f.comment ?? '—'}<div className="muted">{f.createdBy.name} · {formats.dateTime(f.createdAt)}</div></td>
                <td>{f.correctiveTask ? `${f.correctiveTask.assignee?.name ?? '—'} · ${formats.dateTime(f.correctiveTask.dueAt)} · ${term('FOLLOW_UP_STATUS', f.correctiveTask.status)}` : '—'}</td>
                <td>{f.response ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} pageInfo={check.findings.pageInfo} />
      {check.status === 'OPEN' && <AddFinding checkId={check.id} teamId={check.team?.id ?? null} onAdded={refresh} />}
    </section>
  );
}
