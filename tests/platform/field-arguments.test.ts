import { execute, ExecutionResult, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { useFastArgumentlessFields } from '../../src/platform/library-patches/field-arguments';
import { libraryPatchesOn } from '../../src/platform/library-patches';
import { getSchema } from '../../src/schema';

const values = require('graphql/execution/values') as { getArgumentValues: ((...args: unknown[]) => unknown) & { fieldsWithoutArguments?: true } };

/** A schema whose resolvers report the arguments graphql-js handed them. */
function recordingSchema(seen: unknown[]) {
  return new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        plain: { type: GraphQLString, resolve: (_root, args) => (seen.push(args), 'plain') },
        paged: {
          type: GraphQLString,
          args: { first: { type: GraphQLInt, defaultValue: 10 }, after: { type: GraphQLString }, must: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: (_root, args) => (seen.push(args), 'paged'),
        },
      },
    }),
  });
}

describe('argument values of fields without arguments', () => {
  it('are in place once the schema is built (unless LIBRARY_PATCHES=off), and graphql-js execution reads them through the export replaced', () => {
    getSchema();
    expect(values.getArgumentValues.fieldsWithoutArguments === true).toBe(libraryPatchesOn());
    expect(useFastArgumentlessFields()).toBe(true); // a second call keeps the one wrapper
    const current = values.getArgumentValues;
    let calls = 0;
    values.getArgumentValues = (...args: unknown[]) => (calls++, (current as (...a: unknown[]) => unknown)(...args));
    try {
      const result = execute({ schema: recordingSchema([]), document: parse('{ plain a: plain }') });
      expect(result).toEqual({ data: { plain: 'plain', a: 'plain' } });
      expect(calls).toBe(2); // were graphql-js to bind the function directly, this would be 0
    } finally {
      values.getArgumentValues = current;
    }
  });

  it('hand a field without arguments an empty frozen object, and every other field what graphql-js computes', () => {
    useFastArgumentlessFields();
    const seen: unknown[] = [];
    const schema = recordingSchema(seen);
    const result = execute({
      schema,
      document: parse('query ($m: Int!, $after: String) { plain paged(must: $m, after: $after) other: paged(must: 3, first: 5) again: plain }'),
      variableValues: { m: 7, after: null },
    });
    expect(result).toEqual({ data: { plain: 'plain', paged: 'paged', other: 'paged', again: 'plain' } });
    expect(seen[0]).toEqual({});
    expect(Object.getPrototypeOf(seen[0])).toBe(Object.prototype);
    expect(Object.isFrozen(seen[0])).toBe(true); // shared by every field without arguments: nobody may write it
    expect(seen[1]).toEqual({ first: 10, after: null, must: 7 });
    expect(seen[2]).toEqual({ first: 5, must: 3 });
    expect(seen[3]).toBe(seen[0]);
    expect(Object.isFrozen(seen[1])).toBe(false); // fields with arguments get graphql-js's own object

    // Unvalidated on purpose: graphql-js's own argument checks still run for fields with arguments.
    const missing = execute({ schema, document: parse('{ paged }') }) as ExecutionResult;
    expect(missing.errors?.[0].message).toBe('Argument "must" of required type "Int!" was not provided.');
  });
});
