import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { fromGlobalId, Node } from '../common/relay';
import { requireViewer } from '../mutations/run-mutation';

/** `node`: every feature's loader by type name, each under its own access rule. */
@Resolver()
export class NodeResolver {
  @Authorized()
  @Query(() => Node, { nullable: true, description: 'Any object by global id, if it is in your shop and you may see it (the same rules as the typed queries).' })
  async node(@Arg('id', () => ID, { description: 'Global id.' }) id: string, @Ctx() ctx: Context): Promise<Node | null> {
    const { loaders } = requireViewer(ctx);
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Customer':
        return loaders.customerById.read(parsed.id);
      case 'User':
        return loaders.userById.read(parsed.id);
      case 'SalesTeam':
        return loaders.salesTeamById.read(parsed.id);
      case 'Shop':
        return loaders.shopById.read(parsed.id);
      case 'FollowUpTask':
        return loaders.followUpTaskById.read(parsed.id);
      case 'RegistrationSheet':
        return loaders.registrationSheetById.read(parsed.id);
      case 'RegistrationEntry':
        return loaders.registrationEntryById.read(parsed.id);
      case 'AuditCheck':
        return loaders.auditCheckById.read(parsed.id);
      case 'AuditFinding':
        return loaders.auditFindingById.read(parsed.id);
      case 'Order':
        return loaders.orderById.read(parsed.id);
      case 'MembershipTier':
        return loaders.tierById.read(parsed.id);
      case 'CouponTemplate':
        return loaders.couponTemplateById.read(parsed.id);
      case 'Coupon':
        return loaders.couponById.read(parsed.id);
      case 'BulkImport':
        return loaders.bulkImportById.read(parsed.id);
      case 'Promotion':
        return loaders.promotionById.read(parsed.id);
      case 'MessageTemplate':
        return loaders.messageTemplateById.read(parsed.id);
      case 'Message':
        return loaders.messageById.read(parsed.id);
      case 'WebhookEndpoint':
        return loaders.webhookEndpointById.read(parsed.id);
      case 'WebhookEvent':
        return loaders.webhookEventById.read(parsed.id);
      case 'Campaign':
        return loaders.campaignById.read(parsed.id);
      case 'CampaignWave':
        return loaders.campaignWaveById.read(parsed.id);
      case 'CareRule':
        return loaders.careRuleById.read(parsed.id);
      case 'Conversation':
        return loaders.conversationById.read(parsed.id);
      case 'KpiIncident':
        return loaders.kpiIncidentById.read(parsed.id);
      case 'ApiToken': {
        return loaders.apiTokenById.read(parsed.id);
      }
    }
  }
}
