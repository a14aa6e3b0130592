import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, nodeSelectionOf, PageArgs } from '../common/connection';
import { operationFieldsOf } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { User } from '../users/user.entity';
import { Customer } from './customer.entity';
import { CustomerCreateInput, CustomerFilter, CustomerOrderBy, CustomerUpdateInput } from './customer.inputs';
import { customerService } from './customer.service';

@ObjectType({ description: 'Result of customerCreate / customerUpdate.' })
class CustomerPayload {
  @Field(() => Customer, { nullable: true, description: 'The customer as saved.' })
  customer?: Customer;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

const CustomerConnection = Connection(Customer, 'Customer', 'customer');

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized()
  @Query(() => Customer, { nullable: true, description: 'One customer, if it exists in your shop and you may see it.' })
  customer(@Arg('id', () => ID, { description: 'The customer.' }) id: string, @Ctx() ctx: Context) {
    return customerService.get(requireViewer(ctx), id);
  }

  @Authorized()
  @Query(() => CustomerConnection, { description: 'Customers you may see (a rep: own; a lead: the team\'s; others: the shop\'s), newest first unless ordered otherwise.' })
  customers(
    @Arg('filter', () => CustomerFilter, { nullable: true, description: 'Which customers.' }) filter: CustomerFilter | undefined,
    @Arg('orderBy', () => CustomerOrderBy, { nullable: true, description: 'Sort order; default newest first.' }) orderBy: CustomerOrderBy | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return customerService.list(requireViewer(ctx), filter, orderBy, page, nodeSelectionOf(info), operationFieldsOf(info));
  }

  @Authorized(Role.CUSTOMER_SERVICE, Role.SALES, Role.ADMIN)
  @Mutation(() => CustomerPayload, { description: 'Registers a customer. A platform handle already known gives DUPLICATE_CUSTOMER with the existing id.' })
  customerCreate(@Arg('input', () => CustomerCreateInput, { description: 'What to save.' }) input: CustomerCreateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => customerService.create(tx, input));
  }

  @Authorized(Role.CUSTOMER_SERVICE, Role.SALES, Role.ADMIN)
  @Mutation(() => CustomerPayload, { description: 'Changes a customer\'s details; send the `version` you read (STALE_VERSION when it changed since).' })
  customerUpdate(
    @Arg('id', () => ID, { description: 'The customer.' }) id: string,
    @Arg('input', () => CustomerUpdateInput, { description: 'What to save.' }) input: CustomerUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => customerService.update(tx, id, input));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The sales rep who owns the customer; null while in the unowned pool.' })
  owner(@Root() customer: Customer, @Ctx() ctx: Context) {
    return customer.owner ? ctx.loaders.userById.read(customer.owner.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who registered the customer.' })
  createdBy(@Root() customer: Customer, @Ctx() ctx: Context) {
    return ctx.loaders.userById.read(customer.createdBy.id);
  }
}
