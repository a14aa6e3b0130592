/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** What the uploaded file is. */
export type BulkImportFormat =
  /** The CS tool's chat-record export, one row per message (会话ID, 买家, 客服, 发送方, 发送时间), a conversation's rows together: imported as conversations, their rounds measured. */
  | 'CHAT_RECORD_CSV'
  /** One OrderInput as JSON per line (the API's own shape). */
  | 'JSONL'
  /** The Taobao/Tmall seller centre's order report (CSV with Chinese headers: 订单编号, 买家会员名, 买家实际支付金额, 订单状态, 订单创建时间, 订单付款时间…). */
  | 'TAOBAO_ORDER_CSV';

/** Which upload to import, and how to read it. */
export type BulkImportStartInput = {
  /** Its text encoding (default AUTO: UTF-8 or GB18030, found from the bytes). */
  encoding?: FileEncoding;
  /** What the file is. */
  format: BulkImportFormat;
  /** The platform of the buyers in a report (default TAOBAO; TMALL for a Tmall shop's report). JSONL rows name their own. */
  platform?: Platform | null | undefined;
  /** The `uploadId` that `POST /uploads` answered. */
  uploadId: string | number;
};

/** Where a bulk import stands. */
export type BulkImportStatus =
  /** Stopped on request; what was imported before it stays. */
  | 'CANCELLED'
  /** Every row was read; rows with errors are listed. */
  | 'COMPLETED'
  /** Stopped by an error in the file as a whole (unreadable, wrong header); what was imported before it stays. */
  | 'FAILED'
  /** Waiting for a worker. */
  | 'QUEUED'
  /** Rows are being read and imported. */
  | 'RUNNING';

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

/** A follow-up an audit finding orders, which becomes a real task for the rep. */
export type CorrectiveFollowUpInput = {
  /** The active sales rep who must do it. */
  assigneeId: string | number;
  /** Due by (in the future). */
  dueAt: string;
  /** What to put right, at most 2000 characters. */
  note?: string | null | undefined;
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
  minSpent?: number | null | undefined;
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

/** The text encoding of an uploaded file. */
export type FileEncoding =
  /** UTF-8 when the bytes are valid UTF-8 (a BOM is skipped), else GB18030 (what the seller centre exports by default). */
  | 'AUTO'
  /** GB18030 (a superset of GBK and GB2312). */
  | 'GB18030'
  /** UTF-8. */
  | 'UTF8';

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

/** Why a message is sent; decides consent and which caps count it. */
export type MessagePurpose =
  /** An offer or a campaign: only with recorded consent; marketing caps. */
  | 'MARKETING'
  /** A notice about the buyer's own order (payment reminder, logistics, review invitation): transactional caps. */
  | 'TRANSACTIONAL';

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

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { id: string, name: string, email: string, role: Role, isTeamLead: boolean, team: { id: string, name: string } | null, shop: { id: string, name: string, timezone: string } } };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: { userErrors: Array<{ code: UserErrorCode, message: string }> } };

export type ConsoleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ConsoleLoginMutation = { login: { token: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWaveTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWaveTemplatesQuery = { messageTemplates: { edges: Array<{ node: { id: string, name: string, channel: MessageChannel } }> } };

export type ConsoleCampaignWaveCreateMutationVariables = Exact<{
  campaignId: string | number;
  input: CampaignWaveInput;
}>;


export type ConsoleCampaignWaveCreateMutation = { campaignWaveCreate: { wave: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCampaignLiftQueryVariables = Exact<{
  campaignId: string | number;
}>;


export type ConsoleCampaignLiftQuery = { campaignLift: { sentCustomers: number, sentConverted: number, sentRate: number | null, holdoutCustomers: number, holdoutConverted: number, holdoutRate: number | null, lift: number | null, liftLow: number | null, liftHigh: number | null, significant: boolean } };

export type ConsoleCampaignsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleCampaignsQuery = { campaigns: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, eventDate: string, holdoutShare: number, conversionDays: number, waves: Array<{ id: string, name: string, status: WaveStatus, offsetDays: number, sendFrom: string, sendUntil: string, sendsAt: string, audienceSize: number | null, holdoutSize: number | null, version: number, template: { name: string } | null, messageCounts: Array<{ status: MessageStatus, rule: MessageRule | null, count: number }> }> } }> } };

export type ConsoleCampaignCreateMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type ConsoleCampaignCreateMutation = { campaignCreate: { campaign: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleBulkImportProgressSubscriptionVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type ConsoleBulkImportProgressSubscription = { bulkImportProgress: { id: string, status: BulkImportStatus, rowsRead: number, created: number, updated: number, unchanged: number, failed: number, bytesRead: number, totalBytes: number, rowsPerSecond: number | null, etaSeconds: number | null, failure: string | null, finishedAt: string | null } | null };

export type ConsoleBulkImportQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBulkImportQuery = { bulkImport: { id: string, status: BulkImportStatus, rowsRead: number, created: number, updated: number, unchanged: number, failed: number, bytesRead: number, totalBytes: number, rowsPerSecond: number | null, etaSeconds: number | null, failure: string | null, finishedAt: string | null, errors: { totalCount: number, edges: Array<{ node: { line: number, column: string | null, code: string, message: string } }> } } | null };

export type ConsoleBulkImportsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleBulkImportsQuery = { bulkImports: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, format: BulkImportFormat, status: BulkImportStatus, createdAt: string, rowsRead: number, created: number, updated: number, unchanged: number, failed: number } }> } };

export type ConsoleBulkImportStartMutationVariables = Exact<{
  input: BulkImportStartInput;
}>;


export type ConsoleBulkImportStartMutation = { bulkImportStart: { bulkImport: { id: string, status: BulkImportStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWavePreviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWavePreviewQuery = { campaignWavePreview: { matching: number, excludedByTag: number, recentlyMessaged: number, withoutConsent: number, optedOut: number, snapshot: number, expectedHoldout: number } };

export type ConsoleWaveScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWaveScheduleMutation = { campaignWaveSchedule: { wave: { id: string, status: WaveStatus, audienceSize: number | null, holdoutSize: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWavePauseMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWavePauseMutation = { campaignWavePause: { wave: { id: string, status: WaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWaveResumeMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWaveResumeMutation = { campaignWaveResume: { wave: { id: string, status: WaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWaveCancelMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWaveCancelMutation = { campaignWaveCancel: { wave: { id: string, status: WaveStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleContactAccessLogQueryVariables = Exact<{
  filter?: ContactAccessFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleContactAccessLogQuery = { contactAccessLog: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { createdAt: string, field: ContactField, purpose: UnmaskPurpose, granted: boolean, refusal: string | null, user: { name: string } | null, customer: { id: string, platformHandle: string } | null } }> } };

export type ConsoleFindingStaffQueryVariables = Exact<{
  teamId?: string | number | null | undefined;
}>;


export type ConsoleFindingStaffQuery = { users: { edges: Array<{ node: { id: string, name: string, role: Role } }> } };

export type ConsoleFindingCustomersQueryVariables = Exact<{
  ownerId: string | number;
}>;


export type ConsoleFindingCustomersQuery = { customers: { edges: Array<{ node: { id: string, platformHandle: string, displayName: string } }> } };

export type ConsoleAuditFindingAddMutationVariables = Exact<{
  checkId: string | number;
  input: AuditFindingAddInput;
}>;


export type ConsoleAuditFindingAddMutation = { auditFindingAdd: { auditFinding: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleAuditCheckQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ConsoleAuditCheckQuery = { auditCheck: { id: string, title: string, status: AuditCheckStatus, periodFrom: string, periodTo: string, closedAt: string | null, closedBy: { name: string } | null, team: { id: string, name: string } | null, report: { droppedCustomerCount: number, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, onTimeRate: number | null, user: { id: string, name: string } | null }> }, findings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null, response: string | null, respondedAt: string | null, createdAt: string, createdBy: { name: string }, subjectUser: { name: string } | null, customer: { id: string, platformHandle: string } | null, correctiveTask: { id: string, dueAt: string, status: FollowUpStatus, assignee: { name: string } } | null } }> } } | null };

export type ConsoleAuditCheckCloseMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleAuditCheckCloseMutation = { auditCheckClose: { auditCheck: { id: string, status: AuditCheckStatus, closedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleAuditChecksQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: AuditCheckFilter | null | undefined;
}>;


export type ConsoleAuditChecksQuery = { auditChecks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, status: AuditCheckStatus, periodFrom: string, periodTo: string, findingCount: number, createdAt: string, closedAt: string | null, createdBy: { name: string }, team: { name: string } | null } }> } };

export type ConsoleAuditTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAuditTeamsQuery = { salesTeams: { edges: Array<{ node: { id: string, name: string } }> } };

export type ConsoleAuditCheckCreateMutationVariables = Exact<{
  input: AuditCheckCreateInput;
}>;


export type ConsoleAuditCheckCreateMutation = { auditCheckCreate: { auditCheck: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleAuditTrailQueryVariables = Exact<{
  filter?: AuditTrailFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleAuditTrailQuery = { auditTrail: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, action: AuditAction, entityType: string, entityId: string, requestId: string | null, actor: { name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown, redacted: boolean }> } }> } };

export type ConsoleComplianceReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ConsoleComplianceReportQuery = { complianceReport: { generatedAt: string, droppedCustomerCount: number, customerService: Array<{ sheetsDue: number, sheetsOnTime: number, sheetsLate: number, sheetsMissing: number, entriesRegistered: number, user: { id: string, name: string } | null }>, sales: Array<{ followUpsDue: number, doneOnTime: number, doneLate: number, openOverdue: number, openNotYetDue: number, ordered: number, onTimeRate: number | null, conversionRate: number | null, user: { id: string, name: string } | null }>, droppedCustomers: Array<{ stage: CustomerStage, customer: { id: string, platformHandle: string } | null, owner: { name: string } | null }> } };

export type ConsoleExportLinkCreateMutationVariables = Exact<{
  input: ExportLinkCreateInput;
}>;


export type ConsoleExportLinkCreateMutation = { exportLinkCreate: { link: { url: string, expiresAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleMyFindingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMyFindingsQuery = { viewer: { id: string, auditFindings: { edges: Array<{ node: { id: string, code: FindingCode, severity: FindingSeverity, comment: string | null, response: string | null, createdAt: string, correctiveTask: { dueAt: string } | null } }> } | null } };

export type ConsoleAuditFindingRespondMutationVariables = Exact<{
  id: string | number;
  input: AuditFindingRespondInput;
}>;


export type ConsoleAuditFindingRespondMutation = { auditFindingRespond: { auditFinding: { id: string, response: string | null, respondedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCustomerEraseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConsoleCustomerEraseMutation = { customerErase: { customer: { id: string, erasedAt: string | null, platformHandle: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCustomerDataExportMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCustomerDataExportMutation = { customerDataExport: { document: Record<string, unknown> | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCustomerContactUnmaskMutationVariables = Exact<{
  customerId: string | number;
  field: ContactField;
  purpose: UnmaskPurpose;
}>;


export type ConsoleCustomerContactUnmaskMutation = { customerContactUnmask: { field: ContactField | null, value: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCustomerQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleCustomerQuery = { customer: { id: string, version: number, platform: Platform, platformHandle: string, displayName: string, stage: CustomerStage, region: string | null, tags: Array<string>, notes: string | null, phone: string | null, wechatId: string | null, realName: string | null, shippingAddress: string | null, erasedAt: string | null, totalSpent: number, paidOrderCount: number, lastPaidAt: string | null, marketingConsent: ConsentStatus, segment: { lifecycle: Lifecycle, value: ValueSegment }, tier: { id: string, name: string } | null, owner: { id: string, name: string, team: { id: string, name: string } | null } | null, followUps: { edges: Array<{ node: { id: string, kind: FollowUpKind, cycle: number, status: FollowUpStatus, dueAt: string, completedAt: string | null, outcome: FollowUpOutcome | null, channel: ContactChannel | null, note: string | null, onTime: boolean | null, assignee: { name: string } } }> }, orders: { edges: Array<{ node: { id: string, platformOrderId: string, amount: number, status: OrderStatus, placedAt: string, paidAt: string | null } }> }, coupons: Array<{ id: string, code: string, status: CouponStatus, discountType: DiscountType, discountValue: number, createdAt: string, expiresAt: string | null }>, ownershipHistory: { edges: Array<{ node: { at: string, reason: OwnershipReason, note: string | null, fromUser: { name: string } | null, toUser: { name: string } | null, by: { name: string } | null } }> }, history: { edges: Array<{ node: { id: string, at: string, action: AuditAction, entityType: string, actor: { name: string } | null, changes: Array<{ field: string, before: unknown, after: unknown, redacted: boolean }> } }> } } | null };

export type ConsoleCustomersQueryVariables = Exact<{
  filter?: CustomerFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleCustomersQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, platform: Platform, platformHandle: string, displayName: string, stage: CustomerStage, totalSpent: number, lastPaidAt: string | null, owner: { name: string } | null, segment: { lifecycle: Lifecycle } } }> } };

export type ConsoleCustomerMessagesQueryVariables = Exact<{
  customerId: string | number;
}>;


export type ConsoleCustomerMessagesQuery = { messageDecisions: { edges: Array<{ node: { id: string, createdAt: string, channel: MessageChannel, purpose: MessagePurpose, status: MessageStatus, detail: string | null, template: { name: string } | null } }> } };

export type ConsoleCustomerUpdateMutationVariables = Exact<{
  id: string | number;
  input: CustomerUpdateInput;
}>;


export type ConsoleCustomerUpdateMutation = { customerUpdate: { customer: { id: string, version: number, displayName: string, region: string | null, tags: Array<string>, notes: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleOutreachTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOutreachTemplatesQuery = { couponTemplates: { edges: Array<{ node: { id: string, name: string, active: boolean, discountType: DiscountType, discountValue: number } }> }, messageTemplates: { edges: Array<{ node: { id: string, name: string, channel: MessageChannel, preview: string } }> } };

export type ConsoleCouponIssueMutationVariables = Exact<{
  input: CouponIssueInput;
}>;


export type ConsoleCouponIssueMutation = { couponIssue: { coupon: { id: string, code: string, status: CouponStatus } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleMessageSendMutationVariables = Exact<{
  input: MessageSendInput;
}>;


export type ConsoleMessageSendMutation = { messageSend: { message: { id: string, status: MessageStatus, detail: string | null, dueAt: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleTransferTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTransferTeamsQuery = { salesTeams: { edges: Array<{ node: { id: string, name: string, members: Array<{ id: string, name: string, role: Role, active: boolean }> } }> } };

export type ConsoleCustomerTransferMutationVariables = Exact<{
  id: string | number;
  input: CustomerTransferInput;
}>;


export type ConsoleCustomerTransferMutation = { customerTransfer: { customer: { id: string, owner: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleKpiIncidentsQueryVariables = Exact<{
  after?: string | null | undefined;
  acknowledged?: boolean | null | undefined;
}>;


export type ConsoleKpiIncidentsQuery = { kpiIncidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kpi: KpiKey, firstDay: string, lastDay: string, worstDay: string, value: number, expected: number, low: number, high: number, robustZ: number, note: string | null, acknowledgedAt: string | null, acknowledgedBy: { name: string } | null } }> } };

export type ConsoleKpiIncidentAcknowledgeMutationVariables = Exact<{
  input: KpiIncidentAcknowledgeInput;
}>;


export type ConsoleKpiIncidentAcknowledgeMutation = { kpiIncidentAcknowledge: { incident: { id: string, note: string | null, acknowledgedAt: string | null, acknowledgedBy: { name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleKpisQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: KpiGranularity;
  compareTo: KpiComparison;
}>;


export type ConsoleKpisQuery = { kpis: { scope: KpiScope, timezone: string, periodStarts: Array<string>, series: Array<{ values: Array<number | null>, comparisonValues: Array<number | null>, definition: { key: KpiKey, name: string, formula: string, unit: KpiUnit, higherIsBetter: boolean }, points: Array<{ periodStart: string, value: number | null, comparisonValue: number | null, change: number | null, relativeChange: number | null, flag: { status: KpiFlagStatus, expected: number | null, low: number | null, high: number | null } | null }> }> } };

export type ConsoleFollowUpTaskCompleteMutationVariables = Exact<{
  id: string | number;
  input: FollowUpTaskCompleteInput;
}>;


export type ConsoleFollowUpTaskCompleteMutation = { followUpTaskComplete: { task: { id: string, status: FollowUpStatus, outcome: FollowUpOutcome | null, completedAt: string | null, onTime: boolean | null } | null, nextTask: { id: string, dueAt: string, kind: FollowUpKind } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleFollowUpQueueQueryVariables = Exact<{
  filter?: FollowUpTaskFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleFollowUpQueueQuery = { followUpTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: FollowUpKind, cycle: number, dueAt: string, overdue: boolean, status: FollowUpStatus, assignee: { id: string, name: string }, customer: { id: string, platform: Platform, platformHandle: string, displayName: string, stage: CustomerStage } | null } }> } };

export type ConsoleFollowUpTaskAssignedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ConsoleFollowUpTaskAssignedSubscription = { followUpTaskAssigned: { id: string } | null };

export type ConsoleMySheetQueryVariables = Exact<{
  authorId: string | number;
}>;


export type ConsoleMySheetQuery = { registrationSheets: { edges: Array<{ node: { id: string, status: SheetStatus, periodStart: string, periodEnd: string, entryCount: number, entries: { edges: Array<{ node: { id: string, kind: EntryKind, productWanted: string | null, prospectNotes: Array<ProspectNote>, customer: { id: string, platform: Platform, platformHandle: string, displayName: string } | null } }> } } }> } };

export type ConsoleRegistrationEntryAddMutationVariables = Exact<{
  input: RegistrationEntryAddInput;
}>;


export type ConsoleRegistrationEntryAddMutation = { registrationEntryAdd: { entry: { id: string } | null, sheet: { id: string, entryCount: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string, existingId: string | null }> } };

export type ConsoleRegistrationSheetSubmitMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRegistrationSheetSubmitMutation = { registrationSheetSubmit: { sheet: { id: string, status: SheetStatus, submittedAt: string | null, late: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCustomerMatchesQueryVariables = Exact<{
  platform: Platform;
  platformHandle?: string | null | undefined;
}>;


export type ConsoleCustomerMatchesQuery = { customerMatches: Array<{ matchedBy: Array<string>, customer: { id: string, platformHandle: string, displayName: string, stage: CustomerStage, owner: { name: string } | null } }> };

export type ConsoleScreeningQueueQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleScreeningQueueQuery = { registrationEntries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: EntryKind, productWanted: string | null, prospectNotes: Array<ProspectNote>, createdAt: string, customer: { id: string, platform: Platform, platformHandle: string } | null, sheet: { id: string, author: { name: string } } } }> }, salesTeams: { edges: Array<{ node: { id: string, name: string, members: Array<{ id: string, name: string, role: Role, active: boolean }> } }> } };

export type ConsoleRegistrationEntriesScreenMutationVariables = Exact<{
  input: RegistrationEntriesScreenInput;
}>;


export type ConsoleRegistrationEntriesScreenMutation = { registrationEntriesScreen: { results: Array<{ entryId: string | null, followUpTask: { id: string, assignee: { name: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> }>, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCareRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCareRulesQuery = { careRules: Array<{ id: string, kind: CareKind, enabled: boolean, delayHours: number, thresholdDays: number, template: { id: string } | null, couponTemplate: { id: string } | null }>, messageTemplates: { edges: Array<{ node: { id: string, name: string, channel: MessageChannel } }> }, couponTemplates: { edges: Array<{ node: { id: string, name: string, active: boolean } }> } };

export type ConsoleCareRuleSetMutationVariables = Exact<{
  input: CareRuleInput;
}>;


export type ConsoleCareRuleSetMutation = { careRuleSet: { careRule: { id: string, kind: CareKind, enabled: boolean, delayHours: number, thresholdDays: number, template: { id: string } | null, couponTemplate: { id: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCouponTemplatesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleCouponTemplatesQuery = { couponTemplates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, purpose: CouponPurpose, discountType: DiscountType, discountValue: number, minSpend: number, validDays: number | null, validUntil: string | null, totalQuantity: number | null, perCustomerLimit: number, issuedCount: number, active: boolean } }> } };

export type ConsoleCouponTemplateCreateMutationVariables = Exact<{
  input: CouponTemplateInput;
}>;


export type ConsoleCouponTemplateCreateMutation = { couponTemplateCreate: { couponTemplate: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleCouponTemplateActiveMutationVariables = Exact<{
  id: string | number;
  input: CouponTemplateInput;
}>;


export type ConsoleCouponTemplateActiveMutation = { couponTemplateUpdate: { couponTemplate: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleTiersQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTiersQuery = { membershipTiers: Array<{ id: string, rank: number, name: string, minPaidOrders: number, minSpent: number, windowDays: number, discountPercent: number }> };

export type ConsoleTierUpsertMutationVariables = Exact<{
  input: MembershipTierUpsertInput;
}>;


export type ConsoleTierUpsertMutation = { membershipTierUpsert: { membershipTier: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleTiersRecomputeMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTiersRecomputeMutation = { membershipTiersRecompute: { changed: number | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleMessageTemplatesQueryVariables = Exact<{
  after?: string | null | undefined;
  includeArchived?: boolean | null | undefined;
}>;


export type ConsoleMessageTemplatesQuery = { messageTemplates: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, channel: MessageChannel, body: string, preview: string, smsSegments: number | null, variables: Array<string>, signed: boolean, archivedAt: string | null } }> } };

export type ConsoleMessageTemplateCreateMutationVariables = Exact<{
  input: MessageTemplateInput;
}>;


export type ConsoleMessageTemplateCreateMutation = { messageTemplateCreate: { messageTemplate: { id: string, preview: string, smsSegments: number | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleMessageTemplateArchiveMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleMessageTemplateArchiveMutation = { messageTemplateArchive: { messageTemplate: { id: string, archivedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsolePoliciesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsolePoliciesQuery = { viewer: { id: string, shop: { id: string, sheetGraceHours: number, unpaidReminderHours: number, conversionDays: number, marketingCapPerDay: number, marketingCapPerWeek: number, transactionalCapPerDay: number, transactionalCapPerWeek: number, quietHoursFrom: string, quietHoursUntil: string, openQuietHoursOnPromotionDays: boolean, followUpPolicy: { firstCycleDays: number, retryCycleDays: number, maxRetryCycles: number, revisitCycleDays: number, reclaimToPool: boolean }, segmentPolicy: { activeDays: number, sleepingDays: number, churnDays: number, keyMinOrders: number, keyMinSpent: number, bottomMaxSpent: number } } } };

export type ConsoleFollowUpPolicyUpdateMutationVariables = Exact<{
  input: FollowUpPolicyInput;
}>;


export type ConsoleFollowUpPolicyUpdateMutation = { followUpPolicyUpdate: { followUpPolicy: { firstCycleDays: number, retryCycleDays: number, maxRetryCycles: number, revisitCycleDays: number, reclaimToPool: boolean } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleSegmentPolicyUpdateMutationVariables = Exact<{
  input: SegmentPolicyInput;
}>;


export type ConsoleSegmentPolicyUpdateMutation = { segmentPolicyUpdate: { segmentPolicy: { activeDays: number, sleepingDays: number, churnDays: number, keyMinOrders: number, keyMinSpent: number, bottomMaxSpent: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleShopUpdateMutationVariables = Exact<{
  input: ShopUpdateInput;
}>;


export type ConsoleShopUpdateMutation = { shopUpdate: { shop: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleUserUpdateMutationVariables = Exact<{
  id: string | number;
  input: UserUpdateInput;
}>;


export type ConsoleUserUpdateMutation = { userUpdate: { user: { id: string, role: Role, active: boolean, team: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleUserSessionsEndMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUserSessionsEndMutation = { userSessionsEnd: { endedSessions: number | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleStaffQueryVariables = Exact<{
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type ConsoleStaffQuery = { users: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string, role: Role, active: boolean, isTeamLead: boolean, team: { id: string, name: string } | null } }> }, salesTeams: { edges: Array<{ node: { id: string, name: string, lead: { id: string, name: string } | null, members: Array<{ id: string }> } }> } };

export type ConsoleUserCreateMutationVariables = Exact<{
  input: UserCreateInput;
}>;


export type ConsoleUserCreateMutation = { userCreate: { user: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleSalesTeamCreateMutationVariables = Exact<{
  input: SalesTeamCreateInput;
}>;


export type ConsoleSalesTeamCreateMutation = { salesTeamCreate: { salesTeam: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleSalesTeamUpdateMutationVariables = Exact<{
  id: string | number;
  input: SalesTeamUpdateInput;
}>;


export type ConsoleSalesTeamUpdateMutation = { salesTeamUpdate: { salesTeam: { id: string, lead: { id: string, name: string } | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWebhookEndpointsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleWebhookEndpointsQuery = { webhookEndpoints: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, url: string, description: string, eventTypes: Array<WebhookEventType>, disabledAt: string | null, disabledReason: string | null, createdAt: string } }> } };

export type ConsoleWebhookEndpointCreateMutationVariables = Exact<{
  input: WebhookEndpointInput;
}>;


export type ConsoleWebhookEndpointCreateMutation = { webhookEndpointCreate: { secret: string | null, webhookEndpoint: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWebhookEndpointEnableMutationVariables = Exact<{
  id: string | number;
  input: WebhookEndpointInput;
}>;


export type ConsoleWebhookEndpointEnableMutation = { webhookEndpointUpdate: { webhookEndpoint: { id: string, disabledAt: string | null, disabledReason: string | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ConsoleWebhookEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  type?: WebhookEventType | null | undefined;
  deadOnly?: boolean | null | undefined;
}>;


export type ConsoleWebhookEventsQuery = { webhookEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: WebhookEventType, webhookId: string, createdAt: string, deliveries: Array<{ status: WebhookDeliveryStatus, attempts: number, lastStatus: number | null, lastError: string | null, succeededAt: string | null, nextAttemptAt: string, endpoint: { id: string, url: string } | null }> } }> } };

export type ConsoleWebhookEventReplayMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleWebhookEventReplayMutation = { webhookEventReplay: { webhookEvent: { id: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };


export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"isTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleWaveTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWaveTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWaveTemplatesQuery, ConsoleWaveTemplatesQueryVariables>;
export const ConsoleCampaignWaveCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCampaignWaveCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCampaignWaveCreateMutation, ConsoleCampaignWaveCreateMutationVariables>;
export const ConsoleCampaignLiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCampaignLift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignLift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"sentConverted"}},{"kind":"Field","name":{"kind":"Name","value":"sentRate"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutCustomers"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutConverted"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutRate"}},{"kind":"Field","name":{"kind":"Name","value":"lift"}},{"kind":"Field","name":{"kind":"Name","value":"liftLow"}},{"kind":"Field","name":{"kind":"Name","value":"liftHigh"}},{"kind":"Field","name":{"kind":"Name","value":"significant"}}]}}]}}]} as unknown as DocumentNode<ConsoleCampaignLiftQuery, ConsoleCampaignLiftQueryVariables>;
export const ConsoleCampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCampaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"eventDate"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutShare"}},{"kind":"Field","name":{"kind":"Name","value":"conversionDays"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"offsetDays"}},{"kind":"Field","name":{"kind":"Name","value":"sendFrom"}},{"kind":"Field","name":{"kind":"Name","value":"sendUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sendsAt"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCampaignsQuery, ConsoleCampaignsQueryVariables>;
export const ConsoleCampaignCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCampaignCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCampaignCreateMutation, ConsoleCampaignCreateMutationVariables>;
export const ConsoleBulkImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleBulkImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkImportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleBulkImportProgressSubscription, ConsoleBulkImportProgressSubscriptionVariables>;
export const ConsoleBulkImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBulkImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"totalBytes"}},{"kind":"Field","name":{"kind":"Name","value":"rowsPerSecond"}},{"kind":"Field","name":{"kind":"Name","value":"etaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBulkImportQuery, ConsoleBulkImportQueryVariables>;
export const ConsoleBulkImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBulkImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBulkImportsQuery, ConsoleBulkImportsQueryVariables>;
export const ConsoleBulkImportStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleBulkImportStart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkImportStartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkImportStart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBulkImportStartMutation, ConsoleBulkImportStartMutationVariables>;
export const ConsoleWavePreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWavePreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWavePreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matching"}},{"kind":"Field","name":{"kind":"Name","value":"excludedByTag"}},{"kind":"Field","name":{"kind":"Name","value":"recentlyMessaged"}},{"kind":"Field","name":{"kind":"Name","value":"withoutConsent"}},{"kind":"Field","name":{"kind":"Name","value":"optedOut"}},{"kind":"Field","name":{"kind":"Name","value":"snapshot"}},{"kind":"Field","name":{"kind":"Name","value":"expectedHoldout"}}]}}]}}]} as unknown as DocumentNode<ConsoleWavePreviewQuery, ConsoleWavePreviewQueryVariables>;
export const ConsoleWaveScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWaveSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"audienceSize"}},{"kind":"Field","name":{"kind":"Name","value":"holdoutSize"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWaveScheduleMutation, ConsoleWaveScheduleMutationVariables>;
export const ConsoleWavePauseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWavePause"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWavePause"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWavePauseMutation, ConsoleWavePauseMutationVariables>;
export const ConsoleWaveResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWaveResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWaveResumeMutation, ConsoleWaveResumeMutationVariables>;
export const ConsoleWaveCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWaveCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaignWaveCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWaveCancelMutation, ConsoleWaveCancelMutationVariables>;
export const ConsoleContactAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleContactAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactAccessFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactAccessLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"refusal"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleContactAccessLogQuery, ConsoleContactAccessLogQueryVariables>;
export const ConsoleFindingStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFindingStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"active"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFindingStaffQuery, ConsoleFindingStaffQueryVariables>;
export const ConsoleFindingCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFindingCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ownerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFindingCustomersQuery, ConsoleFindingCustomersQueryVariables>;
export const ConsoleAuditFindingAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAuditFindingAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFindingAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindingAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"checkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"checkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFinding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditFindingAddMutation, ConsoleAuditFindingAddMutationVariables>;
export const ConsoleAuditCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subjectUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"correctiveTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditCheckQuery, ConsoleAuditCheckQueryVariables>;
export const ConsoleAuditCheckCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAuditCheckClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditCheckCloseMutation, ConsoleAuditCheckCloseMutationVariables>;
export const ConsoleAuditChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"findingCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditChecksQuery, ConsoleAuditChecksQueryVariables>;
export const ConsoleAuditTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditTeamsQuery, ConsoleAuditTeamsQueryVariables>;
export const ConsoleAuditCheckCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAuditCheckCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditCheckCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheckCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditCheckCreateMutation, ConsoleAuditCheckCreateMutationVariables>;
export const ConsoleAuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditTrailFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditTrailQuery, ConsoleAuditTrailQueryVariables>;
export const ConsoleComplianceReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleComplianceReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complianceReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"customerService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheetsDue"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsLate"}},{"kind":"Field","name":{"kind":"Name","value":"sheetsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"entriesRegistered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDue"}},{"kind":"Field","name":{"kind":"Name","value":"doneOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"doneLate"}},{"kind":"Field","name":{"kind":"Name","value":"openOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openNotYetDue"}},{"kind":"Field","name":{"kind":"Name","value":"ordered"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"conversionRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomerCount"}},{"kind":"Field","name":{"kind":"Name","value":"droppedCustomers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleComplianceReportQuery, ConsoleComplianceReportQueryVariables>;
export const ConsoleExportLinkCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleExportLinkCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLinkCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLinkCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleExportLinkCreateMutation, ConsoleExportLinkCreateMutationVariables>;
export const ConsoleMyFindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"auditFindings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMyFindingsQuery, ConsoleMyFindingsQueryVariables>;
export const ConsoleAuditFindingRespondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAuditFindingRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFindingRespondInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFindingRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditFinding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditFindingRespondMutation, ConsoleAuditFindingRespondMutationVariables>;
export const ConsoleCustomerEraseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustomerErase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerErase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerEraseMutation, ConsoleCustomerEraseMutationVariables>;
export const ConsoleCustomerDataExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustomerDataExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerDataExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"document"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerDataExportMutation, ConsoleCustomerDataExportMutationVariables>;
export const ConsoleCustomerContactUnmaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustomerContactUnmask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"field"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactField"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnmaskPurpose"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerContactUnmask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"field"},"value":{"kind":"Variable","name":{"kind":"Name","value":"field"}}},{"kind":"Argument","name":{"kind":"Name","value":"purpose"},"value":{"kind":"Variable","name":{"kind":"Name","value":"purpose"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerContactUnmaskMutation, ConsoleCustomerContactUnmaskMutationVariables>;
export const ConsoleCustomerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCustomer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"wechatId"}},{"kind":"Field","name":{"kind":"Name","value":"realName"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"marketingConsent"}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coupons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownershipHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"redacted"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerQuery, ConsoleCustomerQueryVariables>;
export const ConsoleCustomersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCustomers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"totalSpent"}},{"kind":"Field","name":{"kind":"Name","value":"lastPaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomersQuery, ConsoleCustomersQueryVariables>;
export const ConsoleCustomerMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCustomerMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerMessagesQuery, ConsoleCustomerMessagesQueryVariables>;
export const ConsoleCustomerUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustomerUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerUpdateMutation, ConsoleCustomerUpdateMutationVariables>;
export const ConsoleOutreachTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOutreachTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOutreachTemplatesQuery, ConsoleOutreachTemplatesQueryVariables>;
export const ConsoleCouponIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCouponIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coupon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCouponIssueMutation, ConsoleCouponIssueMutationVariables>;
export const ConsoleMessageSendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMessageSend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageSendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageSend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageSendMutation, ConsoleMessageSendMutationVariables>;
export const ConsoleTransferTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTransferTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTransferTeamsQuery, ConsoleTransferTeamsQueryVariables>;
export const ConsoleCustomerTransferDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustomerTransfer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomerTransferInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerTransfer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerTransferMutation, ConsoleCustomerTransferMutationVariables>;
export const ConsoleKpiIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleKpiIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"acknowledged"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kpi"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"worstDay"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}},{"kind":"Field","name":{"kind":"Name","value":"robustZ"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleKpiIncidentsQuery, ConsoleKpiIncidentsQueryVariables>;
export const ConsoleKpiIncidentAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleKpiIncidentAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiIncidentAcknowledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpiIncidentAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleKpiIncidentAcknowledgeMutation, ConsoleKpiIncidentAcknowledgeMutationVariables>;
export const ConsoleKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiGranularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiComparison"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"compareTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compareTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}},{"kind":"Field","name":{"kind":"Name","value":"periodStarts"}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formula"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"higherIsBetter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValues"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comparisonValue"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"relativeChange"}},{"kind":"Field","name":{"kind":"Name","value":"flag"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"low"}},{"kind":"Field","name":{"kind":"Name","value":"high"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleKpisQuery, ConsoleKpisQueryVariables>;
export const ConsoleFollowUpTaskCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFollowUpTaskComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTaskCompleteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTaskComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpTaskCompleteMutation, ConsoleFollowUpTaskCompleteMutationVariables>;
export const ConsoleFollowUpQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleFollowUpQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"cycle"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpQueueQuery, ConsoleFollowUpQueueQueryVariables>;
export const ConsoleFollowUpTaskAssignedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleFollowUpTaskAssigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpTaskAssigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpTaskAssignedSubscription, ConsoleFollowUpTaskAssignedSubscriptionVariables>;
export const ConsoleMySheetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMySheet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationSheets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"authorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"productWanted"}},{"kind":"Field","name":{"kind":"Name","value":"prospectNotes"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMySheetQuery, ConsoleMySheetQueryVariables>;
export const ConsoleRegistrationEntryAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegistrationEntryAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntryAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntryAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"entryCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"existingId"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistrationEntryAddMutation, ConsoleRegistrationEntryAddMutationVariables>;
export const ConsoleRegistrationSheetSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegistrationSheetSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationSheetSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistrationSheetSubmitMutation, ConsoleRegistrationSheetSubmitMutationVariables>;
export const ConsoleCustomerMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCustomerMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Platform"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platformHandle"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"platformHandle"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platformHandle"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedBy"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustomerMatchesQuery, ConsoleCustomerMatchesQueryVariables>;
export const ConsoleScreeningQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScreeningQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"screened"},"value":{"kind":"BooleanValue","value":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sheetStatus"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"productWanted"}},{"kind":"Field","name":{"kind":"Name","value":"prospectNotes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"platformHandle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sheet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleScreeningQueueQuery, ConsoleScreeningQueueQueryVariables>;
export const ConsoleRegistrationEntriesScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRegistrationEntriesScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationEntriesScreenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationEntriesScreen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entryId"}},{"kind":"Field","name":{"kind":"Name","value":"followUpTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRegistrationEntriesScreenMutation, ConsoleRegistrationEntriesScreenMutationVariables>;
export const ConsoleCareRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCareRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delayHours"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCareRulesQuery, ConsoleCareRulesQueryVariables>;
export const ConsoleCareRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCareRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CareRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delayHours"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdDays"}},{"kind":"Field","name":{"kind":"Name","value":"template"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCareRuleSetMutation, ConsoleCareRuleSetMutationVariables>;
export const ConsoleCouponTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCouponTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"discountType"}},{"kind":"Field","name":{"kind":"Name","value":"discountValue"}},{"kind":"Field","name":{"kind":"Name","value":"minSpend"}},{"kind":"Field","name":{"kind":"Name","value":"validDays"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"perCustomerLimit"}},{"kind":"Field","name":{"kind":"Name","value":"issuedCount"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCouponTemplatesQuery, ConsoleCouponTemplatesQueryVariables>;
export const ConsoleCouponTemplateCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCouponTemplateCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplateCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCouponTemplateCreateMutation, ConsoleCouponTemplateCreateMutationVariables>;
export const ConsoleCouponTemplateActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCouponTemplateActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CouponTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplateUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couponTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCouponTemplateActiveMutation, ConsoleCouponTemplateActiveMutationVariables>;
export const ConsoleTiersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"minPaidOrders"}},{"kind":"Field","name":{"kind":"Name","value":"minSpent"}},{"kind":"Field","name":{"kind":"Name","value":"windowDays"}},{"kind":"Field","name":{"kind":"Name","value":"discountPercent"}}]}}]}}]} as unknown as DocumentNode<ConsoleTiersQuery, ConsoleTiersQueryVariables>;
export const ConsoleTierUpsertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTierUpsert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipTierUpsertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTierUpsert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTierUpsertMutation, ConsoleTierUpsertMutationVariables>;
export const ConsoleTiersRecomputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTiersRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membershipTiersRecompute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTiersRecomputeMutation, ConsoleTiersRecomputeMutationVariables>;
export const ConsoleMessageTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMessageTemplates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeArchived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"smsSegments"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"signed"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageTemplatesQuery, ConsoleMessageTemplatesQueryVariables>;
export const ConsoleMessageTemplateCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMessageTemplateCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"preview"}},{"kind":"Field","name":{"kind":"Name","value":"smsSegments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageTemplateCreateMutation, ConsoleMessageTemplateCreateMutationVariables>;
export const ConsoleMessageTemplateArchiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMessageTemplateArchive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplateArchive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageTemplate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMessageTemplateArchiveMutation, ConsoleMessageTemplateArchiveMutationVariables>;
export const ConsolePoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePolicies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheetGraceHours"}},{"kind":"Field","name":{"kind":"Name","value":"unpaidReminderHours"}},{"kind":"Field","name":{"kind":"Name","value":"conversionDays"}},{"kind":"Field","name":{"kind":"Name","value":"marketingCapPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"marketingCapPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"transactionalCapPerDay"}},{"kind":"Field","name":{"kind":"Name","value":"transactionalCapPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursFrom"}},{"kind":"Field","name":{"kind":"Name","value":"quietHoursUntil"}},{"kind":"Field","name":{"kind":"Name","value":"openQuietHoursOnPromotionDays"}},{"kind":"Field","name":{"kind":"Name","value":"followUpPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"retryCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxRetryCycles"}},{"kind":"Field","name":{"kind":"Name","value":"revisitCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimToPool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segmentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeDays"}},{"kind":"Field","name":{"kind":"Name","value":"sleepingDays"}},{"kind":"Field","name":{"kind":"Name","value":"churnDays"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinOrders"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinSpent"}},{"kind":"Field","name":{"kind":"Name","value":"bottomMaxSpent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePoliciesQuery, ConsolePoliciesQueryVariables>;
export const ConsoleFollowUpPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFollowUpPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followUpPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"retryCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"maxRetryCycles"}},{"kind":"Field","name":{"kind":"Name","value":"revisitCycleDays"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimToPool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleFollowUpPolicyUpdateMutation, ConsoleFollowUpPolicyUpdateMutationVariables>;
export const ConsoleSegmentPolicyUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSegmentPolicyUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SegmentPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentPolicyUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"segmentPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeDays"}},{"kind":"Field","name":{"kind":"Name","value":"sleepingDays"}},{"kind":"Field","name":{"kind":"Name","value":"churnDays"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinOrders"}},{"kind":"Field","name":{"kind":"Name","value":"keyMinSpent"}},{"kind":"Field","name":{"kind":"Name","value":"bottomMaxSpent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSegmentPolicyUpdateMutation, ConsoleSegmentPolicyUpdateMutationVariables>;
export const ConsoleShopUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleShopUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShopUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shopUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleShopUpdateMutation, ConsoleShopUpdateMutationVariables>;
export const ConsoleUserUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserUpdateMutation, ConsoleUserUpdateMutationVariables>;
export const ConsoleUserSessionsEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserSessionsEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userSessionsEnd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedSessions"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserSessionsEndMutation, ConsoleUserSessionsEndMutationVariables>;
export const ConsoleStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"isTeamLead"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStaffQuery, ConsoleStaffQueryVariables>;
export const ConsoleUserCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUserCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUserCreateMutation, ConsoleUserCreateMutationVariables>;
export const ConsoleSalesTeamCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSalesTeamCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTeamCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeamCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSalesTeamCreateMutation, ConsoleSalesTeamCreateMutationVariables>;
export const ConsoleSalesTeamUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSalesTeamUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SalesTeamUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeamUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"salesTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSalesTeamUpdateMutation, ConsoleSalesTeamUpdateMutationVariables>;
export const ConsoleWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookEndpointsQuery, ConsoleWebhookEndpointsQueryVariables>;
export const ConsoleWebhookEndpointCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWebhookEndpointCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookEndpointCreateMutation, ConsoleWebhookEndpointCreateMutationVariables>;
export const ConsoleWebhookEndpointEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWebhookEndpointEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpointUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookEndpointEnableMutation, ConsoleWebhookEndpointEnableMutationVariables>;
export const ConsoleWebhookEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWebhookEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEventType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"webhookId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"succeededAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookEventsQuery, ConsoleWebhookEventsQueryVariables>;
export const ConsoleWebhookEventReplayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleWebhookEventReplay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEventReplay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEvent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWebhookEventReplayMutation, ConsoleWebhookEventReplayMutationVariables>;