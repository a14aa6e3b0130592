import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { KpiComparison, KpiGranularity } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { ErrorBanner, Field, Loading, Page } from '../../app/ui';
import { IncidentsBox } from './IncidentsBox';
import { KpiTile } from './KpiTile';
import { today } from '../../app/period';

const Kpis = graphql(`
  query ConsoleKpis($from: LocalDate!, $to: LocalDate!, $granularity: KpiGranularity!, $compareTo: KpiComparison!) {
    kpis(from: $from, to: $to, granularity: $granularity, compareTo: $compareTo) {
      scope timezone periodStarts
      series {
        definition { key name formula unit higherIsBetter }
        values comparisonValues
        points { periodStart value comparisonValue change relativeChange flag { status expected low high } }
      }
    }
  }
`);

/** How far back each granularity looks by default (periods the chart shows). */
const RANGE_DAYS: Record<KpiGranularity, number> = { DAY: 29, WEEK: 7 * 11, MONTH: 365 };

/** The KPIs the caller may read (the shop's, a lead's team, a rep's own), compared with the previous period or year, and the anomaly incidents. */
export function KpisScreen() {
  const { t, term } = useI18n();
  const { viewer } = useSession();
  const timeZone = viewer.shop.timezone;
  const [granularity, setGranularity] = useState<KpiGranularity>('DAY');
  const [compareTo, setCompareTo] = useState<KpiComparison>('PREVIOUS_PERIOD');
  const variables = { from: today(timeZone, RANGE_DAYS[granularity]), to: today(timeZone), granularity, compareTo };
  const [{ data, error, fetching }] = useQuery({ query: Kpis, variables });
  const report = data?.kpis;
  return (
    <Page title={t('kpis.title')}>
      <div className="entry-form" role="group" aria-label={t('kpis.options')}>
        <Field label={t('kpis.granularity')}>
          {(id) => (
            <select id={id} value={granularity} onChange={(e) => setGranularity(e.target.value as KpiGranularity)}>
              {(['DAY', 'WEEK', 'MONTH'] as const).map((g) => <option key={g} value={g}>{term('GRANULARITY', g)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('kpis.compareTo')}>
          {(id) => (
            <select id={id} value={compareTo} onChange={(e) => setCompareTo(e.target.value as KpiComparison)}>
              {(['PREVIOUS_PERIOD', 'PREVIOUS_YEAR'] as const).map((c) => <option key={c} value={c}>{term('COMPARISON', c)}</option>)}
            </select>
          )}
        </Field>
        {report && <span className="muted">{t('kpis.range', { from: variables.from, to: variables.to, scope: term('SCOPE', report.scope) })}</span>}
      </div>
      <ErrorBanner error={error} />
      {!report && fetching && <Loading />}
      {report && <div className="kpi-grid">{report.series.map((s) => <KpiTile key={s.definition.key} series={s} />)}</div>}
      {(viewer.role === 'ADMIN' || viewer.role === 'REVIEWER') && <IncidentsBox />}
    </Page>
  );
}
