// Used by the MikroORM CLI only (`npm run migration:create`): needs DATABASE_URL.
import { ormConfig } from './orm-config';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a scratch database to create migrations, e.g. postgres://postgres@127.0.0.1:5432/test');
  process.exit(1);
}
export default ormConfig(url);
