import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { useI18n } from '../../app/i18n';
import { lastDays } from '../../app/period';
import { Link } from '../../app/router';
import { useSession } from '../../app/session';
import { ErrorBanner, Loading, Page } from '../../app/ui';
import { BarChart } from './BarChart';
import { ExportButtons } from './ExportButtons';
import { PeriodPicker } from './PeriodPicker';

const Report = graphql(`
  query ConsoleComplianceReport($from: DateTime!, $to: DateTime!) {
    complianceReport(from: $from, to: $to) {
      generatedAt
      customerService { user { id name } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }
      sales { user { id name } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }
      droppedCustomerCount
      droppedCustomers { stage customer { id platformHandle } owner { name } }
    }
  }
`);

/** Who did their part on time in the period (agents' sheets, reps' follow-ups), and dropped customers. */
export function ComplianceScreen() {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const [period, setPeriod] = useState(() => lastDays(7));
  const [{ data, error, fetching }] = useQuery({ query: Report, variables: period });
  const report = data?.complianceReport;
  return (
    <Page title={t('compliance.title')} actions={<ExportButtons kind="COMPLIANCE_REPORT" from={period.from} to={period.to} />}>
      <PeriodPicker {...period} onChange={setPeriod} />
      <ErrorBanner error={error} />
      {!report ? (
        fetching && <Loading />
      ) : (
        <>
          <p className="muted">{t('compliance.generated', { at: formats.dateTime(report.generatedAt) })}</p>
          <div className="charts">
            <BarChart title={t('compliance.onTimeChart')} bars={report.sales.map((s) => ({ label: s.user?.name ?? '—', value: s.onTimeRate ?? null }))} />
            <BarChart title={t('compliance.sheetsChart')} bars={report.customerService.map((c) => ({ label: c.user?.name ?? '—', value: c.sheetsDue ? c.sheetsOnTime / c.sheetsDue : null }))} />
          </div>
          <h2>{t('compliance.customerService')}</h2>
          <table data-testid="compliance-cs">
            <thead><tr><th>{t('field.staff')}</th><th>{t('compliance.sheetsDue')}</th><th>{t('compliance.onTime')}</th><th>{t('compliance.late')}</th><th>{t('compliance.missing')}</th><th>{t('compliance.entries')}</th></tr></thead>
            <tbody>
              {report.customerService.map((c, i) => (
                <tr key={c.user?.id ?? i}><td>{c.user?.name ?? '—'}</td><td>{c.sheetsDue}</td><td>{c.sheetsOnTime}</td><td>{c.sheetsLate}</td><td>{c.sheetsMissing}</td><td>{c.entriesRegistered}</td></tr>
              ))}
            </tbody>
          </table>
          <h2>{t('compliance.sales')}</h2>
          <table data-testid="compliance-sales">
            <thead><tr><th>{t('field.staff')}</th><th>{t('compliance.due')}</th><th>{t('compliance.onTime')}</th><th>{t('compliance.late')}</th><th>{t('compliance.overdue')}</th><th>{t('compliance.ordered')}</th><th>{t('compliance.onTimeRate')}</th></tr></thead>
            <tbody>
              {report.sales.map((s, i) => (
                <tr key={s.user?.id ?? i}><td>{s.user?.name ?? '—'}</td><td>{s.followUpsDue}</td><td>{s.doneOnTime}</td><td>{s.doneLate}</td><td>{s.openOverdue}</td><td>{s.ordered}</td><td>{formats.percent(s.onTimeRate)}</td></tr>
              ))}
            </tbody>
          </table>
          <h2>{t('compliance.dropped', { count: report.droppedCustomerCount })}</h2>
          <ul>
            {report.droppedCustomers.map((d, i) => (
              <li key={d.customer?.id ?? i}>
                {d.customer ? <Link to={`/customers/${d.customer.id}`}>{d.customer.platformHandle}</Link> : '—'} · {term('STAGE', d.stage)} · {d.owner?.name ?? '—'}
              </li>
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
