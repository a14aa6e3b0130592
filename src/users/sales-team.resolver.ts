import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { SalesTeam } from './sales-team.entity';
import { User } from './user.entity';
import { SalesTeamCreateInput, SalesTeamUpdateInput } from './user.inputs';
import { userService } from './user.service';

@ObjectType({ description: 'Result of salesTeamCreate / salesTeamUpdate.' })
class SalesTeamPayload {
  @Field(() => SalesTeam, { nullable: true, description: 'The team as saved.' })
  salesTeam?: SalesTeam;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

const SalesTeamConnection = Connection(SalesTeam, 'SalesTeam', 'sales team');

@Resolver(() => SalesTeam)
export class SalesTeamResolver {
  @Authorized()
  @Query(() => SalesTeamConnection, { description: 'Sales teams of your shop, by name.' })
  salesTeams(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return userService.listTeams(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SalesTeamPayload, { description: 'Creates a sales team, optionally with its lead.' })
  salesTeamCreate(@Arg('input', () => SalesTeamCreateInput, { description: 'What to save.' }) input: SalesTeamCreateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => userService.createTeam(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SalesTeamPayload, { description: 'Renames a sales team or changes its lead.' })
  salesTeamUpdate(
    @Arg('id', () => ID, { description: 'The team.' }) id: string,
    @Arg('input', () => SalesTeamUpdateInput, { description: 'What to save.' }) input: SalesTeamUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => userService.updateTeam(tx, id, input));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The lead, who sees the team\'s customers.' })
  lead(@Root() team: SalesTeam, @Ctx() ctx: Context) {
    return team.lead ? ctx.loaders.userById.read(team.lead.id) : null;
  }

  @FieldResolver(() => [User], { description: 'The reps of the team, by name (a team is a handful of people, so this is a plain list).' })
  @Reads()
  members(@Root() team: SalesTeam, @Ctx() ctx: Context) {
    return ctx.loaders.membersByTeam.load(team.id);
  }
}
