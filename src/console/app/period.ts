/** A period the screens start with: the last 7 days up to now, as ISO instants. */
export function lastDays(days: number): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** `<input type="date">` value (the browser's calendar day) ↔ ISO instant at that day's start, both ways in local time. */
export const dayInput: { of(iso: string): string; from(day: string): string; end(day: string): string; ofEnd(iso: string): string; endOf(day: string): string } = {
  of: (iso: string) => {
    const at = new Date(iso);
    return `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
  },
  from: (day: string) => new Date(`${day}T00:00:00`).toISOString(),
  /** The exclusive end of a period that includes that day: the next day's start. */
  end: (day: string) => {
    const next = new Date(`${day}T00:00:00`);
    next.setDate(next.getDate() + 1);
    return next.toISOString();
  },
  /** The last day a period ending (exclusively) at `iso` includes. */
  ofEnd: (iso: string) => dayInput.of(new Date(new Date(iso).getTime() - 1).toISOString()),
  /** The last minute of that day: a due date typed as a day. */
  endOf: (day: string) => new Date(`${day}T23:59:00`).toISOString(),
};
