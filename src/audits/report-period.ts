const DAY_MS = 86_400_000;
const utcDayStart = (time: number) => Math.floor(time / DAY_MS) * DAY_MS;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * How the report reads a period: whole UTC days [firstDay, endDay) from the day figures, except
 * today (whose open follow-ups are part overdue, part not yet due); the partial days at the
 * edges and today from the follow-ups (`liveRanges`, disjoint, each [start, end)).
 */
export function splitPeriod(from: Date, to: Date, now: Date): { firstDay: string; endDay: string; today: string; liveRanges: [Date, Date][] } {
  const first = Math.ceil(from.getTime() / DAY_MS) * DAY_MS;
  const end = utcDayStart(to.getTime());
  const today = utcDayStart(now.getTime());
  if (first >= end) return { firstDay: isoDay(first), endDay: isoDay(first), today: isoDay(today), liveRanges: [[from, to]] };
  const liveRanges: [Date, Date][] = [];
  if (from.getTime() < first) liveRanges.push([from, new Date(first)]);
  if (today >= first && today < end) liveRanges.push([new Date(today), new Date(today + DAY_MS)]);
  if (end < to.getTime()) liveRanges.push([new Date(end), to]);
  return { firstDay: isoDay(first), endDay: isoDay(end), today: isoDay(today), liveRanges };
}
