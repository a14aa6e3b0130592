import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, errorFor, Field, FormErrors, Pager, usePaging } from '../../app/ui';

const Incidents = graphql(`
  query ConsoleKpiIncidents($after: String, $acknowledged: Boolean) {
    kpiIncidents(first: 20, after: $after, acknowledged: $acknowledged) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id kpi firstDay lastDay worstDay value expected low high robustZ note acknowledgedAt acknowledgedBy { name } } }
    }
  }
`);

const Acknowledge = graphql(`
  mutation ConsoleKpiIncidentAcknowledge($input: KpiIncidentAcknowledgeInput!) {
    kpiIncidentAcknowledge(input: $input) { incident { id note acknowledgedAt acknowledgedBy { name } } userErrors { code field message } }
  }
`);

/** Anomaly incidents of the shop's daily KPIs: open ones first, each acknowledged with a note. */
export function IncidentsBox() {
  const { t, term } = useI18n();
  const paging = usePaging();
  const [showAll, setShowAll] = useState(false);
  const [{ data, error }] = useQuery({ query: Incidents, variables: { after: paging.after, acknowledged: showAll ? null : false } });
  const incidents = data?.kpiIncidents.edges ?? [];
  return (
    <section className="box wide" aria-labelledby="incidents-title" data-testid="incidents">
      <h2 id="incidents-title">{t('kpis.incidents')}</h2>
      <label className="check"><input type="checkbox" checked={showAll} onChange={(e) => { setShowAll(e.target.checked); paging.reset(); }} /> {t('kpis.showAcknowledged')}</label>
      <ErrorBanner error={error} />
      {data && incidents.length === 0 && <Empty text={t('kpis.noIncidents')} />}
      {incidents.length > 0 && (
        <table>
          <thead><tr><th>{t('kpis.kpi')}</th><th>{t('kpis.days')}</th><th>{t('kpis.worst')}</th><th>{t('kpis.acknowledged')}</th></tr></thead>
          <tbody>
            {incidents.map(({ node }) => (
              <tr key={node.id} data-testid="incident">
                <td>{term('KPI', node.kpi)}</td>
                <td>{node.firstDay === node.lastDay ? node.firstDay : `${node.firstDay} – ${node.lastDay}`}</td>
                <td>{t('kpis.worstDay', { day: node.worstDay, value: round(node.value), expected: round(node.expected), low: round(node.low), high: round(node.high), z: node.robustZ.toFixed(1) })}</td>
                <td>{node.acknowledgedAt ? <AcknowledgedBy note={node.note} by={node.acknowledgedBy?.name} at={node.acknowledgedAt} /> : <AcknowledgeForm id={node.id} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager paging={paging} pageInfo={data?.kpiIncidents.pageInfo} total={data?.kpiIncidents.totalCount} />
    </section>
  );
}

const round = (value: number) => (Math.abs(value) >= 100 ? Math.round(value).toString() : value.toFixed(2));

function AcknowledgedBy({ note, by, at }: { note: string | null | undefined; by: string | undefined; at: string }) {
  const { formats } = useSession();
  return <span>{note}<span className="muted"> · {by ?? '—'} · {formats.dateTime(at)}</span></span>;
}

function AcknowledgeForm({ id }: { id: string }) {
  const { t } = useI18n();
  const [done, acknowledge] = useMutation(Acknowledge);
  const [note, setNote] = useState('');
  const errors = done.data?.kpiIncidentAcknowledge.userErrors;
  const saved = done.data?.kpiIncidentAcknowledge.incident;
  if (saved?.acknowledgedAt) return <AcknowledgedBy note={saved.note} by={saved.acknowledgedBy?.name} at={saved.acknowledgedAt} />;
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); void acknowledge({ input: { id, note: note.trim() } }); }}>
      <Field label={t('kpis.note')} error={errorFor(errors, 'note')}>{(fieldId, d) => <input id={fieldId} value={note} aria-describedby={d} onChange={(e) => setNote(e.target.value)} required />}</Field>
      <button type="submit" disabled={done.fetching}>{t('kpis.acknowledge')}</button>
      <ErrorBanner error={done.error} />
      <FormErrors errors={errors} fields={['note']} />
    </form>
  );
}
