import { KpiComparison, KpiGranularity } from './kpi.enums';

/**
 * Local calendar days as `YYYY-MM-DD`, and the periods KPIs are kept in; the same arithmetic as
 * `kpi_period_start` in the database (migrations/kpi-figures.ts).
 */
const toUtc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromUtc = (time: number) => new Date(time).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => fromUtc(toUtc(day) + days * 86_400_000);

export function periodStart(grain: KpiGranularity, day: string): string {
  if (grain === KpiGranularity.DAY) return day;
  if (grain === KpiGranularity.MONTH) return `${day.slice(0, 7)}-01`;
  const weekday = new Date(toUtc(day)).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export function addPeriods(grain: KpiGranularity, start: string, n: number): string {
  if (grain === KpiGranularity.DAY) return addDays(start, n);
  if (grain === KpiGranularity.WEEK) return addDays(start, 7 * n);
  const d = new Date(toUtc(start));
  return fromUtc(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
}

/** The starts of the periods that hold `from` through `to`, oldest first (at most `limit` + 1, to tell "too many"). */
export function periodsBetween(grain: KpiGranularity, from: string, to: string, limit: number): string[] {
  const starts: string[] = [];
  for (let p = periodStart(grain, from); p <= to && starts.length <= limit; p = addPeriods(grain, p, 1)) starts.push(p);
  return starts;
}

/** The period a point is compared with: `count` periods back, or a year back (364 days keep the weekday). */
export function comparisonStart(grain: KpiGranularity, compareTo: KpiComparison, start: string, count: number): string {
  if (compareTo === KpiComparison.PREVIOUS_PERIOD) return addPeriods(grain, start, -count);
  if (grain === KpiGranularity.DAY) return addDays(start, -364);
  if (grain === KpiGranularity.WEEK) return addDays(start, -364);
  return addPeriods(grain, start, -12);
}

/** The days of [from, end), oldest first. */
export function daysBetween(from: string, end: string): string[] {
  const days: string[] = [];
  for (let t = toUtc(from), stop = toUtc(end); t < stop; t += 86_400_000) days.push(fromUtc(t));
  return days;
}

export const isLocalDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && fromUtc(toUtc(value)) === value;
