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

const HOUR_MS = 3_600_000;

/**
 * How the report reads the live ranges of `splitPeriod`: whole UTC hours from the hour figures
 * (`hourRanges`), except the current hour (whose open follow-ups are part overdue, part not yet
 * due); the partial hours at the edges and the current hour from the follow-ups (`liveRanges`).
 * Both disjoint, each [start, end), together exactly the ranges given; `currentHour` is where
 * the current hour starts (hour figures before it are overdue, after it not yet due).
 */
export function splitHours(ranges: [Date, Date][], now: Date): { hourRanges: [Date, Date][]; liveRanges: [Date, Date][]; currentHour: Date } {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const hourRanges: [Date, Date][] = [];
  const liveRanges: [Date, Date][] = [];
  for (const [start, end] of ranges) {
    const firstHour = Math.ceil(start.getTime() / HOUR_MS) * HOUR_MS;
    const endHour = Math.floor(end.getTime() / HOUR_MS) * HOUR_MS;
    if (firstHour >= endHour) {
      liveRanges.push([start, end]);
      continue;
    }
    if (start.getTime() < firstHour) liveRanges.push([start, new Date(firstHour)]);
    if (current >= firstHour && current < endHour) {
      if (firstHour < current) hourRanges.push([new Date(firstHour), new Date(current)]);
      liveRanges.push([new Date(current), new Date(current + HOUR_MS)]);
      if (current + HOUR_MS < endHour) hourRanges.push([new Date(current + HOUR_MS), new Date(endHour)]);
    } else {
      hourRanges.push([new Date(firstHour), new Date(endHour)]);
    }
    if (endHour < end.getTime()) liveRanges.push([new Date(endHour), end]);
  }
  return { hourRanges, liveRanges, currentHour: new Date(current) };
}
