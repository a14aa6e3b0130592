import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from './sales-team.entity';
import { User } from './user.entity';
import { UserCreateInput, UserFilter, UserUpdateInput } from './user.inputs';
import { userService } from './user.service';

@ObjectType({ description: 'Result of userCreate / userUpdate.' })
class UserPayload {
  @Field(() => User, { nullable: true, description: 'The staff member as saved.' })
  user?: User;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

const UserConnection = Connection(User, 'User', 'staff member');

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => UserConnection, { description: 'Staff of your shop, by name (admins manage them; reviewers pick reps when screening).' })
  users(
    @Arg('filter', () => UserFilter, { nullable: true, description: 'Which staff to list.' }) filter: UserFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return userService.list(requireViewer(ctx), filter, page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Adds a staff member to your shop.' })
  userCreate(@Arg('input', () => UserCreateInput, { description: 'What to save.' }) input: UserCreateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => userService.create(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserPayload, { description: 'Changes a staff member: role, team, active flag, name or password.' })
  userUpdate(
    @Arg('id', () => ID, { description: 'The staff member.' }) id: string,
    @Arg('input', () => UserUpdateInput, { description: 'What to save.' }) input: UserUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => userService.update(tx, id, input));
  }

  @FieldResolver(() => SalesTeam, { nullable: true, description: 'Sales team of a rep.' })
  team(@Root() user: User, @Ctx() ctx: Context) {
    return user.team ? ctx.loaders.salesTeamById.read(user.team.id) : null;
  }

  @FieldResolver(() => Shop, { description: 'The shop the user works for.' })
  shop(@Root() user: User, @Ctx() ctx: Context) {
    return ctx.loaders.shopById.read(user.shop.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the user leads a sales team.' })
  @Reads<User>('team')
  async isTeamLead(@Root() user: User, @Ctx() ctx: Context) {
    if (!user.team) return false;
    const team = await ctx.loaders.salesTeamById.read(user.team.id);
    return team?.lead?.id === user.id;
  }
}
