import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { requireViewer } from './payload';
import { fromGlobalId, Node } from './relay';

/** Orders and coupons are seen with their customer: only by who may see that customer. */
async function withVisibleCustomer<T extends { customer: { id: number } }>(ctx: Context, record: T | null): Promise<T | null> {
  return record && (await ctx.loaders.customerById.load(record.customer.id)) ? record : null;
}

@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any object by global id, if it is in your shop and you may see it (the same rules as the typed queries).' })
  async node(@Arg('id', () => ID, { description: 'Global id.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const { viewer, loaders } = requireViewer(ctx);
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Customer':
        return loaders.customerById.load(parsed.id);
      case 'User':
        return loaders.userById.load(parsed.id);
      case 'SalesTeam':
        return loaders.salesTeamById.load(parsed.id);
      case 'Shop':
        return loaders.shopById.load(parsed.id);
      case 'FollowUpTask':
        return loaders.followUpTaskById.load(parsed.id);
      case 'RegistrationSheet':
        return loaders.registrationSheetById.load(parsed.id);
      case 'RegistrationEntry':
        return loaders.registrationEntryById.load(parsed.id);
      case 'AuditCheck':
        return loaders.auditCheckById.load(parsed.id);
      case 'AuditFinding':
        return loaders.auditFindingById.load(parsed.id);
      case 'Order':
        return withVisibleCustomer(ctx, await loaders.orderById.load(parsed.id));
      case 'MembershipTier':
        return loaders.tierById.load(parsed.id);
      case 'CouponTemplate':
        return loaders.couponTemplateById.load(parsed.id);
      case 'Coupon':
        return withVisibleCustomer(ctx, await loaders.couponById.load(parsed.id));
      case 'ApiToken': {
        const token = await loaders.apiTokenById.load(parsed.id);
        return token?.isVisibleTo(viewer) ? token : null;
      }
    }
  }
}
