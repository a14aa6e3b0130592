import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printedSchema } from '../src/schema';

const root = path.join(__dirname, '..');

describe('committed schema and generated types', () => {
  it('schema/schema.graphql matches the running schema (run `npm run schema:print`)', () => {
    expect(readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8')).toBe(printedSchema());
  });

  it('tests/generated/graphql.ts and src/console/gql/ match the operations and schema (run `npm run codegen`)', () => {
    // codegen is ESM inside, which jest cannot load: run its CLI in check mode instead.
    const cli = path.join(root, 'node_modules/@graphql-codegen/cli/cjs/bin.js');
    const run = spawnSync(process.execPath, [cli, '--config', 'codegen.yml', '--check'], { cwd: root, encoding: 'utf8' });
    expect({ status: run.status, stale: run.stdout.includes('stale') }).toEqual({ status: 0, stale: false });
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    const sdl = printedSchema();
    const { buildSchema, isObjectType, isInputObjectType, isInterfaceType, isEnumType } = require('graphql') as typeof import('graphql');
    const schema = buildSchema(sdl);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
