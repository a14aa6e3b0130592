import { addDays, localDate, startOfLocalDay } from '../../common/zoned-time';

/** A period the screens start with: the last 7 days up to now, as ISO instants. */
export function lastDays(days: number): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

type Day = ReturnType<typeof localDate>;
const parse = (text: string): Day => {
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
};
const pad = (n: number) => String(n).padStart(2, '0');
const print = (day: Day) => `${day.year}-${pad(day.month)}-${pad(day.day)}`;

/** Days as `<input type="date">` holds them (YYYY-MM-DD), read and written in the shop's time zone (the server's calendar rules, shared). */
export interface DayInput {
  /** The day an instant falls on. */
  of(iso: string): string;
  /** The day's start. */
  from(day: string): string;
  /** The exclusive end of a period that includes the day: the next day's start. */
  end(day: string): string;
  /** The last day a period ending (exclusively) at `iso` includes. */
  ofEnd(iso: string): string;
  /** The day's last minute: a due date typed as a day. */
  endOf(day: string): string;
}

export function daysIn(timeZone: string): DayInput {
  const nextStart = (day: string) => startOfLocalDay(addDays(parse(day), 1), timeZone).getTime();
  return {
    of: (iso) => print(localDate(new Date(iso), timeZone)),
    from: (day) => startOfLocalDay(parse(day), timeZone).toISOString(),
    end: (day) => new Date(nextStart(day)).toISOString(),
    ofEnd: (iso) => print(localDate(new Date(new Date(iso).getTime() - 1), timeZone)),
    endOf: (day) => new Date(nextStart(day) - 60_000).toISOString(),
  };
}

/** The day it is in a time zone, `daysBack` days ago. */
export function today(timeZone: string, daysBack = 0): string {
  return print(localDate(new Date(Date.now() - daysBack * 86_400_000), timeZone));
}
