import { splitHours, splitPeriod } from '../../src/audits/report-period';

const HOUR = 3_600_000;
const at = (text: string) => new Date(text);
const ms = (ranges: [Date, Date][]) => ranges.map(([a, b]) => [a.toISOString(), b.toISOString()]);

describe('how the report reads the partial days of a period', () => {
  const now = at('2027-05-12T13:30:00Z');

  it('whole hours from the hour figures except the current one; partial hours and the current hour live', () => {
    const { hourRanges, liveRanges } = splitHours([[at('2027-05-12T00:00:00Z'), at('2027-05-13T00:00:00Z')]], now);
    expect(ms(hourRanges)).toEqual([
      ['2027-05-12T00:00:00.000Z', '2027-05-12T13:00:00.000Z'],
      ['2027-05-12T14:00:00.000Z', '2027-05-13T00:00:00.000Z'],
    ]);
    expect(ms(liveRanges)).toEqual([['2027-05-12T13:00:00.000Z', '2027-05-12T14:00:00.000Z']]);

    const edges = splitHours([[at('2027-04-12T07:15:00Z'), at('2027-04-13T00:00:00Z')]], now);
    expect(ms(edges.hourRanges)).toEqual([['2027-04-12T08:00:00.000Z', '2027-04-13T00:00:00.000Z']]);
    expect(ms(edges.liveRanges)).toEqual([['2027-04-12T07:15:00.000Z', '2027-04-12T08:00:00.000Z']]);

    const short = splitHours([[at('2027-04-12T07:15:00Z'), at('2027-04-12T07:45:00Z')]], now);
    expect([short.hourRanges, ms(short.liveRanges)]).toEqual([[], [['2027-04-12T07:15:00.000Z', '2027-04-12T07:45:00.000Z']]]);
  });

  it('cover every instant of the live ranges exactly once, whatever the period', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    for (let i = 0; i < 300; i++) {
      const from = new Date(now.getTime() + (random(60 * 24 * 60) - 40 * 24 * 60) * 60_000);
      const to = new Date(from.getTime() + (1 + random(20 * 24 * 60)) * 60_000);
      const { liveRanges } = splitPeriod(from, to, now);
      const { hourRanges, liveRanges: live } = splitHours(liveRanges, now);
      const pieces = [...hourRanges.map((r) => [...r, 'hours'] as const), ...live.map((r) => [...r, 'live'] as const)].sort((a, b) => a[0].getTime() - b[0].getTime());
      const given = liveRanges.reduce((sum, [a, b]) => sum + b.getTime() - a.getTime(), 0);
      expect(pieces.reduce((sum, [a, b]) => sum + b.getTime() - a.getTime(), 0)).toBe(given);
      for (let j = 1; j < pieces.length; j++) expect(pieces[j][0].getTime()).toBeGreaterThanOrEqual(pieces[j - 1][1].getTime());
      for (const [a, b, kind] of pieces) {
        expect(a.getTime()).toBeLessThan(b.getTime());
        expect(liveRanges.some(([s, e]) => s <= a && b <= e)).toBe(true);
        if (kind === 'hours') {
          expect(a.getTime() % HOUR).toBe(0);
          expect(b.getTime() % HOUR).toBe(0);
          expect(a.getTime() <= now.getTime() && now.getTime() < b.getTime()).toBe(false); // never the current hour
        }
      }
    }
  });
});
