import 'reflect-metadata';
import { execute, parse } from 'graphql';
import { Arg, Authorized, buildSchemaSync, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { useLeanFieldResolvers } from '../../src/platform/library-patches/lean-resolvers';

// The assumption: type-graphql's metadata store lists each field resolver with its parameters
// (kind root / context / info / args), roles and middleware, and a resolver of only root, context
// and info may be called directly with the same result.

@ObjectType()
class Thing {
  @Field()
  name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  @Query(() => Thing)
  thing(): Thing {
    return Object.assign(new Thing(), { name: 'cup' });
  }

  @FieldResolver(() => String)
  label(@Root() thing: Thing, @Ctx() ctx: { suffix: string }): string {
    return `${thing.name}:${ctx.suffix}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() thing: Thing, @Arg('times') times: number): string {
    return thing.name.repeat(times);
  }

  @Authorized()
  @FieldResolver(() => String)
  secret(@Root() thing: Thing): string {
    return `secret ${thing.name}`;
  }
}

describe('lean field resolvers', () => {
  const schema = buildSchemaSync({ resolvers: [ThingResolver], authChecker: () => true, validate: false });
  const query = parse('{ thing { name label repeated(times: 2) secret } }');
  const run = () => execute({ schema, document: query, contextValue: { suffix: 'x' } });

  it('replace only the resolvers of root, context and info, and answer the same', async () => {
    const before = await run();
    const label = schema.getType('Thing') as unknown as { getFields(): Record<string, { resolve?: unknown }> };
    const original = label.getFields().label.resolve;
    expect(useLeanFieldResolvers(schema)).toEqual(['Thing.label']);
    expect(label.getFields().label.resolve).not.toBe(original);
    expect(await run()).toEqual(before);
    expect(before).toEqual({ data: { thing: { name: 'cup', label: 'cup:x', repeated: 'cupcup', secret: 'secret cup' } } });
  });
});
