/**
 * Calendar arithmetic in a shop's IANA time zone with the platform's Intl data (no library):
 * due dates fall at the end of a local day, registration periods start on a local Monday.
 */

interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(instant: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Offset of the zone from UTC at an instant, in ms, from the Intl data. */
function zoneOffsetMs(time: number, timeZone: string): number {
  const p = parts(new Date(time), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(time / 1000) * 1000;
}

const DAY_MS = 86_400_000;
/** Per zone, the offset of each UTC day it did not change in (an import asks for thousands of instants of a few hundred days). */
const dayOffsets = new Map<string, Map<number, number>>();
const MAX_CACHED_DAYS = 20_000;

/** Offset of the zone from UTC at an instant, in ms (Asia/Shanghai: +8 h). */
function offsetMs(instant: Date, timeZone: string): number {
  const time = instant.getTime();
  const day = Math.floor(time / DAY_MS);
  let days = dayOffsets.get(timeZone);
  if (!days) dayOffsets.set(timeZone, (days = new Map()));
  const known = days.get(day);
  if (known !== undefined) return known;
  const offset = zoneOffsetMs(time, timeZone);
  // Kept for the day only when the day starts and ends on it: a day with a change is asked each time.
  if (zoneOffsetMs(day * DAY_MS, timeZone) === offset && zoneOffsetMs((day + 1) * DAY_MS - 1000, timeZone) === offset) {
    if (days.size >= MAX_CACHED_DAYS) days.clear();
    days.set(day, offset);
  }
  return offset;
}

/** The instant of a local wall-clock time in the zone. */
function fromLocal(date: LocalDate, hour: number, minute: number, second: number, ms: number, timeZone: string): Date {
  const guess = Date.UTC(date.year, date.month - 1, date.day, hour, minute, second, ms);
  const first = guess - offsetMs(new Date(guess), timeZone);
  // Re-check once: the offset may differ on the other side of a DST change.
  return new Date(guess - offsetMs(new Date(first), timeZone));
}

export function localDate(instant: Date, timeZone: string): LocalDate {
  const local = new Date(instant.getTime() + offsetMs(instant, timeZone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Start (00:00 local) of a local day. */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return fromLocal(date, 0, 0, 0, 0, timeZone);
}

/** The last millisecond of the local day `days` after the local day of `instant`. */
export function endOfLocalDayAfter(instant: Date, days: number, timeZone: string): Date {
  const next = addDays(localDate(instant, timeZone), days + 1);
  return new Date(startOfLocalDay(next, timeZone).getTime() - 1);
}

/** The local Monday 00:00 starting the week that contains `instant`, and the next Monday. */
export function localWeek(instant: Date, timeZone: string): { start: Date; end: Date } {
  const today = localDate(instant, timeZone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay(); // 0 = Sunday
  const monday = addDays(today, -((weekday + 6) % 7));
  return { start: startOfLocalDay(monday, timeZone), end: startOfLocalDay(addDays(monday, 7), timeZone) };
}

/** The local day containing `instant`: [start, end). */
export function localDay(instant: Date, timeZone: string): { start: Date; end: Date } {
  const today = localDate(instant, timeZone);
  return { start: startOfLocalDay(today, timeZone), end: startOfLocalDay(addDays(today, 1), timeZone) };
}

/**
 * The instant of a wall-clock time written in the shop's zone, as platform exports write them
 * ("2026-11-11 00:01:02", "2026/11/11 0:01", seconds optional); `null` when it is not one.
 */
export function parseLocalDateTime(text: string, timeZone: string): Date | null {
  const match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // 31 February
  return fromLocal({ year, month, day }, hour, minute, second, 0, timeZone);
}
