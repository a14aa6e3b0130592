import type { ConsoleKpisQuery } from '../../gql/graphql';
import { useI18n } from '../../app/i18n';
import { useSession } from '../../app/session';
import { kpiChange, kpiValue } from './kpi-values';

type Series = ConsoleKpisQuery['kpis']['series'][number];

/** One KPI: its latest period against the comparison, and the range as a line (comparison dashed, anomalies marked). */
export function KpiTile({ series }: { series: Series }) {
  const { t, term } = useI18n();
  const { formats } = useSession();
  const { definition, points } = series;
  const last = points[points.length - 1];
  const good = last?.change === null || last?.change === undefined || last.change === 0 ? '' : (last.change > 0) === definition.higherIsBetter ? 'up-good' : 'up-bad';
  const name = term('KPI', definition.key);
  return (
    <figure className="kpi-tile" data-testid="kpi" data-kpi={definition.key}>
      <figcaption title={definition.formula}>{name}</figcaption>
      <div className="kpi-value">{kpiValue(formats, definition.unit, last?.value)}</div>
      <div className={`kpi-change ${good}`}>
        {t('kpis.vs', { value: kpiValue(formats, definition.unit, last?.comparisonValue), change: kpiChange(formats, definition.unit, last?.change, last?.relativeChange) })}
      </div>
      <Sparkline label={name} values={series.values} comparison={series.comparisonValues} anomalies={points.map((p) => p.flag?.status === 'ANOMALY')} />
    </figure>
  );
}

function Sparkline({ label, values, comparison, anomalies }: { label: string; values: readonly (number | null)[]; comparison: readonly (number | null)[]; anomalies: boolean[] }) {
  const width = 240;
  const height = 48;
  const all = [...values, ...comparison].filter((v): v is number => v !== null);
  const max = Math.max(1e-9, ...all);
  const min = Math.min(0, ...all);
  const x = (i: number) => (values.length <= 1 ? width / 2 : (i / (values.length - 1)) * width);
  const y = (v: number) => height - 2 - ((v - min) / (max - min || 1)) * (height - 4);
  const path = (series: readonly (number | null)[]) =>
    series.map((v, i) => (v === null ? '' : `${i === 0 || series[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)).join('');
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" height={height} preserveAspectRatio="none">
      <path d={path(comparison)} className="spark-comparison" />
      <path d={path(values)} className="spark-line" />
      {values.map((v, i) => (anomalies[i] && v !== null ? <circle key={i} cx={x(i)} cy={y(v)} r="3" className="spark-anomaly" /> : null))}
    </svg>
  );
}
