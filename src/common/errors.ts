import { GraphQLFormattedError } from 'graphql';

/** Codes a client is meant to see as they are; anything else is an unexpected failure. */
const EXPOSED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_DIRECTIVES',
  'TOO_MANY_TOKENS',
  'FIELD_REPEATED',
  'THROTTLED',
  'TOO_MANY_ATTEMPTS',
  'DATABASE_UNAVAILABLE',
]);

/** graphql-js's parser stops at the token limit with a syntax error; clients get its own code. */
export function withTokenLimitCode(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !/contains more tha[nt] \d+ tokens/.test(formatted.message)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'TOO_MANY_TOKENS' } };
}

export function isExposed(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && EXPOSED_CODES.has(code);
}

export const INTERNAL_MESSAGE = 'Something went wrong on our side. Quote the requestId when you report it.';
