import type { Formats } from '../../app/format';
import type { KpiUnit } from '../../gql/graphql';

/** A KPI value as its unit reads: a count, yuan, a share or a duration. */
export function kpiValue(formats: Formats, unit: KpiUnit, value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  switch (unit) {
    case 'MONEY': return formats.money(Math.round(value));
    case 'RATIO': return formats.percent(value);
    case 'SECONDS': return value < 120 ? `${Math.round(value)} s` : `${(value / 60).toFixed(1)} min`;
    default: {
      const cents = Math.round(value * 100) / 100;
      return Number.isInteger(cents) ? String(cents) : cents.toFixed(2);
    }
  }
}

/** A change as the tile shows it: relative when there is one, else the difference in the unit. */
export function kpiChange(formats: Formats, unit: KpiUnit, change: number | null | undefined, relative: number | null | undefined): string {
  if (relative !== null && relative !== undefined) return `${relative >= 0 ? '+' : ''}${formats.percent(relative)}`;
  if (change === null || change === undefined) return '—';
  return `${change >= 0 ? '+' : '−'}${kpiValue(formats, unit, Math.abs(change))}`;
}
