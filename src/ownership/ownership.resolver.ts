import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { User } from '../users/user.entity';
import { OwnershipChange } from './ownership-change.entity';
import { CustomerTransferInput } from './ownership.inputs';
import { ownershipService } from './ownership.service';

@ObjectType({ description: 'Result of customerTransfer.' })
class CustomerTransferPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer with the new owner.' })
  customer?: Customer;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const OwnershipChangeConnection = Connection(OwnershipChange, 'OwnershipChange', 'ownership change');

@Resolver(() => OwnershipChange)
export class OwnershipResolver {
  @Authorized(Role.ADMIN, Role.SALES)
  @Mutation(() => CustomerTransferPayload, { description: 'Moves a customer, with their open follow-ups, to another rep (an admin; or a lead within the team).' })
  customerTransfer(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @Arg('input', () => CustomerTransferInput, { description: 'Where to, and why.' }) input: CustomerTransferInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => ownershipService.transfer(tx, id, input));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The owner before (null: from the pool).' })
  fromUser(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return change.fromUser ? ctx.loaders.userById.read(change.fromUser.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The owner after (null: to the pool).' })
  toUser(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return change.toUser ? ctx.loaders.userById.read(change.toUser.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change (null: the loop itself).' })
  by(@Root() change: OwnershipChange, @Ctx() ctx: Context) {
    return change.by ? ctx.loaders.userById.read(change.by.id) : null;
  }
}

@Resolver(() => Customer)
export class CustomerOwnershipResolver {
  @FieldResolver(() => OwnershipChangeConnection, { description: 'Every change of owner, newest first.' })
  @Reads()
  ownershipHistory(@Root() customer: Customer, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ownershipService.history(requireViewer(ctx), customer, page);
  }
}
