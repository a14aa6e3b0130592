import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { buildSchemaSync } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { NodeResolver } from './common/node.resolver';
import { CustomerResolver } from './customers/customer.resolver';
import { ShopResolver } from './shops/shop.resolver';
import { SalesTeamResolver } from './users/sales-team.resolver';
import { UserResolver } from './users/user.resolver';

let schema: GraphQLSchema | undefined;

/** The executable schema (built once per process; type-graphql metadata is global). */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [AuthResolver, NodeResolver, ShopResolver, UserResolver, SalesTeamResolver, CustomerResolver],
    authChecker,
    // Inputs are validated by runMutation (class-validator -> userErrors), not by type-graphql.
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    emitSchemaFile: false,
  });
  schema.getQueryType()!.description = 'Reads. Every field needs a signed-in staff member and shows only their own shop.';
  schema.getMutationType()!.description =
    'Changes. Each mutation is one transaction; business failures come back as `userErrors`, never half-written.';
  return schema;
}

/** The SDL committed in schema/schema.graphql. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
