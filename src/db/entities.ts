import { ApiToken } from '../auth/api-token.entity';
import { UserSession } from '../auth/user-session.entity';
import { ThrottleBucket } from '../platform/throttle';
import { BulkImport, BulkImportError, BulkImportOrderId } from '../imports/bulk-import.entity';
import { Upload, UploadChunk } from '../imports/upload.entity';
import { ImportMapping } from '../imports/import-mapping.entity';
import { CustomerPeriodSales, FollowUpKindDayFigures, FollowUpShopDayFigures, ShopPeriodFigures, OwnerPeriodSales, RepPeriodFigures, TeamPeriodFigures } from '../kpis/kpi-figures.entity';
import { KpiIncident } from '../kpis/kpi-incident.entity';
import { Conversation } from '../conversations/conversation.entity';
import { MessageTemplate } from '../messages/message-template.entity';
import { Message } from '../messages/message.entity';
import { MarketingConsent } from '../messages/marketing-consent.entity';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity';
import { WebhookDelivery, WebhookEvent } from '../webhooks/webhook-event.entity';
import { Campaign, CampaignWave } from '../campaigns/campaign.entity';
import { CareRule } from '../care/care-rule.entity';
import { WaveMember } from '../campaigns/wave-member.entity';
import { ContactAccess } from '../privacy/contact-access.entity';
import { CsDayFigures, CsDayFirstResponses } from '../conversations/cs-figures.entity';
import { Promotion } from '../kpis/promotion.entity';
import { AuditEntry } from '../audit-trail/audit-entry.entity';
import { AuditTrailWriter } from '../audit-trail/audit-trail.writer';
import { AuditCheck } from '../audits/audit-check.entity';
import { AuditFinding } from '../audits/audit-finding.entity';
import { FollowUpDayFigures, FollowUpHourFigures } from '../audits/follow-up-figures.entity';
import { Coupon } from '../coupons/coupon.entity';
import { CouponTemplate } from '../coupons/coupon-template.entity';
import { Customer } from '../customers/customer.entity';
import { CustomerDataKey } from '../customers/customer-data-key.entity';
import { DomainEventRecord } from '../events/domain-event.entity';
import { Order } from '../orders/order.entity';
import { MembershipTier } from '../tiers/membership-tier.entity';
import { TierChange } from '../tiers/tier-change.entity';
import { FollowUpTask } from '../followups/follow-up-task.entity';
import { OwnershipChange } from '../ownership/ownership-change.entity';
import { RegistrationEntry } from '../registration/registration-entry.entity';
import { RegistrationSheet } from '../registration/registration-sheet.entity';
import { Shop } from '../shops/shop.entity';
import { SalesTeam } from '../users/sales-team.entity';
import { User } from '../users/user.entity';

/** Every entity, listed explicitly (no folder scanning, so jest and the build see the same). */
export const ENTITIES = [Shop, User, SalesTeam, Customer, ApiToken, FollowUpTask, OwnershipChange, RegistrationSheet, RegistrationEntry, AuditEntry, AuditCheck, AuditFinding, Order, MembershipTier, TierChange, CouponTemplate, Coupon, FollowUpDayFigures, FollowUpHourFigures, DomainEventRecord, UserSession, ThrottleBucket, Upload, UploadChunk, BulkImport, BulkImportError, BulkImportOrderId, ImportMapping, CustomerPeriodSales, ShopPeriodFigures, OwnerPeriodSales, RepPeriodFigures, TeamPeriodFigures, FollowUpKindDayFigures, FollowUpShopDayFigures, Promotion, KpiIncident, Conversation, CsDayFigures, CsDayFirstResponses, MessageTemplate, MarketingConsent, Message, WebhookEndpoint, WebhookEvent, WebhookDelivery, Campaign, CampaignWave, CareRule, WaveMember, ContactAccess, CustomerDataKey];

/** Every MikroORM event subscriber: the audit trail's writer, which records each change in the transaction that makes it. */
export const SUBSCRIBERS = [new AuditTrailWriter()];
