import { endOfLocalDayAfter, localDate, parseLocalDateTime, startOfLocalDay } from '../../src/common/zoned-time';

/** The local calendar day of an instant, straight from Intl, for comparison: `YYYY-MM-DD`. */
const intlDay = (timeZone: string) => {
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant: Date) => format.format(instant);
};
const dayText = (d: { year: number; month: number; day: number }) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const wall = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(instant);

describe('zoned time: the offsets kept per day give what Intl gives', () => {
  const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'America/Sao_Paulo'];

  it('gives the local day of every half hour around DST changes, asked in any order', () => {
    for (const zone of zones) {
      // Two years of half hours, shuffled so the days are filled in from any instant of them.
      const instants: number[] = [];
      for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2027, 0, 1); t += 1_800_000) instants.push(t + 17_000);
      for (let i = instants.length - 1; i > 0; i--) {
        const j = (i * 7919) % (i + 1);
        [instants[i], instants[j]] = [instants[j], instants[i]];
      }
      const intl = intlDay(zone);
      const wrong = instants.filter((t) => dayText(localDate(new Date(t), zone)) !== intl(new Date(t)));
      expect([zone, wrong]).toEqual([zone, []]);
    }
  });

  it('reads wall-clock times of the shop\'s zone as the instants they name, also on the days the clocks change', () => {
    for (const [zone, text] of [
      ['America/New_York', '2026-03-08 01:30:00'], ['America/New_York', '2026-03-08 03:30:00'], ['America/New_York', '2026-11-01 00:59:59'],
      ['America/New_York', '2026-11-01 03:00:00'], ['Europe/London', '2026-03-29 00:30'], ['Europe/London', '2026-03-29 02:30'],
      ['Australia/Lord_Howe', '2026-04-05 01:15'], ['Asia/Shanghai', '2026/11/11 0:01'],
    ] as const) {
      const instant = parseLocalDateTime(text, zone)!;
      expect(wall(instant, zone)).toBe(`${text.replace(/\//g, '-').replace(/ (\d):/, ' 0$1:')}${text.length === 16 || text.length === 15 ? ':00' : ''}`);
    }
  });

  it('starts and ends local days at local midnight, 23 or 25 hours long when the clocks change', () => {
    const start = startOfLocalDay({ year: 2026, month: 3, day: 8 }, 'America/New_York');
    expect(start.toISOString()).toBe('2026-03-08T05:00:00.000Z');
    expect(endOfLocalDayAfter(new Date('2026-03-08T12:00:00Z'), 0, 'America/New_York').toISOString()).toBe('2026-03-09T03:59:59.999Z');
    expect(endOfLocalDayAfter(new Date('2026-11-01T12:00:00Z'), 0, 'America/New_York').toISOString()).toBe('2026-11-02T04:59:59.999Z');
  });
});
