import { Reads } from '../db/read-columns';
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { UserError } from '../common/user-error';
import { Customer } from '../customers/customer.entity';
import { Order } from './order.entity';
import { OrderImportInput, OrderUpdateInput } from './order.inputs';
import { orderService } from './order.service';

@ObjectType({ description: 'An import row that was refused.' })
class OrderImportRowError extends UserError {
  @Field(() => Int, { description: 'Index of the row in `orders` (from 0).' })
  row: number;
}

@ObjectType({ description: 'Result of orderImport.' })
class OrderImportPayload {
  @Field(() => Int, { nullable: true, description: 'Rows imported (created or updated).' })
  imported?: number;

  @Field(() => Int, { nullable: true, description: 'New orders.' })
  created?: number;

  @Field(() => Int, { nullable: true, description: 'Orders updated (imported again with a change).' })
  updated?: number;

  @Field(() => Int, { nullable: true, description: 'Orders imported again exactly as they were: nothing written, no rule run.' })
  unchanged?: number;

  @Field(() => [OrderImportRowError], { description: 'One error per refused row field: row, field path, code.' })
  rowErrors: OrderImportRowError[];

  @Field(() => [UserError], { description: 'Errors of the request as a whole.' })
  userErrors: UserError[];
}

@ObjectType({ description: 'Result of orderUpdate.' })
class OrderUpdatePayload {
  @Field(() => Order, { nullable: true, description: 'The order as saved.' })
  order?: Order;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors: UserError[];
}

const OrderConnection = Connection(Order, 'Order', 'order');

@Resolver(() => Order)
export class OrderResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => OrderImportPayload, { description: 'Imports up to 1,000 orders by platform order id (again = update); keeps customer figures and tiers exact and applies the after-sales and compensation rules, in one transaction.' })
  async orderImport(@Arg('input', () => OrderImportInput, { description: 'The orders and the error policy.' }) input: OrderImportInput, @Ctx() ctx: Context) {
    const payload = await runMutation(ctx, input, (tx) => orderService.import(tx, input));
    return { rowErrors: [], ...payload };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OrderUpdatePayload, { description: 'Changes one order (e.g. a refund); figures, tiers and rules follow.' })
  orderUpdate(
    @Arg('id', () => ID, { description: 'The order.' }) id: string,
    @Arg('input', () => OrderUpdateInput, { description: 'What to change.' }) input: OrderUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => orderService.update(tx, id, input));
  }

  @FieldResolver(() => Customer, { nullable: true, description: 'The buyer (if you may see them).' })
  customer(@Root() order: Order, @Ctx() ctx: Context) {
    return ctx.loaders.customerById.read(order.customer.id);
  }
}

@Resolver(() => Customer)
export class CustomerOrdersResolver {
  @FieldResolver(() => OrderConnection, { description: 'The customer\'s orders, newest first.' })
  @Reads()
  orders(@Root() customer: Customer, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return orderService.forCustomer(requireViewer(ctx), customer, page);
  }
}
