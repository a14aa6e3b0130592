/** A period the screens start with: the last 7 days up to now, as ISO instants. */
export function lastDays(days: number): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** `<input type="date">` value (local calendar day) ↔ ISO instant at that day's start. */
export const dayInput = {
  of: (iso: string) => iso.slice(0, 10),
  from: (day: string) => new Date(`${day}T00:00:00`).toISOString(),
};
