/**
 * Anomaly flags on a daily series (issue #17, part 4): each day is judged against the same
 * weekday of the previous weeks, by a robust baseline. Why this method and not STL with
 * generalized ESD (Twitter's S-H-ESD): a shop's daily figures have a strong weekly rhythm and
 * short histories; the median and MAD of the same weekday need no model fitting, are not moved
 * by the anomalies they are meant to find, and explain themselves in two numbers a person can
 * check ("Tuesdays are 1,020 ± 64; this one is 480"). Promotion days are kept out of the normal
 * baseline and judged against past promotion days.
 */

export interface DayValue {
  /** The local day, `YYYY-MM-DD`. */
  day: string;
  value: number;
  /** A promotion day of the shop's calendar (双11, 618, its own). */
  promotion?: boolean;
  /** What the day's figure is counted over (orders, buyers), for its sampling noise. */
  trials?: number;
}

/**
 * The sampling noise a figure has even when nothing happened, which a few weeks' MAD can
 * underestimate on small numbers (eight Tuesdays of 11, 11, 12, 11… give a MAD of 0 while 16 is
 * ordinary): COUNT is Poisson (√expected), RATIO binomial over `trials` (√(p(1−p)/n), p
 * smoothed by Agresti–Coull), MEAN and SUM of order values with a coefficient of variation of 0.7.
 */
export type NoiseModel = 'COUNT' | 'RATIO' | 'MEAN' | 'SUM';
const ORDER_VALUE_CV = 0.7;

export function samplingSpread(noise: NoiseModel | undefined, expected: number, trials: number | undefined): number {
  const n = Math.max(trials ?? 0, 1);
  switch (noise) {
    case 'COUNT':
      return Math.sqrt(Math.max(Math.abs(expected), 1));
    case 'RATIO': {
      const p = (expected * n + 2) / (n + 4); // Agresti–Coull: no zero-width band at p = 0
      return Math.sqrt((p * (1 - p)) / n);
    }
    case 'MEAN':
      return (Math.abs(expected) * ORDER_VALUE_CV) / Math.sqrt(n);
    case 'SUM':
      return (Math.abs(expected) * Math.sqrt(1 + ORDER_VALUE_CV ** 2)) / Math.sqrt(n);
    default:
      return 0;
  }
}

export type Judgement =
  | { day: string; value: number; status: 'INSUFFICIENT_HISTORY' }
  | { day: string; value: number; status: 'NORMAL' | 'ANOMALY'; expected: number; low: number; high: number; robustZ: number; method: string };

/** The settings of the method; the defaults are what the backtest holds to its targets. */
export interface AnomalyOptions {
  /** Same-weekday samples the baseline takes at most (the previous N weeks). */
  weeks: number;
  /** Samples it needs at least; fewer is "insufficient history". */
  minSamples: number;
  /** Days of history before any judgement. */
  minHistoryDays: number;
  /** How many robust standard deviations make an anomaly. */
  threshold: number;
  /** The spread is never taken below this share of the expected value (a flat series is not a zero-width band). */
  minRelativeSpread: number;
}

export const ANOMALY_DEFAULTS: AnomalyOptions = { weeks: 8, minSamples: 4, minHistoryDays: 28, threshold: 4, minRelativeSpread: 0.04 };

/** MAD to a standard deviation, for normally distributed noise. */
const MAD_TO_SD = 1.4826;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Judges every day of a series (consecutive days, oldest first). A normal day is judged against
 * the same weekday of up to `weeks` previous weeks, leaving out promotion days and days already
 * flagged (an anomaly must not become the norm it is measured by); a promotion day against the
 * previous promotion days.
 */
export function judgeSeries(series: readonly DayValue[], options: AnomalyOptions = ANOMALY_DEFAULTS, noise?: NoiseModel): Judgement[] {
  const judgements: Judgement[] = [];
  series.forEach((point, index) => {
    const insufficient = { day: point.day, value: point.value, status: 'INSUFFICIENT_HISTORY' as const };
    if (index < options.minHistoryDays) return judgements.push(insufficient);
    // Candidates: the same weekday of the previous `weeks` weeks (promotion days: the previous
    // promotion days). Days already flagged are left out while enough remain, so an anomaly does
    // not become the norm it is measured by; a lasting change of level, flagged week after week,
    // leaves too few and becomes the norm after about half the window.
    const candidates: number[] = [];
    if (point.promotion) {
      for (let j = index - 1; j >= 0 && candidates.length < options.weeks; j--) if (series[j].promotion) candidates.push(j);
    } else {
      for (let j = index - 7; j >= 0 && j >= index - 7 * options.weeks; j -= 7) if (!series[j].promotion) candidates.push(j);
    }
    const needed = point.promotion ? 2 : options.minSamples;
    const unflagged = candidates.filter((j) => judgements[j].status !== 'ANOMALY');
    const chosen = unflagged.length >= needed ? unflagged : candidates;
    if (chosen.length < needed) return judgements.push(insufficient);
    const samples = chosen.map((j) => series[j].value);
    const method = point.promotion ? `median and MAD of the ${samples.length} previous promotion days` : `median and MAD of the same weekday over ${samples.length} of the previous ${options.weeks} weeks`;
    const expected = median(samples);
    const spread = Math.max(MAD_TO_SD * median(samples.map((v) => Math.abs(v - expected))), options.minRelativeSpread * Math.abs(expected), samplingSpread(noise, expected, point.trials), 1e-9);
    const robustZ = (point.value - expected) / spread;
    judgements.push({
      day: point.day,
      value: point.value,
      status: Math.abs(robustZ) > options.threshold ? 'ANOMALY' : 'NORMAL',
      expected,
      low: expected - options.threshold * spread,
      high: expected + options.threshold * spread,
      robustZ: Math.round(robustZ * 100) / 100,
      method,
    });
  });
  return judgements;
}

/** Consecutive anomalous days, as incidents (first and last day, and the days). */
export function incidentsOf(judgements: readonly Judgement[]): { from: string; to: string; days: Judgement[] }[] {
  const incidents: { from: string; to: string; days: Judgement[] }[] = [];
  let current: Judgement[] = [];
  for (const judgement of [...judgements, null]) {
    if (judgement?.status === 'ANOMALY') current.push(judgement);
    else if (current.length > 0) {
      incidents.push({ from: current[0].day, to: current[current.length - 1].day, days: current });
      current = [];
    }
  }
  return incidents;
}
