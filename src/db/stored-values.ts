/**
 * Set-based writers compare what a row holds with what they would write, and put both in the
 * audit trail. Values read in SQL come back as the connection gives them: an instant as a Date
 * or as text (inside a transaction), a bigint as text.
 */

/** Whether a stored value and a new one are the same: instants as instants, the rest as text. */
export function sameStored(stored: unknown, next: unknown): boolean {
  if (stored === null || stored === undefined || next === null || next === undefined) return (stored ?? null) === (next ?? null);
  if (stored instanceof Date || next instanceof Date) return new Date(stored as string).getTime() === new Date(next as string).getTime();
  return String(stored) === String(next);
}

/** A value as the trail keeps it: an instant as ISO text, nothing as null. */
export const trailValue = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : (value ?? null));
