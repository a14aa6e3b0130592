// PostGraphile 5 for the benchmark: the Amber preset with the connection-filter plugin, over the
// bench database (DATABASE_URL), on PORT, with no mutations, no GraphiQL and no watch mode.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // Without PgIndexBehaviorsPlugin every column can filter and order, as in PostGraphile 4's default.
  disablePlugins: ['PgMutationCreatePlugin', 'PgMutationUpdateDeletePlugin', 'PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port: Number(process.env.PORT), host: '127.0.0.1', graphiql: false, watch: false },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => process.stderr.write(`PostGraphile 5 on ${process.env.PORT}\n`));
serv.addTo(server).then(() => server.listen(Number(process.env.PORT), '127.0.0.1'));
process.on('SIGTERM', () => server.close(() => pgl.release().then(() => process.exit(0))));
