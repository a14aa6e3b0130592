/**
 * First response times are kept as a histogram per day and agent, so the median and p90 of any
 * period and group add up from kept rows. Bucket b (PostgreSQL's width_bucket) holds times in
 * [BOUNDS[b-1], BOUNDS[b]); the last one an hour or more. Changing the bounds needs a migration
 * that rebuilds cs_day_first_responses.
 */
export const FIRST_RESPONSE_BOUNDS = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 90, 120, 180, 240, 300, 600, 900, 1800, 3600];

/**
 * The q-quantile of a histogram ([bucket, count] pairs), as the upper bound of the bucket that
 * holds it ("the median first response is under 25 s"); the open last bucket reads as its lower
 * bound. Null without any response.
 */
export function histogramQuantile(buckets: readonly (readonly [number, number])[], q: number): number | null {
  const sorted = [...buckets].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [bucket, n] of sorted) {
    seen += n;
    if (seen >= rank) return FIRST_RESPONSE_BOUNDS[Math.min(bucket, FIRST_RESPONSE_BOUNDS.length - 1)];
  }
  return null;
}
