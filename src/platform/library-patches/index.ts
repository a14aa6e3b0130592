import type { GraphQLSchema } from 'graphql';
import { releaseAsyncContextWhenIdle } from './async-context';
import { useFastArgumentlessFields } from './field-arguments';
import { useLeanFieldResolvers } from './lean-resolvers';

/**
 * The only place that changes third-party code at run time, each change for a measured gain (see
 * the README's "Library patches"), all behind one switch: `LIBRARY_PATCHES=off` runs the server
 * with the libraries as published (`.ci/run` runs the whole suite so once). Each change has a
 * test of the assumption it rests on, beside the others in tests/platform/.
 */
export function libraryPatchesOn(): boolean {
  const value = process.env.LIBRARY_PATCHES ?? 'on';
  if (value !== 'on' && value !== 'off') throw new Error(`LIBRARY_PATCHES must be on or off, not ${JSON.stringify(value)}`);
  return value === 'on';
}

/** The process-wide change: promise hooks released while no AsyncLocalStorage is in use. */
export function patchProcess(): void {
  if (libraryPatchesOn()) releaseAsyncContextWhenIdle();
}

/** The schema's changes: direct calls of plain field resolvers, one shared `{}` for argument-less fields. */
export function patchSchema(schema: GraphQLSchema): void {
  if (!libraryPatchesOn()) return;
  useLeanFieldResolvers(schema);
  useFastArgumentlessFields();
}
