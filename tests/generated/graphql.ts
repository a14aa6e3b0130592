/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new long-lived API token for a third-party client or an auditor's tool. */
export type ApiTokenCreateInput = {
  /** When the token stops working: in the future, at most 2 years ahead. */
  expiresAt: string;
  /** What the token is for, 1–100 characters. */
  name: string;
  /** true: the token can run queries only (default false). */
  readOnly?: boolean | null | undefined;
};

/** Who gets a customer with intent: a rep, or a team (round-robin). */
export type AssignToInput = {
  /** A rep of this team: the active one with the fewest open follow-ups. */
  teamId?: string | number | null | undefined;
  /** This active sales rep. */
  userId?: string | number | null | undefined;
};

/** A wave's audience: the customer filters (lifecycle, value, tier, tag, last order…) and the campaign ones. */
export type AudienceInput = {
  /** Carrying any of these tags. */
  anyTags?: Array<string> | null | undefined;
  /** The same filter as `customers` (lifecycle, value segment, tier, tag, last order before/after, minimum orders or spent…). */
  filter?: CustomerFilter | null | undefined;
  /** true: only customers with an unpaid order; false: only those without. */
  hasUnpaidOrder?: boolean | null | undefined;
  /** Last paid order within this many days (1–3650). */
  lastPaidWithinDays?: number | null | undefined;
  /** Region starting with this (a province or city, e.g. 浙江). */
  region?: string | null | undefined;
};

/** What happened to the record. */
export type AuditAction =
  /** Created. */
  | 'CREATE'
  /** Deleted. */
  | 'DELETE'
  /** Changed. */
  | 'UPDATE';

/** A new audit check: the period (and team) whose figures it freezes. */
export type AuditCheckCreateInput = {
  /** Start of the period. */
  from: string;
  /** Only this sales team's reps (customer service is always included). */
  teamId?: string | number | null | undefined;
  /** Title, 1–200 characters. */
  title: string;
  /** End of the period (exclusive). */
  to: string;
};

/** Which audit checks to list. */
export type AuditCheckFilter = {
  /** Written by this reviewer. */
  createdById?: string | number | null | undefined;
  /** Open or closed. */
  status?: AuditCheckStatus | null | undefined;
  /** Of this team. */
  teamId?: string | number | null | undefined;
};

/** Whether an audit check can still take findings. */
export type AuditCheckStatus =
  /** Signed off: nothing in it can change. */
  | 'CLOSED'
  /** Findings can be added and answered. */
  | 'OPEN';

/** A finding: about a staff member or a customer (or both). */
export type AuditFindingAddInput = {
  /** What it is about. */
  code: FindingCode;
  /** Comment, at most 2000 characters. */
  comment?: string | null | undefined;
  /** A follow-up to put it right (needs a customer). */
  correctiveFollowUp?: CorrectiveFollowUpInput | null | undefined;
  /** The customer the finding is about (its owner is then the person concerned). */
  customerId?: string | number | null | undefined;
  /** How serious it is. */
  severity: FindingSeverity;
  /** The staff member the finding is about. */
  subjectUserId?: string | number | null | undefined;
};

/** The answer of the person a finding is about. */
export type AuditFindingRespondInput = {
  /** The answer, 1–2000 characters. */
  response: string;
};

/** Which audit-trail rows to list; all conditions must hold. */
export type AuditTrailFilter = {
  /** Changes made by this staff member. */
  actorId?: string | number | null | undefined;
  /** One record, by its global id. */
  entityId?: string | number | null | undefined;
  /** Type of record, e.g. Customer, FollowUpTask, RegistrationEntry, User. */
  entityType?: string | null | undefined;
  /** At or after this time. */
  from?: string | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
};

/** A campaign to create. */
export type CampaignInput = {
  /** Days in which a paid order counts as a conversion, 1–60 (default 7). */
  conversionDays?: number | null | undefined;
  /** The event day (shop time), e.g. 2026-11-11. */
  eventDate: string;
  /** Share of each wave's audience held out, 0–0.5 (default 0.05). */
  holdoutShare?: number | null | undefined;
  /** Its name, 1–100 characters. */
  name: string;
};

/** A wave of a campaign (all fields on create; on update, omitted fields stay). */
export type CampaignWaveInput = {
  /** Who it is for. */
  audience?: AudienceInput | null | undefined;
  /** A coupon template: each customer handed the message gets a coupon of it (tier-linked amount), and {{coupon.*}} fills from it. */
  couponTemplateId?: string | number | null | undefined;
  /** Customers handed any message within this many hours get nothing (1–720). */
  excludeMessagedWithinHours?: number | null | undefined;
  /** Customers with any of these tags get nothing (e.g. reseller). */
  excludeTags?: Array<string> | null | undefined;
  /** Its name, 1–100 characters. */
  name?: string | null | undefined;
  /** Days from the event date, −60 to 30 (−10: ten days before). */
  offsetDays?: number | null | undefined;
  /** Priority among waves sent the same day (higher wins; default 0). */
  priority?: number | null | undefined;
  /** Evaluate the audience again at send time (default false: the snapshot at scheduling is sent). */
  reevaluateAtSend?: boolean | null | undefined;
  /** Window opens, HH:MM shop time (e.g. 10:00). */
  sendFrom?: string | null | undefined;
  /** Window closes, HH:MM shop time (e.g. 20:00; before sendFrom: the next day). */
  sendUntil?: string | null | undefined;
  /** The message template. */
  templateId?: string | number | null | undefined;
};

/** An event of a buyer's order that a care rule answers with a message (transactional: about the buyer's own order). */
export type CareKind =
  /** A bad review: apologise, usually with a coupon (beside the AFTER_SALES follow-up). */
  | 'BAD_REVIEW'
  /** Paid more than thresholdDays ago and still not signed for: apologise for the delay. */
  | 'LOGISTICS_DELAY'
  /** The order could not be filled: compensate (beside the COMPENSATION follow-up). */
  | 'OUT_OF_STOCK'
  /** The order is still unpaid after the shop's unpaidReminderHours (with the PAYMENT_REMINDER follow-up): remind, angled on stock and delivery. */
  | 'PAYMENT_REMINDER'
  /** The buyer signed for the parcel (status RECEIVED): invite a review. */
  | 'SIGNED_FOR';

/** A care rule to set (one per kind; omitted fields keep their value, or the default). */
export type CareRuleInput = {
  /** A coupon template issued with the message ({{coupon.…}}); null: none. */
  couponTemplateId?: string | number | null | undefined;
  /** Hours after the event the message is due, 0–168. */
  delayHours?: number | null | undefined;
  /** On or off. */
  enabled?: boolean | null | undefined;
  /** The event it answers. */
  kind: CareKind;
  /** The message template (required the first time). */
  templateId?: string | number | null | undefined;
  /** LOGISTICS_DELAY: days after payment without signing for, 1–30. */
  thresholdDays?: number | null | undefined;
};

/** A change of a customer's marketing consent, with its evidence. */
export type ConsentRecordInput = {
  /** What proves it (the chat line, the form, the reply), 1–2000 characters; kept with the record. */
  evidence: string;
  /** true: consent given; false: withdrawn (opt-out: scheduled marketing is stopped at once). */
  granted: boolean;
  /** Where it comes from. */
  source: ConsentSource;
};

/** Where a consent record comes from. */
export type ConsentSource =
  /** The buyer ticked a box (shop page, membership sign-up) an integration reports. */
  | 'CUSTOMER_FORM'
  /** Brought in from another system, with its evidence. */
  | 'IMPORT'
  /** The buyer replied an opt-out keyword (退订, TD, STOP) the sender reported. */
  | 'REPLY_KEYWORD'
  /** A staff member recorded what the buyer said (in a chat, on the phone). */
  | 'STAFF';

/** A customer's consent to marketing messages. */
export type ConsentStatus =
  /** Recorded with its source and evidence. */
  | 'GRANTED'
  /** Never recorded: no marketing. */
  | 'NONE'
  /** Opted out: no marketing, scheduled marketing is stopped. */
  | 'WITHDRAWN';

/** Which uses of contact details to list. */
export type ContactAccessFilter = {
  /** Of this customer. */
  customerId?: string | number | null | undefined;
  /** At or after this time. */
  from?: string | null | undefined;
  /** Only the refused attempts (who went over the daily cap). */
  refusedOnly?: boolean | null | undefined;
  /** Before this time. */
  to?: string | null | undefined;
  /** By this staff member. */
  userId?: string | number | null | undefined;
};

/** How the rep contacted the customer. */
export type ContactChannel =
  /** Email. */
  | 'EMAIL'
  /** Anything else. */
  | 'OTHER'
  /** Phone call. */
  | 'PHONE'
  /** Text message. */
  | 'SMS'
  /** Wangwang / Qianniu chat. */
  | 'WANGWANG'
  /** WeChat. */
  | 'WECHAT';

/** A contact detail of a customer (personal information): masked by default. */
export type ContactField =
  /** The phone number (masked 138****0000). */
  | 'PHONE'
  /** The real name, as on the parcel (masked 张**). */
  | 'REAL_NAME'
  /** The shipping address (masked: province and city only). */
  | 'SHIPPING_ADDRESS'
  /** The WeChat id (masked wx_***89). */
  | 'WECHAT_ID';

/** Which conversations. */
export type ConversationFilter = {
  /** Only this agent's. */
  agentId?: string | number | null | undefined;
  /** Only inquiries that converted (true) or did not (false). */
  converted?: boolean | null | undefined;
  /** Started at or after. */
  from?: string | null | undefined;
  /** Only reviewed (true) or not yet reviewed (false) ones. */
  reviewed?: boolean | null | undefined;
  /** Started before. */
  to?: string | null | undefined;
};

/** A conversation as the CS tool reports it; logging the same externalId again replaces it. */
export type ConversationLogInput = {
  /** The agent (admins only; default: the caller). */
  agentId?: string | number | null | undefined;
  /** Messages the agent sent. */
  agentMessages: number;
  /** The buyer's handle on the platform (a new buyer becomes a customer in the pool). */
  buyerHandle: string;
  /** Messages the buyer sent. */
  buyerMessages: number;
  /** The last message. */
  endedAt?: string | null | undefined;
  /** The CS tool's id of the conversation (1–100 characters). */
  externalId: string;
  /** Where the chat happened; also the buyer's platform. */
  platform: Platform;
  /** The buyer's rounds in order, the first one opening the conversation (1–500). */
  rounds: Array<ConversationRoundInput>;
};

/** A reviewer's verdict on a conversation's chat. */
export type ConversationReviewInput = {
  /** An open audit check: the review also becomes a CHAT_REVIEW finding of it about the agent, who answers it as any finding. */
  auditCheckId?: string | number | null | undefined;
  /** The conversation. */
  id: string | number;
  /** For the agent: what to do differently (1–1000 characters). */
  note: string;
  /** The finding's severity (default: INFO for AGENT_OK, WARNING otherwise). */
  severity?: FindingSeverity | null | undefined;
  /** What was found. */
  verdict: ReviewVerdict;
};

/** One buyer round: when the buyer wrote and when the agent answered. */
export type ConversationRoundInput = {
  /** The agent's answer (null: never answered). */
  answeredAt?: string | null | undefined;
  /** The buyer's message that opened the round. */
  askedAt: string;
};

/** A follow-up an audit finding orders, which becomes a real task for the rep. */
export type CorrectiveFollowUpInput = {
  /** The active sales rep who must do it. */
  assigneeId: string | number;
  /** Due by (in the future). */
  dueAt: string;
  /** What to put right, at most 2000 characters. */
  note?: string | null | undefined;
};

/** Which coupons to list. */
export type CouponFilter = {
  /** Of this customer. */
  customerId?: string | number | null | undefined;
  /** In this state (EXPIRED: issued and past its end). */
  status?: CouponStatus | null | undefined;
  /** Of this template. */
  templateId?: string | number | null | undefined;
};

/** A coupon for a customer; retrying with the same idempotency key returns the same coupon. */
export type CouponIssueInput = {
  /** The customer. */
  customerId: string | number;
  /** A key the client makes once per intended coupon (8–100 characters). */
  idempotencyKey: string;
  /** Why, at most 500 characters. */
  note?: string | null | undefined;
  /** The template. */
  templateId: string | number;
};

/** What a coupon is for. */
export type CouponPurpose =
  /** Apologise after a medium or bad review. */
  | 'BAD_REVIEW_APOLOGY'
  /** Thank a good review. */
  | 'GOOD_REVIEW_REWARD'
  /** Compensate an out-of-stock customer. */
  | 'OUT_OF_STOCK_COMPENSATION'
  /** Help an unpaid order over the line. */
  | 'PAYMENT_REMINDER'
  /** A promotion for old customers. */
  | 'PROMOTION'
  /** Win back a customer overdue for a re-order. */
  | 'WIN_BACK';

/** A coupon code used on an order. */
export type CouponRedeemInput = {
  /** The coupon code. */
  code: string;
  /** The order it is used on. */
  orderId: string | number;
};

/** Where a coupon stands. */
export type CouponStatus =
  /** Past its validity. */
  | 'EXPIRED'
  /** Can be redeemed. */
  | 'ISSUED'
  /** Used on an order (once). */
  | 'REDEEMED'
  /** Withdrawn. */
  | 'REVOKED';

/** The fields of a coupon template. On update, omitted fields stay as they are. */
export type CouponTemplateInput = {
  /** Whether it issues coupons (default true). */
  active?: boolean | null | undefined;
  /** Amount off or percent off. */
  discountType?: DiscountType | null | undefined;
  /** Default discount: minor units off, or percent off (1–90). */
  discountValue?: number | null | undefined;
  /** Minimum order amount to redeem, in minor units. */
  minSpend?: number | null | undefined;
  /** Lowest tier rank that may get it. */
  minTierRank?: number | null | undefined;
  /** Name, 1–100 characters. */
  name?: string | null | undefined;
  /** How many one customer may hold (default 1). */
  perCustomerLimit?: number | null | undefined;
  /** What it is for. */
  purpose?: CouponPurpose | null | undefined;
  /** Per-tier discounts replacing the default. */
  tierDiscounts?: Array<TierDiscountInput> | null | undefined;
  /** How many may be issued in all (null: unlimited). */
  totalQuantity?: number | null | undefined;
  /** Days a coupon stays valid after issue (1–3650). */
  validDays?: number | null | undefined;
  /** Last moment coupons are valid. */
  validUntil?: string | null | undefined;
};

/** A new customer. The platform handle must be new in your shop for that platform. */
export type CustomerCreateInput = {
  /** Name staff use; defaults to the handle. */
  displayName?: string | null | undefined;
  /** Notes, at most 2000 characters. */
  notes?: string | null | undefined;
  /** Owning sales rep. Admins may name any active rep, a team lead a rep of the team; a rep creating a customer owns it. */
  ownerId?: string | number | null | undefined;
  /** Phone number in E.164 form, e.g. +8613800138000. */
  phone?: string | null | undefined;
  /** Where the customer is known. */
  platform: Platform;
  /** Name on the platform (Wangwang, WeChat name…), 1–100 characters. */
  platformHandle: string;
  /** Real name, as on the parcel, at most 50 characters (personal information: read masked). */
  realName?: string | null | undefined;
  /** Region or city, at most 100 characters. */
  region?: string | null | undefined;
  /** Shipping city, e.g. 杭州市 (at most 30 characters). */
  shippingCity?: string | null | undefined;
  /** The rest of the shipping address: district, street, number (at most 200 characters; personal information: read masked). */
  shippingDetail?: string | null | undefined;
  /** Shipping province, e.g. 浙江省 (at most 30 characters). */
  shippingProvince?: string | null | undefined;
  /** Tags, at most 20 of at most 40 characters each. */
  tags?: Array<string> | null | undefined;
  /** WeChat id, at most 64 characters. */
  wechatId?: string | null | undefined;
};

/** Which customers to list; all conditions must hold. */
export type CustomerFilter = {
  /** Last paid order at or after this time. */
  lastOrderAfter?: string | null | undefined;
  /** Last paid order before this time. */
  lastOrderBefore?: string | null | undefined;
  /** In this lifecycle segment (under the shop's current thresholds). */
  lifecycle?: Lifecycle | null | undefined;
  /** At least this many paid orders. */
  minOrders?: number | null | undefined;
  /** At least this much spent, in minor units. */
  minSpent?: unknown;
  /** Owned by this sales rep. */
  ownerId?: string | number | null | undefined;
  /** On this platform. */
  platform?: Platform | null | undefined;
  /** Part of the handle, display name, phone or WeChat id (at least 2 characters). */
  search?: string | null | undefined;
  /** At this stage of the loop. */
  stage?: CustomerStage | null | undefined;
  /** Carrying this tag. */
  tag?: string | null | undefined;
  /** Owned by a rep of this sales team. */
  teamId?: string | number | null | undefined;
  /** In this membership tier. */
  tierId?: string | number | null | undefined;
  /** true: only customers in the unowned pool; false: only owned ones. */
  unowned?: boolean | null | undefined;
  /** In this value segment. */
  valueSegment?: ValueSegment | null | undefined;
};

/** Sort order of a customer list. */
export type CustomerOrderBy = {
  /** Direction. */
  direction: SortDirection;
  /** Sort key. */
  field: CustomerOrderField;
};

/** What to sort customers by (ties broken by id). */
export type CustomerOrderField =
  /** When registered. */
  | 'CREATED_AT'
  /** Display name. */
  | 'DISPLAY_NAME'
  /** Platform handle. */
  | 'PLATFORM_HANDLE'
  /** When last changed. */
  | 'UPDATED_AT';

/** Where a customer stands in the retention loop. */
export type CustomerStage =
  /** Ordered after a follow-up; revisited in the next cycle. */
  | 'CONVERTED'
  /** Owned by a rep and followed up in cycles. */
  | 'IN_FOLLOW_UP'
  /** No longer interested: the loop ended. */
  | 'LOST'
  /** Back in the shop's unowned pool after too many unanswered retries. */
  | 'POOL'
  /** Registered by customer service, not screened yet. */
  | 'REGISTERED'
  /** Screened by the review department: no intent. */
  | 'SCREENED_OUT';

/** Where a customer goes, and why. */
export type CustomerTransferInput = {
  /** Why, kept in the ownership history (at most 500 characters). */
  reason?: string | null | undefined;
  /** The active sales rep who becomes the owner. */
  toUserId: string | number;
};

/** Changes to a customer. Omitted fields stay as they are; null clears an optional field. */
export type CustomerUpdateInput = {
  /** Name staff use. */
  displayName?: string | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Phone number in E.164 form. */
  phone?: string | null | undefined;
  /** Real name, as on the parcel, at most 50 characters (personal information: read masked). */
  realName?: string | null | undefined;
  /** Region or city. */
  region?: string | null | undefined;
  /** Shipping city, e.g. 杭州市 (at most 30 characters). */
  shippingCity?: string | null | undefined;
  /** The rest of the shipping address: district, street, number (at most 200 characters; personal information: read masked). */
  shippingDetail?: string | null | undefined;
  /** Shipping province, e.g. 浙江省 (at most 30 characters). */
  shippingProvince?: string | null | undefined;
  /** Tags (replaces the list). */
  tags?: Array<string> | null | undefined;
  /** The `version` you read; if the customer changed since, you get STALE_VERSION. */
  version: number;
  /** WeChat id. */
  wechatId?: string | null | undefined;
};

/** What the shop's sender reports of a message. */
export type DeliveryReportStatus =
  /** It reached the buyer. */
  | 'DELIVERED'
  /** It could not be delivered. */
  | 'FAILED';

/** How a coupon discounts. */
export type DiscountType =
  /** A fixed amount off, in minor units. */
  | 'AMOUNT_OFF'
  /** A percentage off the order. */
  | 'PERCENT_OFF';

/** Why the customer was registered. */
export type EntryKind =
  /** Asked without ordering (a prospect). */
  | 'INQUIRY'
  /** Placed an order. */
  | 'ORDERED';

/** The file an export is. */
export type ExportFormat =
  /** UTF-8 CSV with a byte-order mark (spreadsheets read the Chinese); several tables one after the other, each under its title. */
  | 'CSV'
  /** An Excel workbook, one worksheet a table. */
  | 'XLSX';

/** What an auditor exports. */
export type ExportKind =
  /** One audit check: its period, status and sign-off, its findings, and the report it was made on. */
  | 'AUDIT_CHECK'
  /** The audit trail of a period: every change, one row per field. */
  | 'AUDIT_TRAIL'
  /** The compliance report of a period: agents' sheets, reps' follow-ups, dropped customers. */
  | 'COMPLIANCE_REPORT'
  /** The privacy access log of a period: every use of a clear contact detail. */
  | 'CONTACT_ACCESS_LOG';

/** The language of an export's column titles. */
export type ExportLanguage =
  /** English. */
  | 'EN'
  /** Chinese (the default). */
  | 'ZH_CN';

/** Which export, as which file. */
export type ExportLinkCreateInput = {
  /** The audit check (AUDIT_CHECK). */
  checkId?: string | number | null | undefined;
  /** CSV or XLSX. */
  format: ExportFormat;
  /** Start of the period (COMPLIANCE_REPORT, AUDIT_TRAIL, CONTACT_ACCESS_LOG). */
  from?: string | null | undefined;
  /** What to export. */
  kind: ExportKind;
  /** Language of the column titles (default ZH_CN). */
  language?: ExportLanguage | null | undefined;
  /** Only this sales team's reps (COMPLIANCE_REPORT). */
  teamId?: string | number | null | undefined;
  /** End of the period, exclusive; at most 366 days after `from`. */
  to?: string | null | undefined;
};

/** What an audit finding is about. */
export type FindingCode =
  /** The review of a customer-service chat that did not convert (conversationReview). */
  | 'CHAT_REVIEW'
  /** An owned customer has no open follow-up. */
  | 'DROPPED_CUSTOMER'
  /** A follow-up was done after its due time. */
  | 'LATE_FOLLOW_UP'
  /** A registration sheet was submitted late or not at all. */
  | 'LATE_SHEET'
  /** A follow-up was not done. */
  | 'MISSING_FOLLOW_UP'
  /** Checked and in order. */
  | 'OK'
  /** Anything else (see the comment). */
  | 'OTHER'
  /** A customer's recorded stage does not match reality. */
  | 'WRONG_STAGE';

/** How serious a finding is. */
export type FindingSeverity =
  /** For information. */
  | 'INFO'
  /** Against the rules; to be put right. */
  | 'VIOLATION'
  /** To watch. */
  | 'WARNING';

/** Why a follow-up is due. */
export type FollowUpKind =
  /** A bad review: one-to-one after-sales care, due the same day. */
  | 'AFTER_SALES'
  /** An out-of-stock order: compensate the customer, due the same day. */
  | 'COMPENSATION'
  /** Ordered by an audit finding, to put a missed or late follow-up right. */
  | 'CORRECTIVE'
  /** First contact after screening (first cycle, 7 days by default). */
  | 'FIRST_CONTACT'
  /** An order still unpaid after the shop's setting (24 h by default): remind, on what the buyer cares about. */
  | 'PAYMENT_REMINDER'
  /** Reached without an order, or not reached: try again (15 days by default). */
  | 'RETRY'
  /** The customer ordered: revisit for the next purchase (30 days by default). */
  | 'REVISIT';

/** How a follow-up went; decides the next cycle. */
export type FollowUpOutcome =
  /** No longer interested: the loop ends. */
  | 'LOST'
  /** Reached, no order yet: a RETRY follows (until the retry limit). */
  | 'NO_ORDER'
  /** Not reached: a RETRY follows (until the retry limit). */
  | 'NO_RESPONSE'
  /** The customer ordered: converted; a REVISIT follows. */
  | 'ORDERED';

/** The shop's follow-up cycles. Omitted fields stay as they are. */
export type FollowUpPolicyInput = {
  /** Days to the first contact after screening (1–365). */
  firstCycleDays?: number | null | undefined;
  /** Retries in a row before the loop ends (0–20). */
  maxRetryCycles?: number | null | undefined;
  /** Whether a customer whose retries ran out goes back to the unowned pool. */
  reclaimToPool?: boolean | null | undefined;
  /** Days to a retry after no order or no response (1–365). */
  retryCycleDays?: number | null | undefined;
  /** Days to a revisit after an order (1–365). */
  revisitCycleDays?: number | null | undefined;
};

/** State of a follow-up task. */
export type FollowUpStatus =
  /** No longer needed (e.g. the customer left the loop another way). */
  | 'CANCELLED'
  /** Done, with an outcome. */
  | 'DONE'
  /** Still to do. */
  | 'OPEN';

/** How a follow-up went. */
export type FollowUpTaskCompleteInput = {
  /** How the customer was contacted. */
  channel: ContactChannel;
  /** What was said, at most 2000 characters. */
  note?: string | null | undefined;
  /** The outcome; decides the next cycle. */
  outcome: FollowUpOutcome;
};

/** Which follow-up tasks to list; all conditions must hold. */
export type FollowUpTaskFilter = {
  /** Assigned to this rep. */
  assigneeId?: string | number | null | undefined;
  /** Due at or after this time. */
  dueAfter?: string | null | undefined;
  /** Due at or before this time. */
  dueBefore?: string | null | undefined;
  /** Of this kind. */
  kind?: FollowUpKind | null | undefined;
  /** true: open and past due; false: not overdue. */
  overdue?: boolean | null | undefined;
  /** In this state. */
  status?: FollowUpStatus | null | undefined;
  /** Assigned to a rep of this team. */
  teamId?: string | number | null | undefined;
};

/** Sort order of follow-ups. Default: due first (overdue, then due today, then later). */
export type FollowUpTaskOrderBy = {
  /** Direction. */
  direction: SortDirection;
  /** Sort key. */
  field: FollowUpTaskOrderField;
};

/** What to sort follow-ups by (ties broken by id). */
export type FollowUpTaskOrderField =
  /** When created. */
  | 'CREATED_AT'
  /** Due time. */
  | 'DUE_AT';

/** What an import does when some rows are wrong. */
export type ImportErrorPolicy =
  /** Any wrong row: nothing is imported. */
  | 'REJECT_EVERYTHING'
  /** The good rows are imported; the wrong ones are reported. */
  | 'REJECT_FAILED_ROWS';

/** The review department's verdict on a registered customer. */
export type Intent =
  /** Worth following up: handed to a rep, who gets a first-contact task. */
  | 'HAS_INTENT'
  /** Not worth following up: the entry is closed with the reviewer's note. */
  | 'NO_INTENT';

/** What each point is compared with. */
export type KpiComparison =
  /** The same number of periods just before the range (point by point). */
  | 'PREVIOUS_PERIOD'
  /** A year earlier: 364 days for days (same weekday), 52 weeks for weeks, 12 months for months. */
  | 'PREVIOUS_YEAR';

/** How a day of a daily series was judged. */
export type KpiFlagStatus =
  /** Outside its expected band. */
  | 'ANOMALY'
  /** Fewer than 28 days of history, or too few comparable days, to judge. */
  | 'INSUFFICIENT_HISTORY'
  /** Inside its expected band. */
  | 'NORMAL';

/** The length of a KPI period, in the shop's time zone. */
export type KpiGranularity =
  /** Local days. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, Monday to Sunday. */
  | 'WEEK';

/** Acknowledges an anomaly incident. */
export type KpiIncidentAcknowledgeInput = {
  /** The incident. */
  id: string | number;
  /** What was found or done (1–500 characters); kept in the audit trail. */
  note: string;
};

/** A KPI; `kpiDefinitions` gives its name, formula, unit and direction. */
export type KpiKey =
  /** Active customers: Customers with at least one paid order in the period. */
  | 'ACTIVE_CUSTOMERS'
  /** Average order value: Paid amount ÷ paid orders. */
  | 'AVERAGE_ORDER_VALUE'
  /** Average response time: Seconds from each buyer round to its answer, summed over answered rounds ÷ answered rounds. */
  | 'AVERAGE_RESPONSE_TIME'
  /** Average order value of converted inquiries: Sum of the orders converted inquiries led to ÷ converted inquiries. */
  | 'CONVERTED_ORDER_VALUE'
  /** First-contact conversion: The follow-up conversion of FIRST_CONTACT follow-ups (first cycle). */
  | 'FIRST_CONTACT_CONVERSION'
  /** First response time (median): Median of the seconds from the buyer's first message to the agent's first reply, as the upper bound of its histogram bucket (5 s steps up to a minute). */
  | 'FIRST_RESPONSE_MEDIAN'
  /** First response time (p90): 90th percentile of the first response times, as the upper bound of its histogram bucket. */
  | 'FIRST_RESPONSE_P90'
  /** Follow-up conversion: Follow-ups due in the period and done with the outcome ORDERED ÷ follow-ups due in it and done. */
  | 'FOLLOW_UP_CONVERSION'
  /** Follow-up on-time rate: Follow-ups due in the period and done by their due time ÷ follow-ups due in it (cancelled ones left out). */
  | 'FOLLOW_UP_ON_TIME_RATE'
  /** Inquiries: Customer-service conversations started in the period. */
  | 'INQUIRIES'
  /** Converted inquiries: Inquiries of the period whose buyer paid an order within the shop's conversion window (conversionDays, 3 by default) after the inquiry started. */
  | 'INQUIRY_CONVERSIONS'
  /** Inquiry-to-order conversion: Converted inquiries ÷ inquiries. */
  | 'INQUIRY_CONVERSION_RATE'
  /** New customers: Customers whose first paid order falls in the period (customer growth). */
  | 'NEW_CUSTOMERS'
  /** Old-customer share of sales: Paid amount from customers whose first paid order is before the period ÷ all paid amount in it. */
  | 'OLD_CUSTOMER_SALES_SHARE'
  /** Paid amount: Sum of the amounts of the orders paid in the period. */
  | 'PAID_AMOUNT'
  /** Paid orders: Orders paid in the period (by paid time), refunded and cancelled ones left out. */
  | 'PAID_ORDERS'
  /** Reminder recovery rate: Orders whose payment reminder fell in the period and that are now paid ÷ orders reminded in the period. */
  | 'REMINDER_RECOVERY_RATE'
  /** Repeat purchase rate: Customers with 2 or more paid orders inside the period ÷ customers with at least 1 paid order inside it. */
  | 'REPEAT_PURCHASE_RATE'
  /** Retry conversion: The follow-up conversion of RETRY follow-ups (retry cycles). */
  | 'RETRY_CONVERSION'
  /** Returning customer rate: Customers who paid an order in the period and have more than 1 paid order in their lifetime up to the period's end ÷ customers who paid an order in the period. */
  | 'RETURNING_CUSTOMER_RATE'
  /** Revisit conversion: The follow-up conversion of REVISIT follow-ups (after an order, towards the next one). */
  | 'REVISIT_CONVERSION'
  /** 3-minute response rate: Rounds the buyer started 08:00–24:00 shop time and the agent answered within 3 minutes ÷ rounds started 08:00–24:00. */
  | 'THREE_MINUTE_RESPONSE_RATE'
  /** Unpaid-order rate: Orders placed in the period that are unpaid or were closed unpaid ÷ orders placed in it. */
  | 'UNPAID_ORDER_RATE';

/** Whose figures: the shop's, a sales team's or one staff member's. */
export type KpiScope =
  /** The whole shop (admins and reviewers). */
  | 'SHOP'
  /** A sales team: its members' follow-ups and conversations, and the sales of the orders counted for the team (admins, reviewers, the team's lead). */
  | 'TEAM'
  /** One staff member: their follow-ups and conversations, and the sales of the orders counted for them, their buyers' owner when each order was written (admins, reviewers, their lead, themselves). */
  | 'USER';

/** How a KPI's value reads. */
export type KpiUnit =
  /** A count. */
  | 'COUNT'
  /** Minor units of the shop's currency (fen for CNY). */
  | 'MONEY'
  /** A share from 0 to 1. */
  | 'RATIO'
  /** A duration in seconds. */
  | 'SECONDS';

/** Where a customer is by recency of purchase (the shop's segment policy). */
export type Lifecycle =
  /** Bought within sleepingDays. */
  | 'ACTIVE'
  /** No purchase for more than churnDays. */
  | 'CHURNED'
  /** One paid order, within activeDays. */
  | 'NEW'
  /** No paid order yet. */
  | 'PROSPECT'
  /** No purchase for more than sleepingDays: wake them before a big promotion. */
  | 'SLEEPING';

/** Email and password of a staff member. */
export type LoginInput = {
  /** Login email. */
  email: string;
  /** Password. */
  password: string;
};

/** A membership tier, created or replaced by its rank. */
export type MembershipTierUpsertInput = {
  /** Discount in percent (0–90). */
  discountPercent: number;
  /** Paid orders within the window that reach the tier (0 or more). */
  minPaidOrders: number;
  /** Spend within the window that reaches the tier, in minor units (0 or more). */
  minSpent: number;
  /** Name, 1–50 characters, unique in the shop. */
  name: string;
  /** Rank (1–20): the tier with this rank is created or replaced. */
  rank: number;
  /** Days back that count (1–1095, default 365). */
  windowDays?: number | null | undefined;
};

/** How a message reaches the buyer. */
export type MessageChannel =
  /** The platform's chat (Qianniu / 千牛). */
  | 'PLATFORM_CHAT'
  /** A text message, signed 【店铺名】; 70 characters per segment in Chinese (67 once split). */
  | 'SMS'
  /** A WeChat service-account message. */
  | 'WECHAT';

/** What made a message. */
export type MessageOrigin =
  /** A wave of a campaign. */
  | 'CAMPAIGN'
  /** A care rule, on an event of the customer's order. */
  | 'CARE'
  /** A staff member, to one customer. */
  | 'ONE_OFF';

/** Why a message is sent; decides consent and which caps count it. */
export type MessagePurpose =
  /** An offer or a campaign: only with recorded consent; marketing caps. */
  | 'MARKETING'
  /** A notice about the buyer's own order (payment reminder, logistics, review invitation): transactional caps. */
  | 'TRANSACTIONAL';

/** The shop's sender reports on a message it was handed (delivery, failure, or the buyer's reply). */
export type MessageReportInput = {
  /** Why it failed (at most 500 characters). */
  failure?: string | null | undefined;
  /** The message: the messageId of its message.send event. */
  messageId: string | number;
  /** The buyer's reply; an opt-out keyword (退订, TD, STOP…) withdraws marketing consent at once. */
  reply?: string | null | undefined;
  /** Delivered or failed (omit to report only a reply). */
  status?: DeliveryReportStatus | null | undefined;
};

/** The rule that decided a message. */
export type MessageRule =
  /** Its wave was cancelled before it was sent. */
  | 'CANCELLED'
  /** The customer had as many messages of this purpose today (shop time) as the cap allows. */
  | 'CAPPED_DAY'
  /** The customer had as many messages of this purpose this week (shop time) as the cap allows. */
  | 'CAPPED_WEEK'
  /** Every rule passed: handed over. */
  | 'CLEARED'
  /** The coupon it carries could not be issued (out of stock, the customer's limit or tier, the template ended). */
  | 'COUPON_UNAVAILABLE'
  /** An overlapping wave of higher priority messages the customer. */
  | 'DEDUPLICATED'
  /** The customer carries a tag the audience excludes (reseller, large-order…). */
  | 'EXCLUDED_TAG'
  /** In the campaign's holdout group: measured, never sent. */
  | 'HOLDOUT'
  /** Re-evaluated when sent, the customer no longer matches the audience. */
  | 'LEFT_AUDIENCE'
  /** The channel needs an address the customer lacks (a phone for SMS, a WeChat id for WeChat). */
  | 'NO_ADDRESS'
  /** Marketing without recorded consent. */
  | 'NO_CONSENT'
  /** The customer opted out of marketing. */
  | 'OPTED_OUT'
  /** Due inside the shop's quiet hours: deferred to their end, never dropped. */
  | 'QUIET_HOURS'
  /** The customer was messaged within the hours the audience excludes. */
  | 'RECENTLY_MESSAGED'
  /** Its wave's send window closed before it could go (the wave was paused past it). */
  | 'WINDOW_CLOSED';

/** A one-off message to one customer, under the same rules as a campaign's. */
export type MessageSendInput = {
  /** A coupon of the customer it carries ({{coupon.…}}). */
  couponId?: string | number | null | undefined;
  /** The customer (one you may serve). */
  customerId: string | number;
  /** Your key for this request (1–100 characters): the same key again returns the first message instead of sending twice. */
  idempotencyKey: string;
  /** The order it is about ({{order.…}}); one of the customer's. */
  orderId?: string | number | null | undefined;
  /** MARKETING (needs consent) or TRANSACTIONAL (about the customer's own order). */
  purpose: MessagePurpose;
  /** The message template. */
  templateId: string | number;
};

/** Where a message is in its life. */
export type MessageStatus =
  /** The sender reported it delivered. */
  | 'DELIVERED'
  /** The sender reported it could not be delivered. */
  | 'FAILED'
  /** Passed every rule and handed to the shop's sender (through the webhook outbox). */
  | 'HANDED_OVER'
  /** Decided on when due (at `dueAt`; quiet hours move it later). */
  | 'SCHEDULED'
  /** A rule stopped it (`rule` says which); never sent. */
  | 'SKIPPED';

/** A message template as saved: its variables are checked, unknown ones refused. */
export type MessageTemplateInput = {
  /** The text, 1–1000 characters, with variables from `messageTemplateVariables`, e.g. {{customer.displayName}}. */
  body: string;
  /** How it is sent. */
  channel: MessageChannel;
  /** Its name in the shop, 1–100 characters, unique. */
  name: string;
  /** SMS: put the shop's signature 【店铺名】 in front (default true). */
  signed?: boolean | null | undefined;
};

/** The buyer of an imported order, by platform and handle (created if new). */
export type OrderCustomerInput = {
  /** Name staff use (new customers). */
  displayName?: string | null | undefined;
  /** The receiver's phone (new customers): kept sealed, read masked; one that is not a phone number is left out. */
  phone?: string | null | undefined;
  /** Where the buyer is known. */
  platform: Platform;
  /** The buyer's handle. */
  platformHandle: string;
  /** The receiver's real name (new customers): kept sealed. */
  realName?: string | null | undefined;
  /** Shipping city (new customers). */
  shippingCity?: string | null | undefined;
  /** The rest of the shipping address (new customers): kept sealed. */
  shippingDetail?: string | null | undefined;
  /** Shipping province (new customers). */
  shippingProvince?: string | null | undefined;
};

/** Up to 1,000 orders, and what to do with wrong rows. */
export type OrderImportInput = {
  /** All or nothing, or the good rows. */
  errorPolicy: ImportErrorPolicy;
  /** The orders (1–1,000). */
  orders: Array<OrderInput>;
};

/** One order of an import; importing the same platform order id again updates it. */
export type OrderInput = {
  /** Amount in minor units of the shop's currency (0 or more). */
  amount: number;
  /** The buyer by platform and handle. */
  customer?: OrderCustomerInput | null | undefined;
  /** The buyer by id; or give `customer`. */
  customerId?: string | number | null | undefined;
  /** Part of the order was out of stock. */
  outOfStock?: boolean | null | undefined;
  /** When it was paid (defaults to placedAt for paid orders). */
  paidAt?: string | null | undefined;
  /** When it was placed. */
  placedAt: string;
  /** The platform's order number (1–64 characters), unique in the shop. */
  platformOrderId: string;
  /** The buyer's review, when left. */
  review?: OrderReview | null | undefined;
  /** Where the order stands. */
  status: OrderStatus;
};

/** The review the buyer left. */
export type OrderReview =
  /** Bad review: after-sales care follows. */
  | 'BAD'
  /** Good review. */
  | 'GOOD'
  /** Neutral (medium) review. */
  | 'NEUTRAL';

/** Where an order stands; PAID, SHIPPED and RECEIVED count as paid. */
export type OrderStatus =
  /** Cancelled. */
  | 'CANCELLED'
  /** Paid. */
  | 'PAID'
  /** Paid and signed for. */
  | 'RECEIVED'
  /** Refunded: no longer counts as paid. */
  | 'REFUNDED'
  /** Paid and shipped. */
  | 'SHIPPED'
  /** Placed, not paid (a payment reminder follows after the shop's setting). */
  | 'UNPAID';

/** Changes to one order. Omitted fields stay as they are. */
export type OrderUpdateInput = {
  /** Corrected amount. */
  amount?: number | null | undefined;
  /** Out of stock. */
  outOfStock?: boolean | null | undefined;
  /** When it was paid. */
  paidAt?: string | null | undefined;
  /** The buyer's review. */
  review?: OrderReview | null | undefined;
  /** New status (e.g. REFUNDED). */
  status?: OrderStatus | null | undefined;
};

/** Why a customer changed owner. */
export type OwnershipReason =
  /** Too many retries in a row: back to the unowned pool. */
  | 'RECLAIM'
  /** Screening handed the customer to a team, which picked the rep. */
  | 'ROUND_ROBIN'
  /** The review department handed the customer to a named rep. */
  | 'SCREENING'
  /** An admin or team lead moved the customer to another rep. */
  | 'TRANSFER';

/** Where the customer talks to the shop; the handle is unique per shop and platform. */
export type Platform =
  /** 1688.com wholesale (handle: Wangwang name). */
  | 'ALIBABA_1688'
  /** Douyin shop. */
  | 'DOUYIN'
  /** JD.com. */
  | 'JD'
  /** Any other channel. */
  | 'OTHER'
  /** Pinduoduo. */
  | 'PINDUODUO'
  /** Taobao (handle: Wangwang name). */
  | 'TAOBAO'
  /** Tmall (handle: Wangwang name). */
  | 'TMALL'
  /** WeChat (handle: WeChat name). */
  | 'WECHAT';

/** A promotion of the shop's calendar. */
export type PromotionInput = {
  /** Last local day (included; at most 31 days in all). */
  endsOn: string;
  /** Its name, e.g. 双11 (1–60 characters). */
  name: string;
  /** First local day. */
  startsOn: string;
};

/** What customer service noticed about a prospect. */
export type ProspectNote =
  /** Wants a custom order. */
  | 'CUSTOM_ORDER'
  /** Something else (see the free text). */
  | 'OTHER'
  /** Hesitates on price. */
  | 'PRICE_CONCERN';

/** A customer named by platform and handle: the existing one, or created on the spot. */
export type RegistrationCustomerInput = {
  /** Name staff use (new customers; defaults to the handle). */
  displayName?: string | null | undefined;
  /** Where the customer is known. */
  platform: Platform;
  /** Handle on the platform; the same handle is always the same customer. */
  platformHandle: string;
  /** Region or city (new customers). */
  region?: string | null | undefined;
};

/** Many screenings in one call; each succeeds or fails on its own. */
export type RegistrationEntriesScreenInput = {
  /** Up to 100 entries. */
  entries: Array<RegistrationEntryScreenItem>;
};

/** A customer to register on your sheet of the current period. */
export type RegistrationEntryAddInput = {
  /** Phone given, E.164. */
  contactPhone?: string | null | undefined;
  /** WeChat id given. */
  contactWechat?: string | null | undefined;
  /** The customer by platform and handle (found or created). */
  customer?: RegistrationCustomerInput | null | undefined;
  /** An existing customer; or give `customer`. */
  customerId?: string | number | null | undefined;
  /** Asked or ordered (default INQUIRY). */
  kind?: EntryKind | null | undefined;
  /** Free text, at most 2000 characters. */
  notes?: string | null | undefined;
  /** What the customer wants, at most 200 characters. */
  productWanted?: string | null | undefined;
  /** What was noticed about a prospect. */
  prospectNotes?: Array<ProspectNote> | null | undefined;
  /** Amount paid in minor units of the shop's currency (ORDERED). */
  purchaseAmount?: number | null | undefined;
  /** When the customer bought (ORDERED). */
  purchasedAt?: string | null | undefined;
  /** The sales rep the customer belongs to, if known. */
  suggestedOwnerId?: string | number | null | undefined;
};

/** What customer service records about a registered customer. */
export type RegistrationEntryDetailsInput = {
  /** Phone given, E.164. */
  contactPhone?: string | null | undefined;
  /** WeChat id given. */
  contactWechat?: string | null | undefined;
  /** Asked or ordered (default INQUIRY). */
  kind?: EntryKind | null | undefined;
  /** Free text, at most 2000 characters. */
  notes?: string | null | undefined;
  /** What the customer wants, at most 200 characters. */
  productWanted?: string | null | undefined;
  /** What was noticed about a prospect. */
  prospectNotes?: Array<ProspectNote> | null | undefined;
  /** Amount paid in minor units of the shop's currency (ORDERED). */
  purchaseAmount?: number | null | undefined;
  /** When the customer bought (ORDERED). */
  purchasedAt?: string | null | undefined;
  /** The sales rep the customer belongs to, if known. */
  suggestedOwnerId?: string | number | null | undefined;
};

/** Which registration entries to list (the review queue: screened false, sheetStatus SUBMITTED). */
export type RegistrationEntryFilter = {
  /** Registered by this customer-service agent. */
  authorId?: string | number | null | undefined;
  /** With this verdict. */
  intent?: Intent | null | undefined;
  /** Of this kind. */
  kind?: EntryKind | null | undefined;
  /** Screened (true) or waiting for screening (false). */
  screened?: boolean | null | undefined;
  /** On this sheet. */
  sheetId?: string | number | null | undefined;
  /** On sheets in this state. */
  sheetStatus?: SheetStatus | null | undefined;
};

/** The review department's verdict on an entry. */
export type RegistrationEntryScreenInput = {
  /** Required with HAS_INTENT: exactly one of userId or teamId. */
  assignTo?: AssignToInput | null | undefined;
  /** Has intent or not. */
  intent: Intent;
  /** The reviewer's note, at most 2000 characters. */
  note?: string | null | undefined;
};

/** One entry of a bulk screening. */
export type RegistrationEntryScreenItem = {
  /** Required with HAS_INTENT: exactly one of userId or teamId. */
  assignTo?: AssignToInput | null | undefined;
  /** The entry. */
  entryId: string | number;
  /** Has intent or not. */
  intent: Intent;
  /** The reviewer's note, at most 2000 characters. */
  note?: string | null | undefined;
};

/** Which registration sheets to list. */
export type RegistrationSheetFilter = {
  /** Written by this customer-service agent. */
  authorId?: string | number | null | undefined;
  /** Periods starting at or after this time. */
  periodFrom?: string | null | undefined;
  /** Periods starting before this time. */
  periodTo?: string | null | undefined;
  /** In this state. */
  status?: SheetStatus | null | undefined;
};

/** What a reviewer found in the chat of an inquiry that did not convert. */
export type ReviewVerdict =
  /** The agent did nothing wrong (price, stock, the buyer changed their mind). */
  | 'AGENT_OK'
  /** Tone or manners. */
  | 'IMPOLITE'
  /** The agent never asked for the order (no recommendation, no coupon, no follow-up). */
  | 'NO_CLOSING'
  /** Answers came too late. */
  | 'SLOW_REPLY'
  /** Wrong or missing product knowledge. */
  | 'WRONG_ANSWER';

/** A staff member's department in the retention loop. */
export type Role =
  /** Shop admin / operations: users, teams, settings; everything in the shop. */
  | 'ADMIN'
  /** Chat agent: registers every customer who asked or ordered; can search all customers. */
  | 'CUSTOMER_SERVICE'
  /** Review department: screens and audits; reads everything, edits no customer. */
  | 'REVIEWER'
  /** Sales rep: owns customers and follows them up; a team lead sees the team's customers. */
  | 'SALES';

/** A new sales team. */
export type SalesTeamCreateInput = {
  /** Team lead: an active sales rep, who joins the team. */
  leadId?: string | number | null | undefined;
  /** Team name, unique in the shop, 1–100 characters. */
  name: string;
};

/** Changes to a sales team. Omitted fields stay as they are. */
export type SalesTeamUpdateInput = {
  /** Team lead (joins the team); null: no lead. */
  leadId?: string | number | null | undefined;
  /** Team name. */
  name?: string | null | undefined;
};

/** New segment thresholds. Omitted fields stay as they are. */
export type SegmentPolicyInput = {
  /** See SegmentPolicy.activeDays. */
  activeDays?: number | null | undefined;
  /** See SegmentPolicy.bottomMaxSpent. */
  bottomMaxSpent?: number | null | undefined;
  /** See SegmentPolicy.churnDays. */
  churnDays?: number | null | undefined;
  /** See SegmentPolicy.keyMinOrders. */
  keyMinOrders?: number | null | undefined;
  /** See SegmentPolicy.keyMinSpent. */
  keyMinSpent?: number | null | undefined;
  /** See SegmentPolicy.sleepingDays. */
  sleepingDays?: number | null | undefined;
};

/** Where a registration sheet is in its period. */
export type SheetStatus =
  /** Customer service is still adding entries. */
  | 'DRAFT'
  /** Every entry has been screened. */
  | 'SCREENED'
  /** Handed to the review department; no longer editable. */
  | 'SUBMITTED';

/** Changes to your shop. Omitted fields stay as they are. */
export type ShopUpdateInput = {
  /** Days after an inquiry within which the buyer's paid order counts as its conversion (1–28); past inquiries are linked again. */
  conversionDays?: number | null | undefined;
  /** ISO 4217 currency code, e.g. CNY. */
  currency?: string | null | undefined;
  /** Days after a customer's last order during which they cannot be erased (0–3650). */
  erasureHoldDays?: number | null | undefined;
  /** Marketing messages a customer may get per calendar day (0–20; 0 sends no marketing). */
  marketingCapPerDay?: number | null | undefined;
  /** Marketing messages a customer may get per calendar week (0–100). */
  marketingCapPerWeek?: number | null | undefined;
  /** Shop name, 1–100 characters. */
  name?: string | null | undefined;
  /** Whether marketing may go during quiet hours on promotion days. */
  openQuietHoursOnPromotionDays?: boolean | null | undefined;
  /** Start of the quiet hours in shop time, HH:MM (default 22:00). Equal start and end: no quiet hours. */
  quietHoursFrom?: string | null | undefined;
  /** End of the quiet hours in shop time, HH:MM (default 08:00); deferred messages go then. */
  quietHoursUntil?: string | null | undefined;
  /** Erase customers with no order and no contact for this many months (1–120), daily by the job queue; null turns the rule off. */
  retentionMonths?: number | null | undefined;
  /** Hours after a registration period ends before a sheet counts as late (0–720). */
  sheetGraceHours?: number | null | undefined;
  /** IANA time zone, e.g. Asia/Shanghai. */
  timezone?: string | null | undefined;
  /** Transactional messages a customer may get per calendar day (1–20). */
  transactionalCapPerDay?: number | null | undefined;
  /** Transactional messages a customer may get per calendar week (1–100). */
  transactionalCapPerWeek?: number | null | undefined;
  /** Contact details one staff member may unmask per shop day (1–1000). */
  unmaskDailyCap?: number | null | undefined;
  /** Hours an order may stay unpaid before its owner gets a payment reminder (1–720). */
  unpaidReminderHours?: number | null | undefined;
};

/** Order of a sorted list. */
export type SortDirection =
  /** Smallest or oldest first. */
  | 'ASC'
  /** Largest or newest first. */
  | 'DESC';

/** The discount for customers of one tier. */
export type TierDiscountInput = {
  /** The tier. */
  tierId: string | number;
  /** Amount off (minor units) or percent off (1–90). */
  value: number;
};

/** Why a clear contact detail is needed; every use is logged with it. */
export type UnmaskPurpose =
  /** A return, refund or complaint. */
  | 'AFTER_SALES'
  /** To check a record (an admin's audit of a case). */
  | 'AUDIT'
  /** To call or message the customer (a follow-up, customer care). */
  | 'CONTACT'
  /** An admin exported everything held about the customer (customerDataExport). */
  | 'DATA_EXPORT'
  /** The shop's sender needed it to deliver a message (logged by the system, not asked for). */
  | 'MESSAGE_DELIVERY'
  /** To ship, or to change the address. */
  | 'SHIPPING';

/** A new staff member of your shop. */
export type UserCreateInput = {
  /** Login email, unique over all shops. */
  email: string;
  /** Name shown to colleagues, 1–100 characters. */
  name: string;
  /** Initial password, 10–200 characters. */
  password: string;
  /** Department. */
  role: Role;
  /** Sales team (sales reps only). */
  teamId?: string | number | null | undefined;
};

/** Why a mutation refused its input. Business failures are data, not GraphQL errors. */
export type UserErrorCode =
  /** The follow-up is done or cancelled already; nothing was changed. */
  | 'ALREADY_COMPLETED'
  /** The customer was erased already. */
  | 'ALREADY_ERASED'
  /** The finding was answered already (once only). */
  | 'ALREADY_RESPONDED'
  /** The API token was revoked already. */
  | 'ALREADY_REVOKED'
  /** The registration entry was screened already. */
  | 'ALREADY_SCREENED'
  /** The audit check is closed (signed off); nothing in it can change. */
  | 'CHECK_CLOSED'
  /** The coupon was redeemed already. */
  | 'COUPON_ALREADY_REDEEMED'
  /** The coupon has expired. */
  | 'COUPON_EXPIRED'
  /** The coupon was revoked. */
  | 'COUPON_REVOKED'
  /** The customer has as many coupons of this template as allowed. */
  | 'CUSTOMER_LIMIT_REACHED'
  /** A customer with this platform and handle already exists; `existingId` names it. */
  | 'DUPLICATE_CUSTOMER'
  /** A user with this email already exists. */
  | 'DUPLICATE_EMAIL'
  /** Another record of your shop already has this name. */
  | 'DUPLICATE_NAME'
  /** The same platform order id appears twice in one import. */
  | 'DUPLICATE_ROW'
  /** The idempotency key was used before with a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The email or the password is wrong (which one is not said). */
  | 'INVALID_CREDENTIALS'
  /** A field has a value that is not allowed (see `field` and `message`). */
  | 'INVALID_INPUT'
  /** The user named does not have the role this needs (e.g. an owner must be a sales rep). */
  | 'INVALID_ROLE'
  /** The customer cannot be erased yet: an unpaid order, an open after-sales case, or a last order inside the shop's hold period; the message says which. */
  | 'LEGAL_HOLD'
  /** The order is below the coupon's minimum spend. */
  | 'MIN_SPEND_NOT_MET'
  /** Your role may not make this particular change. */
  | 'NOT_ALLOWED'
  /** The record does not exist in your shop, or you may not see it. */
  | 'NOT_FOUND'
  /** The team has no active sales rep to hand the customer to. */
  | 'NO_ACTIVE_REP'
  /** The coupon template has no coupons left. */
  | 'OUT_OF_STOCK'
  /** An empty registration sheet cannot be submitted. */
  | 'SHEET_EMPTY'
  /** The registration sheet was submitted; it can no longer change. */
  | 'SHEET_NOT_DRAFT'
  /** The registration sheet is still a draft; it is screened after submission. */
  | 'SHEET_NOT_SUBMITTED'
  /** Someone changed the record since you read it; reload and try again. */
  | 'STALE_VERSION'
  /** The coupon template is not active. */
  | 'TEMPLATE_INACTIVE'
  /** Higher tiers must need more and give more than lower ones. */
  | 'TIER_GRADIENT'
  /** The customer's tier is below the template's floor. */
  | 'TIER_TOO_LOW'
  /** A text field is longer than its limit. */
  | 'TOO_LONG'
  /** You unmasked as many contact details today as the shop allows; the attempt is in the access log. */
  | 'UNMASK_LIMIT_REACHED'
  /** The coupon belongs to another customer than the order. */
  | 'WRONG_CUSTOMER';

/** Which staff members to list. */
export type UserFilter = {
  /** Only active (true) or inactive (false) users. */
  active?: boolean | null | undefined;
  /** Only this department. */
  role?: Role | null | undefined;
  /** Only members of this team. */
  teamId?: string | number | null | undefined;
};

/** Changes to a staff member. Omitted fields stay as they are. */
export type UserUpdateInput = {
  /** false: the user can no longer sign in; their sessions and API tokens stop working at once. */
  active?: boolean | null | undefined;
  /** Name shown to colleagues. */
  name?: string | null | undefined;
  /** New password, 10–200 characters. */
  password?: string | null | undefined;
  /** Department. Leaving SALES also leaves the team. */
  role?: Role | null | undefined;
  /** Sales team; null takes the rep out of their team. */
  teamId?: string | number | null | undefined;
};

/** What a customer is worth (key, mid "waist", bottom), or new / churned. */
export type ValueSegment =
  /** Spent at most bottomMaxSpent. */
  | 'BOTTOM'
  /** Churned. */
  | 'CHURNED'
  /** At least keyMinOrders paid orders and keyMinSpent spent. */
  | 'KEY'
  /** Between bottom and key. */
  | 'MID'
  /** A prospect or a new buyer: too early to say. */
  | 'NEW';

/** Where a campaign wave is. */
export type WaveStatus =
  /** Its unsent messages were stopped. */
  | 'CANCELLED'
  /** Being prepared: audience and size can be previewed; nothing is decided yet. */
  | 'DRAFT'
  /** Its messages wait (none goes) until it is resumed. */
  | 'PAUSED'
  /** Its audience is snapshotted into the ledger; its messages go at the send time. */
  | 'SCHEDULED';

/** Where one event's delivery to one endpoint is. */
export type WebhookDeliveryStatus =
  /** Every attempt of the schedule failed, or the endpoint is disabled: dead-lettered; webhookEventReplay sends it again. */
  | 'DEAD'
  /** Waiting for its next attempt (`nextAttemptAt`). */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** A webhook endpoint to register or change (omitted fields stay as they are). */
export type WebhookEndpointInput = {
  /** What it is, for staff (at most 200 characters). */
  description?: string | null | undefined;
  /** false disables it (it gets nothing); true enables it again (after a 410, once the receiver is back). */
  enabled?: boolean | null | undefined;
  /** The event types it receives; empty: all. */
  eventTypes?: Array<WebhookEventType> | null | undefined;
  /** Where events are POSTed: https, or http to an address the server allows (WEBHOOK_TARGETS); private and loopback addresses are refused by default. */
  url?: string | null | undefined;
};

/** A kind of event the outbox delivers (its `type` in the payload is the value shown in each description). */
export type WebhookEventType =
  /** coupon.issued: a coupon was issued. */
  | 'COUPON_ISSUED'
  /** coupon.redeemed: a coupon was redeemed. */
  | 'COUPON_REDEEMED'
  /** customer.registered: a customer was registered. */
  | 'CUSTOMER_REGISTERED'
  /** follow_up.assigned: a follow-up was assigned to a rep. */
  | 'FOLLOW_UP_ASSIGNED'
  /** message.send: a message to deliver, with its text and the customer's address (the sender acts on it). */
  | 'MESSAGE_SEND'
  /** message.status: a message was delivered, failed, or stopped by a rule. */
  | 'MESSAGE_STATUS'
  /** order.imported: orders were imported or updated. */
  | 'ORDER_IMPORTED';

export type ReportFieldsFragment = { from: string, to: string, generatedAt: string, droppedCustomerCount: number, team: { name: string } | null, customerService: Array<{ entriesRegistered: number, sheetsDue: number, sheetsOnTime: number, sheetsLate: number, sheetsMissing: number, user: { email: string } | null }>, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, openNotYetDue: number, ordered: number, onTimeRate: number | null, conversionRate: number | null, user: { email: string } | null }>, droppedCustomers: Array<{ stage: CustomerStage, customer: { platformHandle: string } | null, owner: { email: string } | null }> };

export type ComplianceReportQueryVariables = Exact<{
  from: string;
  to: string;
  teamId?: string | number | null | undefined;
}>;


export type ComplianceReportQuery = { complianceReport: { from: string, to: string, generatedAt: string, droppedCustomerCount: number, team: { name: string } | null, customerService: Array<{ entriesRegistered: number, sheetsDue: number, sheetsOnTime: number, sheetsLate: number, sheetsMissing: number, user: { email: string } | null }>, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, openNotYetDue: number, ordered: number, onTimeRate: number | null, conversionRate: number | null, user: { email: string } | null }>, droppedCustomers: Array<{ stage: CustomerStage, customer: { platformHandle: string } | null, owner: { email: string } | null }> } };

export type AuditCheckCreateMutationVariables = Exact<{
  input: AuditCheckCreateInput;
}>;


export type AuditCheckCreateMutation = { auditCheckCreate: { auditCheck: { id: string, title: string, status: AuditCheckStatus, periodFrom: string, periodTo: string, findingCount: number, createdBy: { email: string }, team: { name: string } | null, report: { from: string, to: string, generatedAt: string, droppedCustomerCount: number, team: { name: string } | null, customerService: Array<{ entriesRegistered: number, sheetsDue: number, sheetsOnTime: number, sheetsLate: number, sheetsMissing: number, user: { email: string } | null }>, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, openNotYetDue: number, ordered: number, onTimeRate: number | null, conversionRate: number | null, user: { email: string } | null }>, droppedCustomers: Array<{ stage: CustomerStage, customer: { platformHandle: string } | null, owner: { email: string } | null }> } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuditCheckQueryVariables = Exact<{
  id: string | number;
}>;


export type AuditCheckQuery = { auditCheck: { id: string, title: string, status: AuditCheckStatus, closedAt: string | null, findingCount: number, closedBy: { email: string } | null, report: { from: string, to: string, generatedAt: string, droppedCustomerCount: number, team: { name: string } | null, customerService: Array<{ entriesRegistered: number, sheetsDue: number, sheetsOnTime: number, sheetsLate: number, sheetsMissing: number, user: { email: string } | null }>, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, openNotYetDue: number, ordered: number, onTimeRate: number | null, conversionRate: number | null, user: { email: string } | null }>, droppedCustomers: Array<{ stage: CustomerStage, customer: { platformHandle: string } | null, owner: { email: string } | null }> }, findings: { totalCount: number, edges: Array<{ node: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null, response: string | null, respondedAt: string | null, subjectUser: { email: string } | null, customer: { platformHandle: string } | null, correctiveTask: { id: string, kind: FollowUpKind, dueAt: string, assignee: { email: string } } | null, createdBy: { email: string } } }> } } | null };

export type AuditChecksQueryVariables = Exact<{
  filter?: AuditCheckFilter | null | undefined;
}>;


export type AuditChecksQuery = { auditChecks: { totalCount: number, edges: Array<{ node: { id: string, title: string, status: AuditCheckStatus, findingCount: number } }> } };

export type AuditFindingAddMutationVariables = Exact<{
  checkId: string | number;
  input: AuditFindingAddInput;
}>;


export type AuditFindingAddMutation = { auditFindingAdd: { auditFinding: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null, subjectUser: { email: string } | null, customer: { platformHandle: string } | null, correctiveTask: { id: string, kind: FollowUpKind, dueAt: string, note: string | null, assignee: { email: string } } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuditFindingRespondMutationVariables = Exact<{
  id: string | number;
  input: AuditFindingRespondInput;
}>;


export type AuditFindingRespondMutation = { auditFindingRespond: { auditFinding: { id: string, response: string | null, respondedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type AuditCheckCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type AuditCheckCloseMutation = { auditCheckClose: { auditCheck: { id: string, status: AuditCheckStatus, closedAt: string | null, closedBy: { email: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MyAuditFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAuditFindingsQuery = { viewer: { email: string, auditFindings: { totalCount: number, edges: Array<{ node: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null, response: string | null, check: { id: string } | null } }> } | null } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { id: string, action: AuditAction, entityType: string, entityId: string, at: string, requestId: string | null, actor: { email: string } | null, apiToken: { name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown, redacted: boolean }> } }> } };

export type CustomerHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerHistoryQuery = { customer: { id: string, history: { totalCount: number, edges: Array<{ node: { action: AuditAction, changes: Array<{ field: string, before: unknown, after: unknown }>, actor: { email: string } | null } }> } } | null };

export type FollowUpTaskHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowUpTaskHistoryQuery = { followUpTask: { id: string, history: { edges: Array<{ node: { action: AuditAction, changes: Array<{ field: string, before: unknown, after: unknown }>, actor: { email: string } | null } }> } } | null };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { token: string | null, viewer: { id: string, email: string, name: string, role: Role, isTeamLead: boolean, team: { id: string, name: string } | null, shop: { id: string, name: string, timezone: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, email: string, role: Role, team: { name: string } | null, shop: { name: string } } };

export type ApiTokenCreateMutationVariables = Exact<{
  input: ApiTokenCreateInput;
}>;


export type ApiTokenCreateMutation = { apiTokenCreate: { token: string | null, apiToken: { id: string, name: string, readOnly: boolean, expiresAt: string, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApiTokenRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiTokenRevokeMutation = { apiTokenRevoke: { apiToken: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: { totalCount: number, edges: Array<{ node: { id: string, name: string, readOnly: boolean, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { endedSessions: number | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type UserSessionsEndMutationVariables = Exact<{
  id: string | number;
}>;


export type UserSessionsEndMutation = { userSessionsEnd: { endedSessions: number | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type WaveFieldsFragment = { id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> };

export type CampaignCreateMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type CampaignCreateMutation = { campaignCreate: { campaign: { id: string, name: string, eventDate: string, holdoutShare: number, conversionDays: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWaveCreateMutationVariables = Exact<{
  campaignId: string | number;
  input: CampaignWaveInput;
}>;


export type CampaignWaveCreateMutation = { campaignWaveCreate: { wave: { id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWaveUpdateMutationVariables = Exact<{
  id: string | number;
  input: CampaignWaveInput;
}>;


export type CampaignWaveUpdateMutation = { campaignWaveUpdate: { wave: { id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWaveScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignWaveScheduleMutation = { campaignWaveSchedule: { wave: { id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWavePauseMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignWavePauseMutation = { campaignWavePause: { wave: { id: string, status: WaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWaveResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignWaveResumeMutation = { campaignWaveResume: { wave: { id: string, status: WaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWaveCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type CampaignWaveCancelMutation = { campaignWaveCancel: { wave: { id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CampaignWavePreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type CampaignWavePreviewQuery = { campaignWavePreview: { matching: number, excludedByTag: number, recentlyMessaged: number, withoutConsent: number, optedOut: number, snapshot: number, expectedHoldout: number } };

export type CampaignsQueryVariables = Exact<{ [key: string]: never; }>;


export type CampaignsQuery = { campaigns: { edges: Array<{ node: { id: string, name: string, eventDate: string, waves: Array<{ id: string, name: string, offsetDays: number, sendFrom: string, sendUntil: string, status: WaveStatus, sendsAt: string, sendEndsAt: string, scheduledAt: string | null, audienceSize: number | null, holdoutSize: number | null, priority: number, reevaluateAtSend: boolean, excludeTags: Array<string>, excludeMessagedWithinHours: number | null, audience: Record<string, unknown>, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> }> } }> } };

export type CampaignLiftQueryVariables = Exact<{
  campaignId: string | number;
  waveId?: string | number | null | undefined;
}>;


export type CampaignLiftQuery = { campaignLift: { sentCustomers: number, sentConverted: number, holdoutCustomers: number, holdoutConverted: number, sentRate: number | null, holdoutRate: number | null, lift: number | null, liftLow: number | null, liftHigh: number | null, significant: boolean } };

export type OrderImportMutationVariables = Exact<{
  input: OrderImportInput;
}>;


export type OrderImportMutation = { orderImport: { imported: number | null, created: number | null, updated: number | null, rowErrors: Array<{ row: number, field: Array<string> | null, code: UserErrorCode, message: string }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type OrderUpdateMutationVariables = Exact<{
  id: string | number;
  input: OrderUpdateInput;
}>;


export type OrderUpdateMutation = { orderUpdate: { order: { id: string, status: OrderStatus, amount: number, paidAt: string | null, review: OrderReview | null, outOfStock: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerCommerceQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerCommerceQuery = { customer: { id: string, platformHandle: string, paidOrderCount: number, totalSpent: unknown, firstPaidAt: string | null, lastPaidAt: string | null, averageOrderValue: number | null, segment: { lifecycle: Lifecycle, value: ValueSegment, reasons: Array<string> }, tier: { name: string, rank: number } | null, tierHistory: Array<{ reason: string, fromTier: { name: string } | null, toTier: { name: string } | null }>, orders: { totalCount: number, edges: Array<{ node: { id: string, platformOrderId: string, amount: number, currency: string, status: OrderStatus, review: OrderReview | null, outOfStock: boolean } }> }, coupons: Array<{ id: string, code: string, status: CouponStatus, discountValue: number }> } | null };

export type CustomersCommerceQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CustomersCommerceQuery = { customers: { totalCount: number, edges: Array<{ node: { id: string, platformHandle: string, paidOrderCount: number, totalSpent: unknown, segment: { lifecycle: Lifecycle, value: ValueSegment }, tier: { name: string } | null, coupons: Array<{ code: string, status: CouponStatus }> } }> } };

export type SegmentCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type SegmentCountsQuery = { segmentCounts: { lifecycle: Array<{ segment: Lifecycle, count: number }>, value: Array<{ segment: ValueSegment, count: number }> } };

export type SegmentPolicyUpdateMutationVariables = Exact<{
  input: SegmentPolicyInput;
}>;


export type SegmentPolicyUpdateMutation = { segmentPolicyUpdate: { segmentPolicy: { activeDays: number, sleepingDays: number, churnDays: number, keyMinOrders: number, keyMinSpent: number, bottomMaxSpent: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipTierUpsertMutationVariables = Exact<{
  input: MembershipTierUpsertInput;
}>;


export type MembershipTierUpsertMutation = { membershipTierUpsert: { membershipTier: { id: string, name: string, rank: number, minPaidOrders: number, minSpent: number, windowDays: number, discountPercent: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MembershipTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipTiersQuery = { membershipTiers: Array<{ id: string, name: string, rank: number, discountPercent: number }> };

export type MembershipTiersRecomputeMutationVariables = Exact<{ [key: string]: never; }>;


export type MembershipTiersRecomputeMutation = { membershipTiersRecompute: { changed: number | null, userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type CouponTemplateCreateMutationVariables = Exact<{
  input: CouponTemplateInput;
}>;


export type CouponTemplateCreateMutation = { couponTemplateCreate: { couponTemplate: { id: string, name: string, purpose: CouponPurpose, discountType: DiscountType, discountValue: number, minSpend: number, validDays: number | null, validUntil: string | null, minTierRank: number | null, totalQuantity: number | null, issuedCount: number, perCustomerLimit: number, active: boolean, tierDiscounts: Array<{ value: number, tier: { name: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CouponTemplateUpdateMutationVariables = Exact<{
  id: string | number;
  input: CouponTemplateInput;
}>;


export type CouponTemplateUpdateMutation = { couponTemplateUpdate: { couponTemplate: { id: string, active: boolean, issuedCount: number, totalQuantity: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CouponIssueMutationVariables = Exact<{
  input: CouponIssueInput;
}>;


export type CouponIssueMutation = { couponIssue: { coupon: { id: string, code: string, status: CouponStatus, discountType: DiscountType, discountValue: number, minSpend: number, expiresAt: string | null, customer: { platformHandle: string } | null, template: { name: string } | null, issuedBy: { email: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CouponRedeemMutationVariables = Exact<{
  input: CouponRedeemInput;
}>;


export type CouponRedeemMutation = { couponRedeem: { discountApplied: number | null, coupon: { id: string, status: CouponStatus, redeemedAt: string | null, discountApplied: number | null, order: { platformOrderId: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CouponRevokeMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type CouponRevokeMutation = { couponRevoke: { coupon: { id: string, status: CouponStatus, revokedAt: string | null, revokeReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CouponsQueryVariables = Exact<{
  filter?: CouponFilter | null | undefined;
}>;


export type CouponsQuery = { coupons: { totalCount: number, edges: Array<{ node: { id: string, code: string, status: CouponStatus, customer: { platformHandle: string } | null } }> } };

export type ConversationLogMutationVariables = Exact<{
  input: ConversationLogInput;
}>;


export type ConversationLogMutation = { conversationLog: { conversation: { id: string, externalId: string, startedAt: string, firstResponseSeconds: number | null, responses: number, responseSecondsTotal: number, countedRounds: number, fastRounds: number, converted: boolean, convertedOrder: { platformOrderId: string } | null, agent: { email: string }, customer: { platformHandle: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ConversationsQueryVariables = Exact<{
  filter?: ConversationFilter | null | undefined;
}>;


export type ConversationsQuery = { conversations: { edges: Array<{ node: { id: string, externalId: string, converted: boolean, reviewVerdict: ReviewVerdict | null, reviewNote: string | null, reviewedBy: { email: string } | null, agent: { email: string } } }> } };

export type ConversationReviewMutationVariables = Exact<{
  input: ConversationReviewInput;
}>;


export type ConversationReviewMutation = { conversationReview: { conversation: { id: string, reviewVerdict: ReviewVerdict | null, reviewNote: string | null, reviewedAt: string | null, reviewedBy: { email: string } | null } | null, auditFinding: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerFieldsFragment = { id: string, platform: Platform, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, region: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, createdBy: { id: string, name: string } | null };

export type CustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerQuery = { customer: { id: string, platform: Platform, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, region: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, createdBy: { id: string, name: string } | null } | null };

export type CustomersQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, platform: Platform, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, region: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, createdBy: { id: string, name: string } | null } }> } };

export type CustomersWithOwnerTeamQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomersWithOwnerTeamQuery = { customers: { edges: Array<{ node: { id: string, owner: { name: string, team: { name: string } | null } | null, createdBy: { name: string } | null } }> } };

export type CustomerCreateMutationVariables = Exact<{
  input: CustomerCreateInput;
}>;


export type CustomerCreateMutation = { customerCreate: { customer: { id: string, platform: Platform, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, region: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, createdBy: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string, existingId: string | null }> } };

export type CustomerUpdateMutationVariables = Exact<{
  id: string | number;
  input: CustomerUpdateInput;
}>;


export type CustomerUpdateMutation = { customerUpdate: { customer: { id: string, platform: Platform, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, region: string | null, tags: Array<string>, notes: string | null, version: number, createdAt: string, updatedAt: string, owner: { id: string, name: string } | null, createdBy: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ApiToken', name: string, id: string }
    | { __typename: 'AuditCheck', id: string }
    | { __typename: 'AuditFinding', id: string }
    | { __typename: 'BulkImport', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'CampaignWave', id: string }
    | { __typename: 'CareRule', id: string }
    | { __typename: 'Conversation', id: string }
    | { __typename: 'Coupon', id: string }
    | { __typename: 'CouponTemplate', id: string }
    | { __typename: 'Customer', platformHandle: string, id: string, owner: { name: string } | null }
    | { __typename: 'FollowUpTask', id: string }
    | { __typename: 'KpiIncident', id: string }
    | { __typename: 'MembershipTier', id: string }
    | { __typename: 'Message', id: string }
    | { __typename: 'MessageTemplate', id: string }
    | { __typename: 'Order', id: string }
    | { __typename: 'Promotion', id: string }
    | { __typename: 'RegistrationEntry', id: string }
    | { __typename: 'RegistrationSheet', id: string }
    | { __typename: 'SalesTeam', name: string, id: string }
    | { __typename: 'Shop', name: string, id: string }
    | { __typename: 'User', email: string, id: string }
    | { __typename: 'WebhookEndpoint', id: string }
    | { __typename: 'WebhookEvent', id: string }
   | null };

export type CustomerContactQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerContactQuery = { customer: { id: string, phone: string | null, wechatId: string | null, realName: string | null, shippingAddress: string | null } | null };

export type CustomerContactUnmaskMutationVariables = Exact<{
  customerId: string | number;
  field: ContactField;
  purpose: UnmaskPurpose;
}>;


export type CustomerContactUnmaskMutation = { customerContactUnmask: { field: ContactField | null, value: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ContactAccessLogQueryVariables = Exact<{
  filter?: ContactAccessFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ContactAccessLogQuery = { contactAccessLog: { totalCount: number, edges: Array<{ node: { field: ContactField, purpose: UnmaskPurpose, granted: boolean, refusal: string | null, requestId: string | null, createdAt: string, user: { email: string } | null, customer: { id: string } | null } }> } };

export type CustomerDataExportMutationVariables = Exact<{
  id: string | number;
}>;


export type CustomerDataExportMutation = { customerDataExport: { document: Record<string, unknown> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ShopDataKeyRotateMutationVariables = Exact<{ [key: string]: never; }>;


export type ShopDataKeyRotateMutation = { shopDataKeyRotate: { version: number | null, rewrapped: number | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerMatchesQueryVariables = Exact<{
  platform: Platform;
  platformHandle?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type CustomerMatchesQuery = { customerMatches: Array<{ matchedBy: Array<string>, customer: { id: string, platformHandle: string, phone: string | null } }> };

export type CustomerSearchQueryVariables = Exact<{
  search: string;
}>;


export type CustomerSearchQuery = { customers: { edges: Array<{ node: { id: string, platformHandle: string, phone: string | null } }> } };

export type CustomerEraseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CustomerEraseMutation = { customerErase: { customer: { id: string, platformHandle: string, displayName: string, phone: string | null, wechatId: string | null, realName: string | null, shippingAddress: string | null, erasedAt: string | null, erasureReason: string | null, paidOrderCount: number, totalSpent: unknown } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CustomerErasuresQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type CustomerErasuresQuery = { customerErasures: { totalCount: number, edges: Array<{ node: { id: string, platformHandle: string, erasedAt: string | null, erasureReason: string | null, erasedBy: { email: string } | null } }> } };

export type ExportLinkCreateMutationVariables = Exact<{
  input: ExportLinkCreateInput;
}>;


export type ExportLinkCreateMutation = { exportLinkCreate: { link: { url: string, expiresAt: string, fileName: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type KpiDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type KpiDefinitionsQuery = { kpiDefinitions: Array<{ key: KpiKey, name: string, formula: string, unit: KpiUnit, higherIsBetter: boolean, scopes: Array<KpiScope>, anomalyWatched: boolean }> };

export type KpisQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: KpiGranularity;
  compareTo: KpiComparison;
  scope?: KpiScope | null | undefined;
  teamId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type KpisQuery = { kpis: { scope: KpiScope, granularity: KpiGranularity, compareTo: KpiComparison, timezone: string, series: Array<{ definition: { key: KpiKey, unit: KpiUnit, higherIsBetter: boolean }, points: Array<{ periodStart: string, value: number | null, comparisonPeriodStart: string, comparisonValue: number | null, change: number | null, relativeChange: number | null, flag: { status: KpiFlagStatus, expected: number | null, low: number | null, high: number | null, robustZ: number | null, method: string | null } | null }> }> } };

export type PromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PromotionsQuery = { promotions: { edges: Array<{ node: { id: string, name: string, startsOn: string, endsOn: string } }> } };

export type PromotionAddMutationVariables = Exact<{
  input: PromotionInput;
}>;


export type PromotionAddMutation = { promotionAdd: { promotion: { id: string, name: string, startsOn: string, endsOn: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type PromotionRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type PromotionRemoveMutation = { promotionRemove: { removedId: string | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type KpiIncidentsQueryVariables = Exact<{
  acknowledged?: boolean | null | undefined;
}>;


export type KpiIncidentsQuery = { kpiIncidents: { edges: Array<{ node: { id: string, kpi: KpiKey, firstDay: string, lastDay: string, worstDay: string, value: number, expected: number, low: number, high: number, robustZ: number, method: string, acknowledgedAt: string | null, note: string | null, acknowledgedBy: { email: string } | null } }> } };

export type KpiIncidentAcknowledgeMutationVariables = Exact<{
  input: KpiIncidentAcknowledgeInput;
}>;


export type KpiIncidentAcknowledgeMutation = { kpiIncidentAcknowledge: { incident: { id: string, acknowledgedAt: string | null, note: string | null, acknowledgedBy: { email: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type KpisColumnsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: KpiGranularity;
  compareTo: KpiComparison;
  keys?: Array<KpiKey> | KpiKey | null | undefined;
}>;


export type KpisColumnsQuery = { kpis: { periodStarts: Array<string>, comparisonPeriodStarts: Array<string>, series: Array<{ values: Array<number | null>, comparisonValues: Array<number | null>, definition: { key: KpiKey }, points: Array<{ periodStart: string, value: number | null, comparisonPeriodStart: string, comparisonValue: number | null }> }> } };

export type TaskFieldsFragment = { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null };

export type RegistrationEntryAddMutationVariables = Exact<{
  input: RegistrationEntryAddInput;
}>;


export type RegistrationEntryAddMutation = { registrationEntryAdd: { entry: { id: string, kind: EntryKind, productWanted: string | null, prospectNotes: Array<ProspectNote>, notes: string | null, purchaseAmount: number | null, customer: { id: string, platformHandle: string, stage: CustomerStage, createdBy: { email: string } | null } | null, suggestedOwner: { email: string } | null } | null, sheet: { id: string, status: SheetStatus, periodStart: string, periodEnd: string, entryCount: number, author: { email: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RegistrationEntryUpdateMutationVariables = Exact<{
  id: string | number;
  input: RegistrationEntryDetailsInput;
}>;


export type RegistrationEntryUpdateMutation = { registrationEntryUpdate: { entry: { id: string, notes: string | null, productWanted: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RegistrationEntryRemoveMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationEntryRemoveMutation = { registrationEntryRemove: { removedEntryId: string | null, sheet: { id: string, entryCount: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RegistrationSheetSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type RegistrationSheetSubmitMutation = { registrationSheetSubmit: { sheet: { id: string, status: SheetStatus, submittedAt: string | null, late: boolean, entryCount: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RegistrationSheetsQueryVariables = Exact<{
  filter?: RegistrationSheetFilter | null | undefined;
}>;


export type RegistrationSheetsQuery = { registrationSheets: { totalCount: number, edges: Array<{ node: { id: string, status: SheetStatus, late: boolean, entryCount: number, screenedCount: number, author: { email: string }, entries: { totalCount: number, edges: Array<{ node: { id: string, intent: Intent | null } }> } } }> } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: RegistrationEntryFilter | null | undefined;
}>;


export type ReviewQueueQuery = { registrationEntries: { totalCount: number, edges: Array<{ node: { id: string, kind: EntryKind, intent: Intent | null, screenedAt: string | null, customer: { platformHandle: string } | null, sheet: { id: string, status: SheetStatus } } }> } };

export type RegistrationEntryScreenMutationVariables = Exact<{
  id: string | number;
  input: RegistrationEntryScreenInput;
}>;


export type RegistrationEntryScreenMutation = { registrationEntryScreen: { entry: { id: string, intent: Intent | null, screenedAt: string | null, screeningNote: string | null, assignedTo: { id: string, email: string } | null, screenedBy: { email: string } | null, customer: { id: string, stage: CustomerStage, owner: { email: string } | null } | null, sheet: { status: SheetStatus, screenedCount: number } } | null, followUpTask: { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type RegistrationEntriesScreenMutationVariables = Exact<{
  input: RegistrationEntriesScreenInput;
}>;


export type RegistrationEntriesScreenMutation = { registrationEntriesScreen: { results: Array<{ entryId: string | null, entry: { id: string, intent: Intent | null, assignedTo: { email: string } | null } | null, followUpTask: { id: string, assignee: { email: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FollowUpTasksQueryVariables = Exact<{
  filter?: FollowUpTaskFilter | null | undefined;
  orderBy?: FollowUpTaskOrderBy | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FollowUpTasksQuery = { followUpTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null } }> } };

export type RepQueueQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RepQueueQuery = { followUpTasks: { edges: Array<{ node: { id: string, dueAt: string, kind: FollowUpKind, note: string | null, customer: { platformHandle: string, stage: CustomerStage, owner: { name: string } | null } | null, assignee: { name: string } } }> } };

export type FollowUpTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowUpTaskQuery = { followUpTask: { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null } | null };

export type FollowUpTaskCompleteMutationVariables = Exact<{
  id: string | number;
  input: FollowUpTaskCompleteInput;
}>;


export type FollowUpTaskCompleteMutation = { followUpTaskComplete: { task: { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null } | null, nextTask: { id: string, kind: FollowUpKind, cycle: number, retryStreak: number, dueAt: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, completedAt: string | null, onTime: boolean | null, overdue: boolean, assignee: { id: string, email: string }, customer: { id: string, platformHandle: string, stage: CustomerStage } | null, previous: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type FollowUpPolicyUpdateMutationVariables = Exact<{
  input: FollowUpPolicyInput;
}>;


export type FollowUpPolicyUpdateMutation = { followUpPolicyUpdate: { followUpPolicy: { firstCycleDays: number, retryCycleDays: number, revisitCycleDays: number, maxRetryCycles: number, reclaimToPool: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerLoopQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerLoopQuery = { customer: { id: string, stage: CustomerStage, convertedAt: string | null, openFollowUpCount: number, owner: { email: string } | null, currentFollowUp: { id: string, kind: FollowUpKind, dueAt: string } | null, followUps: { totalCount: number, edges: Array<{ node: { id: string, kind: FollowUpKind, status: FollowUpStatus, outcome: FollowUpOutcome | null, note: string | null } }> }, ownershipHistory: { totalCount: number, edges: Array<{ node: { reason: OwnershipReason, note: string | null, at: string, fromUser: { email: string } | null, toUser: { email: string } | null, by: { email: string } | null } }> } } | null };

export type CustomerStageQueryVariables = Exact<{
  id: string | number;
}>;


export type CustomerStageQuery = { customer: { id: string, stage: CustomerStage } | null };

export type CustomerTransferMutationVariables = Exact<{
  id: string | number;
  input: CustomerTransferInput;
}>;


export type CustomerTransferMutation = { customerTransfer: { customer: { id: string, stage: CustomerStage, owner: { email: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ViewerSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerSummaryQuery = { viewer: { email: string, followUpSummary: { dueToday: number, overdue: number, upcoming: number } | null, shop: { sheetGraceHours: number, followUpPolicy: { firstCycleDays: number } } } };

export type MessageTemplateCreateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type MessageTemplateCreateMutation = { messageTemplateCreate: { messageTemplate: { id: string, name: string, channel: MessageChannel, body: string, signed: boolean, variables: Array<string>, preview: string, length: number, smsSegments: number | null, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MessageTemplateUpdateMutationVariables = Exact<{
  id: string | number;
  input: MessageTemplateInput;
}>;


export type MessageTemplateUpdateMutation = { messageTemplateUpdate: { messageTemplate: { id: string, name: string, body: string, variables: Array<string>, preview: string, smsSegments: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MessageTemplateArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type MessageTemplateArchiveMutation = { messageTemplateArchive: { messageTemplate: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type MessageTemplatesQueryVariables = Exact<{
  channel?: MessageChannel | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type MessageTemplatesQuery = { messageTemplates: { edges: Array<{ node: { id: string, name: string, channel: MessageChannel } }> } };

export type MessageTemplateVariablesQueryVariables = Exact<{ [key: string]: never; }>;


export type MessageTemplateVariablesQuery = { messageTemplateVariables: Array<{ placeholder: string, description: string, sample: string }> };

export type MessageFieldsFragment = { id: string, origin: MessageOrigin, purpose: MessagePurpose, channel: MessageChannel, status: MessageStatus, rule: MessageRule | null, detail: string | null, dueAt: string, handedOverAt: string | null, reportedAt: string | null, failure: string | null, body: string | null, decisions: Array<{ at: string, status: MessageStatus, rule: MessageRule, detail: string }>, customer: { id: string, displayName: string, marketingConsent: ConsentStatus } | null, coupon: { id: string, code: string, discountValue: number } | null };

export type MessageSendMutationVariables = Exact<{
  input: MessageSendInput;
}>;


export type MessageSendMutation = { messageSend: { message: { id: string, origin: MessageOrigin, purpose: MessagePurpose, channel: MessageChannel, status: MessageStatus, rule: MessageRule | null, detail: string | null, dueAt: string, handedOverAt: string | null, reportedAt: string | null, failure: string | null, body: string | null, decisions: Array<{ at: string, status: MessageStatus, rule: MessageRule, detail: string }>, customer: { id: string, displayName: string, marketingConsent: ConsentStatus } | null, coupon: { id: string, code: string, discountValue: number } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type MessageReportMutationVariables = Exact<{
  input: MessageReportInput;
}>;


export type MessageReportMutation = { messageReport: { message: { id: string, origin: MessageOrigin, purpose: MessagePurpose, channel: MessageChannel, status: MessageStatus, rule: MessageRule | null, detail: string | null, dueAt: string, handedOverAt: string | null, reportedAt: string | null, failure: string | null, body: string | null, decisions: Array<{ at: string, status: MessageStatus, rule: MessageRule, detail: string }>, customer: { id: string, displayName: string, marketingConsent: ConsentStatus } | null, coupon: { id: string, code: string, discountValue: number } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerConsentRecordMutationVariables = Exact<{
  customerId: string | number;
  input: ConsentRecordInput;
}>;


export type CustomerConsentRecordMutation = { customerConsentRecord: { customer: { id: string, marketingConsent: ConsentStatus } | null, consent: { granted: boolean, source: ConsentSource, evidence: string, createdAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CustomerConsentsQueryVariables = Exact<{
  customerId: string | number;
}>;


export type CustomerConsentsQuery = { customerConsents: Array<{ granted: boolean, source: ConsentSource, evidence: string, createdAt: string }> };

export type MessageDecisionsQueryVariables = Exact<{
  customerId: string | number;
  first?: number | null | undefined;
}>;


export type MessageDecisionsQuery = { messageDecisions: { totalCount: number, edges: Array<{ node: { id: string, origin: MessageOrigin, purpose: MessagePurpose, channel: MessageChannel, status: MessageStatus, rule: MessageRule | null, detail: string | null, dueAt: string, handedOverAt: string | null, reportedAt: string | null, failure: string | null, body: string | null, decisions: Array<{ at: string, status: MessageStatus, rule: MessageRule, detail: string }>, customer: { id: string, displayName: string, marketingConsent: ConsentStatus } | null, coupon: { id: string, code: string, discountValue: number } | null } }> } };

export type ShopSendSettingsMutationVariables = Exact<{
  input: ShopUpdateInput;
}>;


export type ShopSendSettingsMutation = { shopUpdate: { shop: { id: string, marketingCapPerDay: number, marketingCapPerWeek: number, transactionalCapPerDay: number, transactionalCapPerWeek: number, quietHoursFrom: string, quietHoursUntil: string, openQuietHoursOnPromotionDays: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type WebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, disabledAt: string | null, disabledReason: string | null, previousSecretExpiresAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointUpdateMutationVariables = Exact<{
  id: string | number;
  input: WebhookEndpointInput;
}>;


export type WebhookEndpointUpdateMutation = { webhookEndpointUpdate: { webhookEndpoint: { id: string, url: string, eventTypes: Array<WebhookEventType>, disabledAt: string | null, disabledReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type WebhookEndpointSecretRotateMutationVariables = Exact<{
  id: string | number;
}>;


export type WebhookEndpointSecretRotateMutation = { webhookEndpointSecretRotate: { secret: string | null, webhookEndpoint: { id: string, previousSecretExpiresAt: string | null } | null, userErrors: Array<{ code: UserErrorCode }> } };

export type WebhookEndpointsQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookEndpointsQuery = { webhookEndpoints: { edges: Array<{ node: { id: string, url: string, disabledAt: string | null } }> } };

export type WebhookEventsQueryVariables = Exact<{
  type?: WebhookEventType | null | undefined;
  deadOnly?: boolean | null | undefined;
}>;


export type WebhookEventsQuery = { webhookEvents: { totalCount: number, edges: Array<{ node: { id: string, webhookId: string, type: WebhookEventType, payload: Record<string, unknown>, createdAt: string, deliveries: Array<{ status: WebhookDeliveryStatus, attempts: number, lastStatus: number | null, lastError: string | null, nextAttemptAt: string, succeededAt: string | null, endpoint: { id: string, url: string } | null }> } }> } };

export type WebhookEventReplayMutationVariables = Exact<{
  id: string | number;
  endpointId?: string | number | null | undefined;
}>;


export type WebhookEventReplayMutation = { webhookEventReplay: { webhookEvent: { id: string, webhookId: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CareRuleSetMutationVariables = Exact<{
  input: CareRuleInput;
}>;


export type CareRuleSetMutation = { careRuleSet: { careRule: { id: string, kind: CareKind, enabled: boolean, delayHours: number, thresholdDays: number, template: { id: string, name: string } | null, couponTemplate: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type CareRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type CareRulesQuery = { careRules: Array<{ id: string, kind: CareKind, enabled: boolean, delayHours: number, thresholdDays: number }> };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, email: string, name: string, role: Role, active: boolean, isTeamLead: boolean, team: { id: string, name: string } | null } }> } };

export type UserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type UserCreateMutation = { userCreate: { user: { id: string, email: string, name: string, role: Role, active: boolean, team: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type UserUpdateMutationVariables = Exact<{
  id: string | number;
  input: UserUpdateInput;
}>;


export type UserUpdateMutation = { userUpdate: { user: { id: string, email: string, name: string, role: Role, active: boolean, isTeamLead: boolean, team: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SalesTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SalesTeamsQuery = { salesTeams: { totalCount: number, edges: Array<{ node: { id: string, name: string, lead: { id: string, email: string } | null, members: Array<{ id: string, email: string }> } }> } };

export type SalesTeamCreateMutationVariables = Exact<{
  input: SalesTeamCreateInput;
}>;


export type SalesTeamCreateMutation = { salesTeamCreate: { salesTeam: { id: string, name: string, lead: { id: string, email: string } | null, members: Array<{ id: string, email: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type SalesTeamUpdateMutationVariables = Exact<{
  id: string | number;
  input: SalesTeamUpdateInput;
}>;


export type SalesTeamUpdateMutation = { salesTeamUpdate: { salesTeam: { id: string, name: string, lead: { id: string, email: string } | null, members: Array<{ id: string, email: string }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ShopUpdateMutationVariables = Exact<{
  input: ShopUpdateInput;
}>;


export type ShopUpdateMutation = { shopUpdate: { shop: { id: string, name: string, timezone: string, currency: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entriesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsDue"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsLate"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsMissing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const WaveFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<WaveFieldsFragment, unknown>;
export const CustomerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"retryStreak"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const MessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]} as unknown as DocumentNode<MessageFieldsFragment, unknown>;
export const ComplianceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplianceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entriesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsDue"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsLate"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsMissing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}}]}}]} as unknown as DocumentNode<ComplianceReportQuery, ComplianceReportQueryVariables>;
export const AuditCheckCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCheckCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entriesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsDue"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsLate"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsMissing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}}]}}]} as unknown as DocumentNode<AuditCheckCreateMutation, AuditCheckCreateMutationVariables>;
export const AuditCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subjectUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customerService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entriesRegistered"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsDue"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsLate"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsMissing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}}]}}]} as unknown as DocumentNode<AuditCheckQuery, AuditCheckQueryVariables>;
export const AuditChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditChecksQuery, AuditChecksQueryVariables>;
export const AuditFindingAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditFindingAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFindingAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindingAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFinding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"subjectUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuditFindingAddMutation, AuditFindingAddMutationVariables>;
export const AuditFindingRespondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditFindingRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFindingRespondInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindingRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFinding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuditFindingRespondMutation, AuditFindingRespondMutationVariables>;
export const AuditCheckCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuditCheckClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AuditCheckCloseMutation, AuditCheckCloseMutationVariables>;
export const MyAuditFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAuditFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAuditFindingsQuery, MyAuditFindingsQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const CustomerHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerHistoryQuery, CustomerHistoryQueryVariables>;
export const FollowUpTaskHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpTaskHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpTaskHistoryQuery, FollowUpTaskHistoryQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiTokenCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiTokenCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenCreateMutation, ApiTokenCreateMutationVariables>;
export const ApiTokenRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiTokenRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokenRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokenRevokeMutation, ApiTokenRevokeMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"readOnly"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UserSessionsEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserSessionsEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSessionsEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserSessionsEndMutation, UserSessionsEndMutationVariables>;
export const CampaignCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutShare"}},{"kind":"Field","name":{"kind":"Name","value":"conversionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignCreateMutation, CampaignCreateMutationVariables>;
export const CampaignWaveCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWaveCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignWaveCreateMutation, CampaignWaveCreateMutationVariables>;
export const CampaignWaveUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWaveUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignWaveUpdateMutation, CampaignWaveUpdateMutationVariables>;
export const CampaignWaveScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWaveSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignWaveScheduleMutation, CampaignWaveScheduleMutationVariables>;
export const CampaignWavePauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWavePause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWavePause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignWavePauseMutation, CampaignWavePauseMutationVariables>;
export const CampaignWaveResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWaveResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignWaveResumeMutation, CampaignWaveResumeMutationVariables>;
export const CampaignWaveCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CampaignWaveCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaveFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignWaveCancelMutation, CampaignWaveCancelMutationVariables>;
export const CampaignWavePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignWavePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWavePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"excludedByTag"}},{"kind":"Field","name":{"kind":"Name","value":"recentlyMessaged"}},{"kind":"Field","name":{"kind":"Name","value":"withoutConsent"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHoldout"}}]}}]}}]} as unknown as DocumentNode<CampaignWavePreviewQuery, CampaignWavePreviewQueryVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WaveFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WaveFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWave"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sendEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"reevaluateAtSend"}},{"kind":"Field","name":{"kind":"Name","value":"excludeTags"}},{"kind":"Field","name":{"kind":"Name","value":"excludeMessagedWithinHours"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignLiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignLift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"waveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignLift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"waveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"waveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"sentConverted"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutConverted"}},{"kind":"Field","name":{"kind":"Name","value":"sentRate"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"liftLow"}},{"kind":"Field","name":{"kind":"Name","value":"liftHigh"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<CampaignLiftQuery, CampaignLiftQueryVariables>;
export const OrderImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"rowErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderImportMutation, OrderImportMutationVariables>;
export const OrderUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"outOfStock"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderUpdateMutation, OrderUpdateMutationVariables>;
export const CustomerCommerceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerCommerce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"firstPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageOrderValue"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"outOfStock"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerCommerceQuery, CustomerCommerceQueryVariables>;
export const CustomersCommerceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersCommerce"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersCommerceQuery, CustomersCommerceQueryVariables>;
export const SegmentCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SegmentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentCountsQuery, SegmentCountsQueryVariables>;
export const SegmentPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SegmentPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeDays"}},{"kind":"Field","name":{"kind":"Name","value":"sleepingDays"}},{"kind":"Field","name":{"kind":"Name","value":"churnDays"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinOrders"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinSpent"}},{"kind":"Field","name":{"kind":"Name","value":"bottomMaxSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SegmentPolicyUpdateMutation, SegmentPolicyUpdateMutationVariables>;
export const MembershipTierUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipTierUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTierUpsertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTierUpsert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"minPaidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"minSpent"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipTierUpsertMutation, MembershipTierUpsertMutationVariables>;
export const MembershipTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}}]}}]} as unknown as DocumentNode<MembershipTiersQuery, MembershipTiersQueryVariables>;
export const MembershipTiersRecomputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembershipTiersRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTiersRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MembershipTiersRecomputeMutation, MembershipTiersRecomputeMutationVariables>;
export const CouponTemplateCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponTemplateCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplateCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"minTierRank"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"tierDiscounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouponTemplateCreateMutation, CouponTemplateCreateMutationVariables>;
export const CouponTemplateUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponTemplateUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplateUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouponTemplateUpdateMutation, CouponTemplateUpdateMutationVariables>;
export const CouponIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouponIssueMutation, CouponIssueMutationVariables>;
export const CouponRedeemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponRedeem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponRedeemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponRedeem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedAt"}},{"kind":"Field","name":{"kind":"Name","value":"discountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformOrderId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"discountApplied"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouponRedeemMutation, CouponRedeemMutationVariables>;
export const CouponRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CouponRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CouponRevokeMutation, CouponRevokeMutationVariables>;
export const CouponsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coupons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CouponsQuery, CouponsQueryVariables>;
export const ConversationLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationLogInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"responseSecondsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"countedRounds"}},{"kind":"Field","name":{"kind":"Name","value":"fastRounds"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"convertedOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformOrderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationLogMutation, ConversationLogMutationVariables>;
export const ConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"converted"}},{"kind":"Field","name":{"kind":"Name","value":"reviewVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConversationReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConversationReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversationReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conversation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewVerdict"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditFinding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ConversationReviewMutation, ConversationReviewMutationVariables>;
export const CustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerQuery, CustomerQueryVariables>;
export const CustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomersQuery, CustomersQueryVariables>;
export const CustomersWithOwnerTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersWithOwnerTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersWithOwnerTeamQuery, CustomersWithOwnerTeamQueryVariables>;
export const CustomerCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerCreateMutation, CustomerCreateMutationVariables>;
export const CustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomerFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CustomerUpdateMutation, CustomerUpdateMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Customer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Shop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const CustomerContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"}}]}}]}}]} as unknown as DocumentNode<CustomerContactQuery, CustomerContactQueryVariables>;
export const CustomerContactUnmaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerContactUnmask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnmaskPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerContactUnmask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerContactUnmaskMutation, CustomerContactUnmaskMutationVariables>;
export const ContactAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAccessFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactAccessLogQuery, ContactAccessLogQueryVariables>;
export const CustomerDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerDataExportMutation, CustomerDataExportMutationVariables>;
export const ShopDataKeyRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopDataKeyRotate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopDataKeyRotate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rewrapped"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ShopDataKeyRotateMutation, ShopDataKeyRotateMutationVariables>;
export const CustomerMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platformHandle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phone"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"platformHandle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platformHandle"}}},{"kind":"Argument","name":{"kind":"Name","value":"phone"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phone"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerMatchesQuery, CustomerMatchesQueryVariables>;
export const CustomerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerSearchQuery, CustomerSearchQueryVariables>;
export const CustomerEraseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerErase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerErase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasureReason"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerEraseMutation, CustomerEraseMutationVariables>;
export const CustomerErasuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerErasures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerErasures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"erasureReason"}},{"kind":"Field","name":{"kind":"Name","value":"erasedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerErasuresQuery, CustomerErasuresQueryVariables>;
export const ExportLinkCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportLinkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLinkCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLinkCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExportLinkCreateMutation, ExportLinkCreateMutationVariables>;
export const KpiDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"anomalyWatched"}}]}}]}}]} as unknown as DocumentNode<KpiDefinitionsQuery, KpiDefinitionsQueryVariables>;
export const KpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Kpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiComparison"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiScope"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"compareTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"granularity"}},{"kind":"Field","name":{"kind":"Name","value":"compareTo"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"robustZ"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpisQuery, KpisQueryVariables>;
export const PromotionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Promotions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PromotionsQuery, PromotionsQueryVariables>;
export const PromotionAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromotionAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PromotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionAddMutation, PromotionAddMutationVariables>;
export const PromotionRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PromotionRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"promotionRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PromotionRemoveMutation, PromotionRemoveMutationVariables>;
export const KpiIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpiIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"worstDay"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"robustZ"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpiIncidentsQuery, KpiIncidentsQueryVariables>;
export const KpiIncidentAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KpiIncidentAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiIncidentAcknowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiIncidentAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<KpiIncidentAcknowledgeMutation, KpiIncidentAcknowledgeMutationVariables>;
export const KpisColumnsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KpisColumns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiComparison"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiKey"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"compareTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStarts"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPeriodStarts"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValues"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonPeriodStart"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KpisColumnsQuery, KpisColumnsQueryVariables>;
export const RegistrationEntryAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationEntryAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntryAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntryAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"productWanted"}},{"kind":"Field","name":{"kind":"Name","value":"prospectNotes"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseAmount"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestedOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationEntryAddMutation, RegistrationEntryAddMutationVariables>;
export const RegistrationEntryUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationEntryUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntryDetailsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntryUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"productWanted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationEntryUpdateMutation, RegistrationEntryUpdateMutationVariables>;
export const RegistrationEntryRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationEntryRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntryRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removedEntryId"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationEntryRemoveMutation, RegistrationEntryRemoveMutationVariables>;
export const RegistrationSheetSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationSheetSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationSheetSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationSheetSubmitMutation, RegistrationSheetSubmitMutationVariables>;
export const RegistrationSheetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationSheets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationSheetFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"screenedCount"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationSheetsQuery, RegistrationSheetsQueryVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const RegistrationEntryScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationEntryScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntryScreenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntryScreen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"screenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"screeningNote"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"screenedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"screenedCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"retryStreak"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegistrationEntryScreenMutation, RegistrationEntryScreenMutationVariables>;
export const RegistrationEntriesScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegistrationEntriesScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntriesScreenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntriesScreen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"intent"}},{"kind":"Field","name":{"kind":"Name","value":"assignedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegistrationEntriesScreenMutation, RegistrationEntriesScreenMutationVariables>;
export const FollowUpTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTaskOrderBy"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"retryStreak"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FollowUpTasksQuery, FollowUpTasksQueryVariables>;
export const RepQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RepQueueQuery, RepQueueQueryVariables>;
export const FollowUpTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"retryStreak"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FollowUpTaskQuery, FollowUpTaskQueryVariables>;
export const FollowUpTaskCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpTaskComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTaskCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTaskComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"retryStreak"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FollowUpTaskCompleteMutation, FollowUpTaskCompleteMutationVariables>;
export const FollowUpPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FollowUpPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"retryCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"revisitCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxRetryCycles"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimToPool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpPolicyUpdateMutation, FollowUpPolicyUpdateMutationVariables>;
export const CustomerLoopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerLoop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"convertedAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openFollowUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"currentFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownershipHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomerLoopQuery, CustomerLoopQueryVariables>;
export const CustomerStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<CustomerStageQuery, CustomerStageQueryVariables>;
export const CustomerTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerTransferMutation, CustomerTransferMutationVariables>;
export const ViewerSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueToday"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"upcoming"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCycleDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheetGraceHours"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerSummaryQuery, ViewerSummaryQueryVariables>;
export const MessageTemplateCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageTemplateCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"smsSegments"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MessageTemplateCreateMutation, MessageTemplateCreateMutationVariables>;
export const MessageTemplateUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageTemplateUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"smsSegments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MessageTemplateUpdateMutation, MessageTemplateUpdateMutationVariables>;
export const MessageTemplateArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageTemplateArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MessageTemplateArchiveMutation, MessageTemplateArchiveMutationVariables>;
export const MessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageChannel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MessageTemplatesQuery, MessageTemplatesQueryVariables>;
export const MessageTemplateVariablesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageTemplateVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateVariables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeholder"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}}]}}]} as unknown as DocumentNode<MessageTemplateVariablesQuery, MessageTemplateVariablesQueryVariables>;
export const MessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]} as unknown as DocumentNode<MessageSendMutation, MessageSendMutationVariables>;
export const MessageReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MessageReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]} as unknown as DocumentNode<MessageReportMutation, MessageReportMutationVariables>;
export const CustomerConsentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustomerConsentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsentRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerConsentRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CustomerConsentRecordMutation, CustomerConsentRecordMutationVariables>;
export const CustomerConsentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerConsents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CustomerConsentsQuery, CustomerConsentsQueryVariables>;
export const MessageDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"handedOverAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]} as unknown as DocumentNode<MessageDecisionsQuery, MessageDecisionsQueryVariables>;
export const ShopSendSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopSendSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"marketingCapPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"marketingCapPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"transactionalCapPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"transactionalCapPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursFrom"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openQuietHoursOnPromotionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopSendSettingsMutation, ShopSendSettingsMutationVariables>;
export const WebhookEndpointCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointCreateMutation, WebhookEndpointCreateMutationVariables>;
export const WebhookEndpointUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointUpdateMutation, WebhookEndpointUpdateMutationVariables>;
export const WebhookEndpointSecretRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEndpointSecretRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointSecretRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointSecretRotateMutation, WebhookEndpointSecretRotateMutationVariables>;
export const WebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEndpoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEventType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEventsQuery, WebhookEventsQueryVariables>;
export const WebhookEventReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEventReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEventReplayMutation, WebhookEventReplayMutationVariables>;
export const CareRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CareRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delayHours"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CareRuleSetMutation, CareRuleSetMutationVariables>;
export const CareRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delayHours"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}}]}}]}}]} as unknown as DocumentNode<CareRulesQuery, CareRulesQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"isTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserCreateMutation, UserCreateMutationVariables>;
export const UserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"isTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UserUpdateMutation, UserUpdateMutationVariables>;
export const SalesTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SalesTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SalesTeamsQuery, SalesTeamsQueryVariables>;
export const SalesTeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesTeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTeamCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeamCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SalesTeamCreateMutation, SalesTeamCreateMutationVariables>;
export const SalesTeamUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SalesTeamUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTeamUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeamUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SalesTeamUpdateMutation, SalesTeamUpdateMutationVariables>;
export const ShopUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShopUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ShopUpdateMutation, ShopUpdateMutationVariables>;