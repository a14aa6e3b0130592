import { dayInput } from '../../src/console/app/period';

/** The console's date inputs: a day typed reads back as the same day, as a start and as an end. */
describe('dayInput', () => {
  it.each(['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31', '2028-02-29'])('%s round-trips as a start and as an end', (day) => {
    expect(dayInput.of(dayInput.from(day))).toBe(day);
    expect(dayInput.ofEnd(dayInput.end(day))).toBe(day);
    expect(new Date(dayInput.end(day)).getTime()).toBeGreaterThan(new Date(dayInput.from(day)).getTime());
  });

  it('ends a period at the next day\'s start, so the day typed is included', () => {
    const end = new Date(dayInput.end('2026-12-03'));
    expect(dayInput.of(end.toISOString())).toBe('2026-12-04');
    expect(new Date(dayInput.endOf('2026-12-03')).getTime()).toBeLessThan(end.getTime());
  });
});
