import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { lastDays } from '../../app/period';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { Empty, ErrorBanner, Page, Pager, usePaging } from '../../app/ui';
import { ExportButtons } from './ExportButtons';
import { PeriodPicker } from './PeriodPicker';

const Log = graphql(`
  query ConsoleContactAccessLog($filter: ContactAccessFilter, $after: String) {
    contactAccessLog(filter: $filter, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { createdAt field purpose granted refusal user { name } customer { id platformHandle } } }
    }
  }
`);

/** Every use of a customer's clear contact details: unmasks granted or refused, hand-overs to the sender. */
export function AccessLogScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [refusedOnly, setRefusedOnly] = useState(false);
  const [period, setPeriod] = useState(() => lastDays(30));
  const paging = usePaging();
  const [{ data, error }] = useQuery({ query: Log, variables: { filter: { refusedOnly }, after: paging.after } });
  const rows = data?.contactAccessLog.edges.map((e) => e.node) ?? [];
  return (
    <Page title={t('accessLog.title')} actions={<ExportButtons kind="CONTACT_ACCESS_LOG" from={period.from} to={period.to} />}>
      <PeriodPicker {...period} onChange={setPeriod} />
      <label>
        <input type="checkbox" checked={refusedOnly} onChange={(e) => { setRefusedOnly(e.target.checked); paging.reset(); }} /> {t('accessLog.refusedOnly')}
      </label>
      <ErrorBanner error={error} />
      {data && rows.length === 0 && <Empty />}
      <table data-testid="access-log">
        <thead><tr><th>{t('field.at')}</th><th>{t('field.staff')}</th><th>{t('field.customer')}</th><th>{t('accessLog.field')}</th><th>{t('field.purpose')}</th><th>{t('accessLog.granted')}</th></tr></thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <td>{formats.dateTime(row.createdAt)}</td>
              <td>{row.user?.name ?? '—'}</td>
              <td>{row.customer ? <Link to={`/customers/${row.customer.id}`}>{row.customer.platformHandle}</Link> : '—'}</td>
              <td>{term('CONTACT_FIELD', row.field)}</td>
              <td>{term('PURPOSE', row.purpose)}</td>
              <td>{row.granted ? t('common.yes') : `${t('common.no')}${row.refusal ? ` · ${row.refusal}` : ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager paging={paging} pageInfo={data?.contactAccessLog.pageInfo} total={data?.contactAccessLog.totalCount} />
    </Page>
  );
}
