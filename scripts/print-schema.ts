import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/common/project-root';
import { printedSchema } from '../src/schema';

const file = path.join(projectRoot(), 'schema/schema.graphql');
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, printedSchema());
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
