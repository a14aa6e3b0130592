import { daysIn } from '../../src/console/app/period';

/** The console's date inputs, in the shop's time zone whatever the browser's: a day typed reads back as that day. */
describe('daysIn', () => {
  const shanghai = daysIn('Asia/Shanghai');
  const losAngeles = daysIn('America/Los_Angeles');

  it('starts and ends a day at the shop\'s midnight', () => {
    expect(shanghai.from('2026-12-03')).toBe('2026-12-02T16:00:00.000Z');
    expect(shanghai.end('2026-12-03')).toBe('2026-12-03T16:00:00.000Z');
    expect(shanghai.endOf('2026-12-03')).toBe('2026-12-03T15:59:00.000Z');
    expect(shanghai.of('2026-12-02T16:00:00.000Z')).toBe('2026-12-03');
    expect(shanghai.of('2026-12-02T15:59:59.999Z')).toBe('2026-12-02');
  });

  it('follows daylight saving time (a 23-hour and a 25-hour day)', () => {
    expect(losAngeles.from('2026-03-08')).toBe('2026-03-08T08:00:00.000Z');
    expect(losAngeles.end('2026-03-08')).toBe('2026-03-09T07:00:00.000Z');
    expect(losAngeles.from('2026-11-01')).toBe('2026-11-01T07:00:00.000Z');
    expect(losAngeles.end('2026-11-01')).toBe('2026-11-02T08:00:00.000Z');
  });

  it.each(['2026-01-01', '2026-03-08', '2026-11-01', '2026-12-31', '2028-02-29'])('%s round-trips as a start and as an end in both zones', (day) => {
    for (const days of [shanghai, losAngeles]) {
      expect(days.of(days.from(day))).toBe(day);
      expect(days.ofEnd(days.end(day))).toBe(day);
    }
  });
});
