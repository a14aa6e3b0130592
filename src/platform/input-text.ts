import { GraphQLError } from 'graphql';

/** C0 controls and DEL, except tab, line feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its pair: no UTF-8 text (and no PostgreSQL text or jsonb) can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What is wrong with a text a client sent, or null: the one rule for every string input. */
export function textProblem(text: string): string | null {
  if (CONTROL.test(text)) return text.includes('\u0000') ? 'a NUL character' : 'a control character';
  if (LONE_SURROGATE.test(text)) return 'an unpaired surrogate (not valid Unicode)';
  return null;
}

const refusal = (where: string, problem: string, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(`${where} contains ${problem}; text may hold tab and line breaks but no other control characters.`, {
    extensions: { code: 'BAD_USER_INPUT', ...extensions },
  });

/** The refusal of a string written in a document, or null when it keeps the rule. */
export function documentStringError(text: string): GraphQLError | null {
  const problem = textProblem(text);
  return problem ? refusal('A string in the document', problem) : null;
}

/**
 * The first string in the request's variables (values and keys, at any depth) that breaks the
 * rule, as an error naming its path. Walked with a stack of its own: JSON nested a million
 * levels deep must not overflow the call stack.
 */
export function variablesTextError(variables: Record<string, unknown>): GraphQLError | null {
  const stack: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, name]);
  for (const name of Object.keys(variables)) {
    const problem = textProblem(name);
    if (problem) return refusal('A variable name', problem);
  }
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return refusal(`Variable "$${path}"`, problem, { argument: path });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const problem = textProblem(key);
        if (problem) return refusal(`A field name in "$${path}"`, problem, { argument: path });
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return null;
}
