import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AuditTrailResolver, CustomerHistoryResolver, FollowUpTaskHistoryResolver } from './audit-trail/audit-trail.resolver';
import {
  AuditCheckResolver,
  AuditFindingResolver,
  ComplianceReportResolver,
  CustomerServiceFiguresResolver,
  DroppedCustomerFiguresResolver,
  SalesFiguresResolver,
  UserAuditFindingsResolver,
} from './audits/audit.resolver';
import { authChecker } from './auth/auth-checker';
import { CouponResolver, CustomerCouponsResolver, TierDiscountResolver } from './coupons/coupon.resolver';
import { CustomerOrdersResolver, OrderResolver } from './orders/order.resolver';
import { DateTimeScalar } from './common/date-time.scalar';
import { SegmentResolver, ShopSegmentPolicyResolver } from './segments/segment.resolver';
import { CustomerTierResolver, TierChangeResolver, TierResolver } from './tiers/tier.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { patchSchema } from './platform/library-patches';
import { NodeResolver } from './node/node.resolver';
import { BulkImportResolver } from './imports/bulk-import.resolver';
import { KpiIncidentResolver, KpiResolver } from './kpis/kpi.resolver';
import { ConversationResolver } from './conversations/conversation.resolver';
import { ChatRecordMappingResolver } from './imports/chat-mapping.resolver';
import { MessageTemplateResolver } from './messages/message-template.resolver';
import { MessageResolver } from './messages/message.resolver';
import { WebhookDeliveryResolver, WebhookResolver } from './webhooks/webhook.resolver';
import { CampaignResolver, CampaignWaveResolver } from './campaigns/campaign.resolver';
import { CareRuleResolver } from './care/care.resolver';
import { ContactAccessResolver, CustomerContactResolver, RegistrationEntryContactResolver } from './privacy/privacy.resolver';
import { CustomerResolver } from './customers/customer.resolver';
import { ExportResolver } from './exports/export.resolver';
import { ShopResolver } from './shops/shop.resolver';
import { SalesTeamResolver } from './users/sales-team.resolver';
import { UserResolver } from './users/user.resolver';
import { CustomerFollowUpResolver, FollowUpResolver, ShopPolicyResolver, UserFollowUpResolver } from './followups/follow-up.resolver';
import { CustomerOwnershipResolver, OwnershipResolver } from './ownership/ownership.resolver';
import { RegistrationEntryResolver, RegistrationSheetResolver } from './registration/registration.resolver';

let schema: GraphQLSchema | undefined;

/** The executable schema (built once per process; type-graphql metadata is global). */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      AuthResolver,
      NodeResolver,
      ShopResolver,
      ShopPolicyResolver,
      UserResolver,
      UserFollowUpResolver,
      SalesTeamResolver,
      CustomerResolver,
      CustomerFollowUpResolver,
      CustomerOwnershipResolver,
      OwnershipResolver,
      FollowUpResolver,
      RegistrationSheetResolver,
      RegistrationEntryResolver,
      AuditTrailResolver,
      CustomerHistoryResolver,
      FollowUpTaskHistoryResolver,
      AuditCheckResolver,
      AuditFindingResolver,
      ComplianceReportResolver,
      CustomerServiceFiguresResolver,
      SalesFiguresResolver,
      DroppedCustomerFiguresResolver,
      UserAuditFindingsResolver,
      OrderResolver,
      CustomerOrdersResolver,
      TierResolver,
      TierChangeResolver,
      CustomerTierResolver,
      SegmentResolver,
      ShopSegmentPolicyResolver,
      CouponResolver,
      TierDiscountResolver,
      CustomerCouponsResolver,
      KpiResolver,
      ExportResolver,
      KpiIncidentResolver,
      ConversationResolver,
      ChatRecordMappingResolver,
      MessageTemplateResolver,
      MessageResolver,
      WebhookResolver,
      WebhookDeliveryResolver,
      CampaignResolver,
      CampaignWaveResolver,
      CareRuleResolver,
      ContactAccessResolver,
      CustomerContactResolver,
      RegistrationEntryContactResolver,
      BulkImportResolver,
    ],
    authChecker,
    // Inputs are validated by runMutation (class-validator -> userErrors), not by type-graphql.
    validate: false,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Every @Subscription has its own `subscribe` reading the instance's EventBus from the
    // context (PostgreSQL LISTEN/NOTIFY); type-graphql still insists on a pubSub, never used.
    pubSub: {
      publish: () => {
        throw new Error('publish through events/event-bus.ts publishEvent');
      },
      subscribe: () => {
        throw new Error('subscriptions subscribe through context.events');
      },
    },
    emitSchemaFile: false,
  });
  patchSchema(schema);
  schema.getQueryType()!.description = 'Reads. Every field needs a signed-in staff member and shows only their own shop.';
  schema.getMutationType()!.description =
    'Changes. Each mutation is one transaction; business failures come back as `userErrors`, never half-written.';
  schema.getSubscriptionType()!.description = 'Live events over graphql-ws, delivered from whichever server instance caused them.';
  return schema;
}

/** The SDL committed in schema/schema.graphql. */
export function printedSchema(): string {
  return printSchema(lexicographicSortSchema(getSchema())) + '\n';
}
