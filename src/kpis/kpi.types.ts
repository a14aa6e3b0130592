import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../common/local-date.scalar';
import { KpiComparison, KpiFlagStatus, KpiGranularity, KpiKey, KpiScope, KpiUnit } from './kpi.enums';

@ObjectType('KpiDefinition', { simpleResolvers: true, description: 'What a KPI is: enough for a client to render it without hard-coding.' })
export class KpiDefinitionType {
  @Field(() => KpiKey, { description: 'The KPI.' })
  key: KpiKey;

  @Field({ description: 'Its name.' })
  name: string;

  @Field({ description: 'The formula, in words.' })
  formula: string;

  @Field(() => KpiUnit, { description: 'How its value reads.' })
  unit: KpiUnit;

  @Field({ description: 'Whether a rise is good news (for colouring a change).' })
  higherIsBetter: boolean;

  @Field(() => [KpiScope], { description: 'The scopes it exists at.' })
  scopes: KpiScope[];

  @Field({ description: 'Whether its daily shop series is judged for anomalies (flags and incidents).' })
  anomalyWatched: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'How a day of a daily series compares with its expected band (anomaly detection).' })
export class KpiFlag {
  @Field(() => KpiFlagStatus, { description: 'The judgement.' })
  status: KpiFlagStatus;

  @Field(() => Float, { nullable: true, description: 'The expected value (robust baseline); null with insufficient history.' })
  expected: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the expected band.' })
  low: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the expected band.' })
  high: number | null;

  @Field(() => Float, { nullable: true, description: 'Robust z-score: (value − expected) ÷ robust spread.' })
  robustZ: number | null;

  @Field(() => String, { nullable: true, description: 'How the baseline was made.' })
  method: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One period of a KPI series, with its comparison.' })
export class KpiPoint {
  @Field(() => LocalDateScalar, { description: 'First local day of the period.' })
  periodStart: string;

  @Field(() => Float, { nullable: true, description: 'The value; null when its denominator is 0.' })
  value: number | null;

  @Field(() => LocalDateScalar, { description: 'First local day of the period it is compared with.' })
  comparisonPeriodStart: string;

  @Field(() => Float, { nullable: true, description: 'The value of that period.' })
  comparisonValue: number | null;

  @Field(() => Float, { nullable: true, description: 'value − comparisonValue.' })
  change: number | null;

  @Field(() => Float, { nullable: true, description: '(value − comparisonValue) ÷ |comparisonValue|; null when the comparison is 0 or missing.' })
  relativeChange: number | null;

  @Field(() => KpiFlag, { nullable: true, description: 'The anomaly judgement: daily shop series of anomaly-watched KPIs, days before today.' })
  flag: KpiFlag | null;
}

@ObjectType({ simpleResolvers: true, description: 'One KPI over the periods of the report.' })
export class KpiSeries {
  @Field(() => KpiDefinitionType, { description: 'What it is.' })
  definition: KpiDefinitionType;

  @Field(() => [KpiPoint], { description: 'Its periods, oldest first.' })
  points: KpiPoint[];

  @Field(() => [Float], { nullable: 'items', description: 'The values alone, one per period of `KpiReport.periodStarts` (for charts: a year of days without an object per day).' })
  values: (number | null)[];

  @Field(() => [Float], { nullable: 'items', description: 'The comparison values alone, one per period of `KpiReport.comparisonPeriodStarts`.' })
  comparisonValues: (number | null)[];
}

@ObjectType({ simpleResolvers: true, description: 'KPI series over a range of local periods, each point with its comparison.' })
export class KpiReport {
  @Field(() => KpiScope, { description: 'Whose figures.' })
  scope: KpiScope;

  @Field(() => KpiGranularity, { description: 'The period length.' })
  granularity: KpiGranularity;

  @Field(() => KpiComparison, { description: 'What points are compared with.' })
  compareTo: KpiComparison;

  @Field(() => String, { description: 'The shop\'s time zone the periods are in.' })
  timezone: string;

  @Field(() => [KpiSeries], { description: 'One series per KPI asked for (or every KPI the caller may read at the scope).' })
  series: KpiSeries[];

  @Field(() => [LocalDateScalar], { description: 'The first local day of each period, oldest first: what `KpiSeries.values` are for.' })
  periodStarts: string[];

  @Field(() => [LocalDateScalar], { description: 'The first local day of each comparison period: what `KpiSeries.comparisonValues` are for.' })
  comparisonPeriodStarts: string[];
}
