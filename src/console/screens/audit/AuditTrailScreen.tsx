import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { lastDays } from '../../app/period';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, Page, Pager, usePaging } from '../../app/ui';
import { ExportButtons } from './ExportButtons';
import { PeriodPicker } from './PeriodPicker';

const Trail = graphql(`
  query ConsoleAuditTrail($filter: AuditTrailFilter, $after: String) {
    auditTrail(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id at action entityType entityId requestId actor { name } changes { field before after redacted } } }
    }
  }
`);

function shown(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The append-only audit trail for a period, newest first, with every field's before and after. */
export function AuditTrailScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [period, setPeriod] = useState(() => lastDays(7));
  const [entityType, setEntityType] = useState('');
  const paging = usePaging();
  const filter = { ...period, entityType: entityType || null };
  const [{ data, error }] = useQuery({ query: Trail, variables: { filter, after: paging.after } });
  const entries = data?.auditTrail.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('trail.title')} actions={<ExportButtons kind="AUDIT_TRAIL" from={period.from} to={period.to} />}>
      <PeriodPicker {...period} onChange={(p) => { setPeriod(p); paging.reset(); }} />
      <label>
        {t('trail.entityType')} <input value={entityType} onChange={(e) => { setEntityType(e.target.value); paging.reset(); }} placeholder="Customer" />
      </label>
      <ErrorBanner error={error} />
      {data && entries.length === 0 && <Empty />}
      <table data-testid="audit-trail">
        <thead><tr><th>{t('field.at')}</th><th>{t('field.actor')}</th><th>{t('trail.action')}</th><th>{t('trail.entity')}</th><th>{t('trail.changes')}</th></tr></thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{formats.dateTime(entry.at)}</td>
              <td>{entry.actor?.name ?? '—'}</td>
              <td>{term('ACTION', entry.action)}</td>
              <td>{entry.entityType} {entry.entityId}</td>
              <td>
                {entry.changes.map((c) => (
                  <div key={c.field}>
                    <code>{c.field}</code>: {c.redacted ? t('trail.redacted') : `${shown(c.before)} → ${shown(c.after)}`}
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.auditTrail.pageInfo} total={data?.auditTrail.totalCount} />
    </Page>
  );
}
