// Every migration, in order. `npm run migration:create` writes a file here; add it to this list
// (tests/db/migrations.test.ts fails when a file is missing from it or the schema drifts).
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122112217 } from './Migration20261122112217';
import { Migration20261122114839 } from './Migration20261122114839';
import { Migration20261122120049 } from './Migration20261122120049';
import { Migration20261122121123 } from './Migration20261122121123';
import { Migration20261122150000 } from './Migration20261122150000';
import { Migration20261122160000 } from './Migration20261122160000';
import { Migration20261123010000 } from './Migration20261123010000';
import { Migration20261201220000 } from './Migration20261201220000';
import { Migration20261202010000 } from './Migration20261202010000';
import { Migration20261202020000 } from './Migration20261202020000';
import { Migration20261202030000 } from './Migration20261202030000';
import { Migration20261202040000 } from './Migration20261202040000';
import { Migration20261202090000 } from './Migration20261202090000';
import { Migration20261202110000 } from './Migration20261202110000';
import { Migration20261202130000 } from './Migration20261202130000';
import { Migration20261202140000 } from './Migration20261202140000';
import { Migration20261202150000 } from './Migration20261202150000';
import { Migration20261202160000 } from './Migration20261202160000';
import { Migration20261202170000 } from './Migration20261202170000';
import { Migration20261202180000 } from './Migration20261202180000';
import { Migration20261202190000 } from './Migration20261202190000';
import { Migration20261202200000 } from './Migration20261202200000';
import { Migration20261202210000 } from './Migration20261202210000';
import { Migration20261202220000 } from './Migration20261202220000';
import { Migration20261203010000 } from './Migration20261203010000';
import { Migration20261203020000 } from './Migration20261203020000';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122112217', class: Migration20261122112217 },
  { name: 'Migration20261122114839', class: Migration20261122114839 },
  { name: 'Migration20261122120049', class: Migration20261122120049 },
  { name: 'Migration20261122121123', class: Migration20261122121123 },
  { name: 'Migration20261122150000', class: Migration20261122150000 },
  { name: 'Migration20261122160000', class: Migration20261122160000 },
  { name: 'Migration20261123010000', class: Migration20261123010000 },
  { name: 'Migration20261201220000', class: Migration20261201220000 },
  { name: 'Migration20261202010000', class: Migration20261202010000 },
  { name: 'Migration20261202020000', class: Migration20261202020000 },
  { name: 'Migration20261202030000', class: Migration20261202030000 },
  { name: 'Migration20261202040000', class: Migration20261202040000 },
  { name: 'Migration20261202090000', class: Migration20261202090000 },
  { name: 'Migration20261202110000', class: Migration20261202110000 },
  { name: 'Migration20261202130000', class: Migration20261202130000 },
  { name: 'Migration20261202140000', class: Migration20261202140000 },
  { name: 'Migration20261202150000', class: Migration20261202150000 },
  { name: 'Migration20261202160000', class: Migration20261202160000 },
  { name: 'Migration20261202170000', class: Migration20261202170000 },
  { name: 'Migration20261202180000', class: Migration20261202180000 },
  { name: 'Migration20261202190000', class: Migration20261202190000 },
  { name: 'Migration20261202200000', class: Migration20261202200000 },
  { name: 'Migration20261202210000', class: Migration20261202210000 },
  { name: 'Migration20261202220000', class: Migration20261202220000 },
  { name: 'Migration20261203010000', class: Migration20261203010000 },
  { name: 'Migration20261203020000', class: Migration20261203020000 },
];
