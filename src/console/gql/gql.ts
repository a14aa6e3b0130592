/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      isTeamLead\n      team { id name }\n      shop { id name timezone }\n    }\n  }\n": typeof types.ConsoleViewerDocument,
    "\n  mutation ConsoleLogout {\n    logout { userErrors { code message } }\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleWaveTemplates {\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n  }\n": typeof types.ConsoleWaveTemplatesDocument,
    "\n  mutation ConsoleCampaignWaveCreate($campaignId: ID!, $input: CampaignWaveInput!) {\n    campaignWaveCreate(campaignId: $campaignId, input: $input) {\n      wave { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCampaignWaveCreateDocument,
    "\n  query ConsoleCampaignLift($campaignId: ID!) {\n    campaignLift(campaignId: $campaignId) { sentCustomers sentConverted sentRate holdoutCustomers holdoutConverted holdoutRate lift liftLow liftHigh significant }\n  }\n": typeof types.ConsoleCampaignLiftDocument,
    "\n  query ConsoleCampaigns($after: String) {\n    campaigns(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name eventDate holdoutShare conversionDays\n          waves {\n            id name status offsetDays sendFrom sendUntil sendsAt audienceSize holdoutSize version\n            template { name }\n            messageCounts { status rule count }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleCampaignsDocument,
    "\n  mutation ConsoleCampaignCreate($input: CampaignInput!) {\n    campaignCreate(input: $input) {\n      campaign { id }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCampaignCreateDocument,
    "\n  subscription ConsoleBulkImportProgress($id: ID) {\n    bulkImportProgress(id: $id) { id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt }\n  }\n": typeof types.ConsoleBulkImportProgressDocument,
    "\n  query ConsoleBulkImport($id: ID!) {\n    bulkImport(id: $id) {\n      id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt\n      errors(first: 20) { totalCount edges { node { line column code message } } }\n    }\n  }\n": typeof types.ConsoleBulkImportDocument,
    "\n  query ConsoleBulkImports($after: String) {\n    bulkImports(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id format status createdAt rowsRead created updated unchanged failed } }\n    }\n  }\n": typeof types.ConsoleBulkImportsDocument,
    "\n  mutation ConsoleBulkImportStart($input: BulkImportStartInput!) {\n    bulkImportStart(input: $input) {\n      bulkImport { id status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleBulkImportStartDocument,
    "\n  query ConsoleWavePreview($id: ID!) {\n    campaignWavePreview(id: $id) { matching excludedByTag recentlyMessaged withoutConsent optedOut snapshot expectedHoldout }\n  }\n": typeof types.ConsoleWavePreviewDocument,
    "\n  mutation ConsoleWaveSchedule($id: ID!) {\n    campaignWaveSchedule(id: $id) { wave { id status audienceSize holdoutSize } userErrors { code field message } }\n  }\n": typeof types.ConsoleWaveScheduleDocument,
    "\n  mutation ConsoleWavePause($id: ID!) {\n    campaignWavePause(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": typeof types.ConsoleWavePauseDocument,
    "\n  mutation ConsoleWaveResume($id: ID!) {\n    campaignWaveResume(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": typeof types.ConsoleWaveResumeDocument,
    "\n  mutation ConsoleWaveCancel($id: ID!) {\n    campaignWaveCancel(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": typeof types.ConsoleWaveCancelDocument,
    "\n  query ConsoleContactAccessLog($filter: ContactAccessFilter, $after: String) {\n    contactAccessLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { createdAt field purpose granted refusal user { name } customer { id platformHandle } } }\n    }\n  }\n": typeof types.ConsoleContactAccessLogDocument,
    "\n  query ConsoleFindingStaff($teamId: ID) {\n    users(first: 100, filter: { active: true, teamId: $teamId }) { edges { node { id name role } } }\n  }\n": typeof types.ConsoleFindingStaffDocument,
    "\n  query ConsoleFindingCustomers($ownerId: ID!) {\n    customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id platformHandle displayName } } }\n  }\n": typeof types.ConsoleFindingCustomersDocument,
    "\n  mutation ConsoleAuditFindingAdd($checkId: ID!, $input: AuditFindingAddInput!) {\n    auditFindingAdd(checkId: $checkId, input: $input) { auditFinding { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleAuditFindingAddDocument,
    "\n  query ConsoleAuditCheck($id: ID!, $after: String) {\n    auditCheck(id: $id) {\n      id title status periodFrom periodTo closedAt closedBy { name } team { id name }\n      report { sales { user { id name } followUpsDue doneOnTime doneLate openOverdue onTimeRate } droppedCustomerCount }\n      findings(first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id code severity comment response respondedAt createdAt createdBy { name } subjectUser { name }\n            customer { id platformHandle } correctiveTask { id dueAt status assignee { name } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditCheckDocument,
    "\n  mutation ConsoleAuditCheckClose($id: ID!) {\n    auditCheckClose(id: $id) { auditCheck { id status closedAt } userErrors { code field message } }\n  }\n": typeof types.ConsoleAuditCheckCloseDocument,
    "\n  query ConsoleAuditChecks($after: String, $filter: AuditCheckFilter) {\n    auditChecks(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status periodFrom periodTo findingCount createdAt createdBy { name } team { name } closedAt } }\n    }\n  }\n": typeof types.ConsoleAuditChecksDocument,
    "\n  query ConsoleAuditTeams {\n    salesTeams(first: 100) { edges { node { id name } } }\n  }\n": typeof types.ConsoleAuditTeamsDocument,
    "\n  mutation ConsoleAuditCheckCreate($input: AuditCheckCreateInput!) {\n    auditCheckCreate(input: $input) { auditCheck { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleAuditCheckCreateDocument,
    "\n  query ConsoleAuditTrail($filter: AuditTrailFilter, $after: String) {\n    auditTrail(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId requestId actor { name } changes { field before after redacted } } }\n    }\n  }\n": typeof types.ConsoleAuditTrailDocument,
    "\n  query ConsoleComplianceReport($from: DateTime!, $to: DateTime!) {\n    complianceReport(from: $from, to: $to) {\n      generatedAt\n      customerService { user { id name } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }\n      sales { user { id name } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }\n      droppedCustomerCount\n      droppedCustomers { stage customer { id platformHandle } owner { name } }\n    }\n  }\n": typeof types.ConsoleComplianceReportDocument,
    "\n  mutation ConsoleExportLinkCreate($input: ExportLinkCreateInput!) {\n    exportLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleExportLinkCreateDocument,
    "\n  query ConsoleMyFindings {\n    viewer {\n      id\n      auditFindings(first: 20) {\n        edges { node { id code severity comment response createdAt correctiveTask { dueAt } } }\n      }\n    }\n  }\n": typeof types.ConsoleMyFindingsDocument,
    "\n  mutation ConsoleAuditFindingRespond($id: ID!, $input: AuditFindingRespondInput!) {\n    auditFindingRespond(id: $id, input: $input) { auditFinding { id response respondedAt } userErrors { code field message } }\n  }\n": typeof types.ConsoleAuditFindingRespondDocument,
    "\n  mutation ConsoleCustomerErase($id: ID!, $reason: String!) {\n    customerErase(id: $id, reason: $reason) {\n      customer { id erasedAt platformHandle }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCustomerEraseDocument,
    "\n  mutation ConsoleCustomerDataExport($id: ID!) {\n    customerDataExport(id: $id) {\n      document\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCustomerDataExportDocument,
    "\n  mutation ConsoleCustomerContactUnmask($customerId: ID!, $field: ContactField!, $purpose: UnmaskPurpose!) {\n    customerContactUnmask(customerId: $customerId, field: $field, purpose: $purpose) {\n      field value\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCustomerContactUnmaskDocument,
    "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id version platform platformHandle displayName stage region tags notes\n      phone wechatId realName shippingAddress erasedAt\n      totalSpent paidOrderCount lastPaidAt marketingConsent\n      segment { lifecycle value }\n      tier { id name }\n      owner { id name team { id name } }\n      followUps(first: 20) { edges { node { id kind cycle status dueAt completedAt outcome channel note onTime assignee { name } } } }\n      orders(first: 20) { edges { node { id platformOrderId amount status placedAt paidAt } } }\n      coupons(first: 20) { id code status discountType discountValue createdAt expiresAt }\n      ownershipHistory(first: 20) { edges { node { at reason note fromUser { name } toUser { name } by { name } } } }\n      history(first: 20) { edges { node { id at action entityType actor { name } changes { field before after redacted } } } }\n    }\n  }\n": typeof types.ConsoleCustomerDocument,
    "\n  query ConsoleCustomers($filter: CustomerFilter, $after: String) {\n    customers(filter: $filter, first: 30, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id platform platformHandle displayName stage totalSpent lastPaidAt owner { name } segment { lifecycle } } }\n    }\n  }\n": typeof types.ConsoleCustomersDocument,
    "\n  query ConsoleCustomerMessages($customerId: ID!) {\n    messageDecisions(customerId: $customerId, first: 20) {\n      edges { node { id createdAt channel purpose status detail template { name } } }\n    }\n  }\n": typeof types.ConsoleCustomerMessagesDocument,
    "\n  mutation ConsoleCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id version displayName region tags notes } userErrors { code field message } }\n  }\n": typeof types.ConsoleCustomerUpdateDocument,
    "\n  query ConsoleOutreachTemplates {\n    couponTemplates(first: 50) { edges { node { id name active discountType discountValue } } }\n    messageTemplates(first: 50) { edges { node { id name channel preview } } }\n  }\n": typeof types.ConsoleOutreachTemplatesDocument,
    "\n  mutation ConsoleCouponIssue($input: CouponIssueInput!) {\n    couponIssue(input: $input) {\n      coupon { id code status }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCouponIssueDocument,
    "\n  mutation ConsoleMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message { id status detail dueAt }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleMessageSendDocument,
    "\n  query ConsoleTransferTeams {\n    salesTeams(first: 100) { edges { node { id name members { id name role active } } } }\n  }\n": typeof types.ConsoleTransferTeamsDocument,
    "\n  mutation ConsoleCustomerTransfer($id: ID!, $input: CustomerTransferInput!) {\n    customerTransfer(id: $id, input: $input) {\n      customer { id owner { id name } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleCustomerTransferDocument,
    "\n  query ConsoleKpiIncidents($after: String, $acknowledged: Boolean) {\n    kpiIncidents(first: 20, after: $after, acknowledged: $acknowledged) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kpi firstDay lastDay worstDay value expected low high robustZ note acknowledgedAt acknowledgedBy { name } } }\n    }\n  }\n": typeof types.ConsoleKpiIncidentsDocument,
    "\n  mutation ConsoleKpiIncidentAcknowledge($input: KpiIncidentAcknowledgeInput!) {\n    kpiIncidentAcknowledge(input: $input) { incident { id note acknowledgedAt acknowledgedBy { name } } userErrors { code field message } }\n  }\n": typeof types.ConsoleKpiIncidentAcknowledgeDocument,
    "\n  query ConsoleKpis($from: LocalDate!, $to: LocalDate!, $granularity: KpiGranularity!, $compareTo: KpiComparison!) {\n    kpis(from: $from, to: $to, granularity: $granularity, compareTo: $compareTo) {\n      scope timezone periodStarts\n      series {\n        definition { key name formula unit higherIsBetter }\n        values comparisonValues\n        points { periodStart value comparisonValue change relativeChange flag { status expected low high } }\n      }\n    }\n  }\n": typeof types.ConsoleKpisDocument,
    "\n  mutation ConsoleFollowUpTaskComplete($id: ID!, $input: FollowUpTaskCompleteInput!) {\n    followUpTaskComplete(id: $id, input: $input) {\n      task { id status outcome completedAt onTime }\n      nextTask { id dueAt kind }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleFollowUpTaskCompleteDocument,
    "\n  query ConsoleFollowUpQueue($filter: FollowUpTaskFilter, $after: String) {\n    followUpTasks(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind cycle dueAt overdue status\n          assignee { id name }\n          customer { id platform platformHandle displayName stage }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleFollowUpQueueDocument,
    "\n  subscription ConsoleFollowUpTaskAssigned {\n    followUpTaskAssigned { id }\n  }\n": typeof types.ConsoleFollowUpTaskAssignedDocument,
    "\n  query ConsoleMySheet($authorId: ID!) {\n    registrationSheets(filter: { authorId: $authorId, status: DRAFT }, first: 1) {\n      edges {\n        node {\n          id status periodStart periodEnd entryCount\n          entries(first: 100) {\n            edges { node { id kind productWanted prospectNotes customer { id platform platformHandle displayName } } }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMySheetDocument,
    "\n  mutation ConsoleRegistrationEntryAdd($input: RegistrationEntryAddInput!) {\n    registrationEntryAdd(input: $input) {\n      entry { id }\n      sheet { id entryCount }\n      userErrors { code field message existingId }\n    }\n  }\n": typeof types.ConsoleRegistrationEntryAddDocument,
    "\n  mutation ConsoleRegistrationSheetSubmit($id: ID!) {\n    registrationSheetSubmit(id: $id) {\n      sheet { id status submittedAt late }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleRegistrationSheetSubmitDocument,
    "\n  query ConsoleCustomerMatches($platform: Platform!, $platformHandle: String) {\n    customerMatches(platform: $platform, platformHandle: $platformHandle) {\n      matchedBy\n      customer { id platformHandle displayName stage owner { name } }\n    }\n  }\n": typeof types.ConsoleCustomerMatchesDocument,
    "\n  query ConsoleScreeningQueue($after: String) {\n    registrationEntries(filter: { screened: false, sheetStatus: SUBMITTED }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind productWanted prospectNotes createdAt\n          customer { id platform platformHandle }\n          sheet { id author { name } }\n        }\n      }\n    }\n    salesTeams(first: 50) { edges { node { id name members { id name role active } } } }\n  }\n": typeof types.ConsoleScreeningQueueDocument,
    "\n  mutation ConsoleRegistrationEntriesScreen($input: RegistrationEntriesScreenInput!) {\n    registrationEntriesScreen(input: $input) {\n      results { entryId followUpTask { id assignee { name } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleRegistrationEntriesScreenDocument,
    "\n  query ConsoleCareRules {\n    careRules { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } }\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n    couponTemplates(first: 100) { edges { node { id name active } } }\n  }\n": typeof types.ConsoleCareRulesDocument,
    "\n  mutation ConsoleCareRuleSet($input: CareRuleInput!) {\n    careRuleSet(input: $input) { careRule { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } } userErrors { code field message } }\n  }\n": typeof types.ConsoleCareRuleSetDocument,
    "\n  query ConsoleCouponTemplates($after: String) {\n    couponTemplates(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name purpose discountType discountValue minSpend validDays validUntil totalQuantity perCustomerLimit issuedCount active } }\n    }\n  }\n": typeof types.ConsoleCouponTemplatesDocument,
    "\n  mutation ConsoleCouponTemplateCreate($input: CouponTemplateInput!) {\n    couponTemplateCreate(input: $input) { couponTemplate { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleCouponTemplateCreateDocument,
    "\n  mutation ConsoleCouponTemplateActive($id: ID!, $input: CouponTemplateInput!) {\n    couponTemplateUpdate(id: $id, input: $input) { couponTemplate { id active } userErrors { code field message } }\n  }\n": typeof types.ConsoleCouponTemplateActiveDocument,
    "\n  query ConsoleTiers {\n    membershipTiers { id rank name minPaidOrders minSpent windowDays discountPercent }\n  }\n": typeof types.ConsoleTiersDocument,
    "\n  mutation ConsoleTierUpsert($input: MembershipTierUpsertInput!) {\n    membershipTierUpsert(input: $input) { membershipTier { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleTierUpsertDocument,
    "\n  mutation ConsoleTiersRecompute {\n    membershipTiersRecompute { changed userErrors { code field message } }\n  }\n": typeof types.ConsoleTiersRecomputeDocument,
    "\n  query ConsoleMessageTemplates($after: String, $includeArchived: Boolean) {\n    messageTemplates(first: 20, after: $after, includeArchived: $includeArchived) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name channel body preview smsSegments variables signed archivedAt } }\n    }\n  }\n": typeof types.ConsoleMessageTemplatesDocument,
    "\n  mutation ConsoleMessageTemplateCreate($input: MessageTemplateInput!) {\n    messageTemplateCreate(input: $input) { messageTemplate { id preview smsSegments } userErrors { code field message } }\n  }\n": typeof types.ConsoleMessageTemplateCreateDocument,
    "\n  mutation ConsoleMessageTemplateArchive($id: ID!) {\n    messageTemplateArchive(id: $id) { messageTemplate { id archivedAt } userErrors { code field message } }\n  }\n": typeof types.ConsoleMessageTemplateArchiveDocument,
    "\n  query ConsolePolicies {\n    viewer {\n      id\n      shop {\n        id sheetGraceHours unpaidReminderHours conversionDays\n        marketingCapPerDay marketingCapPerWeek transactionalCapPerDay transactionalCapPerWeek quietHoursFrom quietHoursUntil openQuietHoursOnPromotionDays\n        followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool }\n        segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent }\n      }\n    }\n  }\n": typeof types.ConsolePoliciesDocument,
    "\n  mutation ConsoleFollowUpPolicyUpdate($input: FollowUpPolicyInput!) {\n    followUpPolicyUpdate(input: $input) { followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool } userErrors { code field message } }\n  }\n": typeof types.ConsoleFollowUpPolicyUpdateDocument,
    "\n  mutation ConsoleSegmentPolicyUpdate($input: SegmentPolicyInput!) {\n    segmentPolicyUpdate(input: $input) { segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent } userErrors { code field message } }\n  }\n": typeof types.ConsoleSegmentPolicyUpdateDocument,
    "\n  mutation ConsoleShopUpdate($input: ShopUpdateInput!) {\n    shopUpdate(input: $input) { shop { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleShopUpdateDocument,
    "\n  mutation ConsoleUserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) { user { id role active team { id name } } userErrors { code field message } }\n  }\n": typeof types.ConsoleUserUpdateDocument,
    "\n  mutation ConsoleUserSessionsEnd($id: ID!) {\n    userSessionsEnd(id: $id) { endedSessions userErrors { code field message } }\n  }\n": typeof types.ConsoleUserSessionsEndDocument,
    "\n  query ConsoleStaff($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email role active isTeamLead team { id name } } }\n    }\n    salesTeams(first: 100) { edges { node { id name lead { id name } members { id } } } }\n  }\n": typeof types.ConsoleStaffDocument,
    "\n  mutation ConsoleUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleUserCreateDocument,
    "\n  mutation ConsoleSalesTeamCreate($input: SalesTeamCreateInput!) {\n    salesTeamCreate(input: $input) { salesTeam { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleSalesTeamCreateDocument,
    "\n  mutation ConsoleSalesTeamUpdate($id: ID!, $input: SalesTeamUpdateInput!) {\n    salesTeamUpdate(id: $id, input: $input) { salesTeam { id lead { id name } } userErrors { code field message } }\n  }\n": typeof types.ConsoleSalesTeamUpdateDocument,
    "\n  query ConsoleWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id url description eventTypes disabledAt disabledReason createdAt } }\n    }\n  }\n": typeof types.ConsoleWebhookEndpointsDocument,
    "\n  mutation ConsoleWebhookEndpointCreate($input: WebhookEndpointInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleWebhookEndpointCreateDocument,
    "\n  mutation ConsoleWebhookEndpointEnable($id: ID!, $input: WebhookEndpointInput!) {\n    webhookEndpointUpdate(id: $id, input: $input) {\n      webhookEndpoint { id disabledAt disabledReason }\n      userErrors { code field message }\n    }\n  }\n": typeof types.ConsoleWebhookEndpointEnableDocument,
    "\n  query ConsoleWebhookEvents($after: String, $type: WebhookEventType, $deadOnly: Boolean) {\n    webhookEvents(first: 20, after: $after, type: $type, deadOnly: $deadOnly) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id type webhookId createdAt\n          deliveries { status attempts lastStatus lastError succeededAt nextAttemptAt endpoint { id url } }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleWebhookEventsDocument,
    "\n  mutation ConsoleWebhookEventReplay($id: ID!) {\n    webhookEventReplay(id: $id) { webhookEvent { id } userErrors { code field message } }\n  }\n": typeof types.ConsoleWebhookEventReplayDocument,
};
const documents: Documents = {
    "\n  query ConsoleViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      isTeamLead\n      team { id name }\n      shop { id name timezone }\n    }\n  }\n": types.ConsoleViewerDocument,
    "\n  mutation ConsoleLogout {\n    logout { userErrors { code message } }\n  }\n": types.ConsoleLogoutDocument,
    "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query ConsoleWaveTemplates {\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n  }\n": types.ConsoleWaveTemplatesDocument,
    "\n  mutation ConsoleCampaignWaveCreate($campaignId: ID!, $input: CampaignWaveInput!) {\n    campaignWaveCreate(campaignId: $campaignId, input: $input) {\n      wave { id }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCampaignWaveCreateDocument,
    "\n  query ConsoleCampaignLift($campaignId: ID!) {\n    campaignLift(campaignId: $campaignId) { sentCustomers sentConverted sentRate holdoutCustomers holdoutConverted holdoutRate lift liftLow liftHigh significant }\n  }\n": types.ConsoleCampaignLiftDocument,
    "\n  query ConsoleCampaigns($after: String) {\n    campaigns(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name eventDate holdoutShare conversionDays\n          waves {\n            id name status offsetDays sendFrom sendUntil sendsAt audienceSize holdoutSize version\n            template { name }\n            messageCounts { status rule count }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleCampaignsDocument,
    "\n  mutation ConsoleCampaignCreate($input: CampaignInput!) {\n    campaignCreate(input: $input) {\n      campaign { id }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCampaignCreateDocument,
    "\n  subscription ConsoleBulkImportProgress($id: ID) {\n    bulkImportProgress(id: $id) { id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt }\n  }\n": types.ConsoleBulkImportProgressDocument,
    "\n  query ConsoleBulkImport($id: ID!) {\n    bulkImport(id: $id) {\n      id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt\n      errors(first: 20) { totalCount edges { node { line column code message } } }\n    }\n  }\n": types.ConsoleBulkImportDocument,
    "\n  query ConsoleBulkImports($after: String) {\n    bulkImports(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id format status createdAt rowsRead created updated unchanged failed } }\n    }\n  }\n": types.ConsoleBulkImportsDocument,
    "\n  mutation ConsoleBulkImportStart($input: BulkImportStartInput!) {\n    bulkImportStart(input: $input) {\n      bulkImport { id status }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleBulkImportStartDocument,
    "\n  query ConsoleWavePreview($id: ID!) {\n    campaignWavePreview(id: $id) { matching excludedByTag recentlyMessaged withoutConsent optedOut snapshot expectedHoldout }\n  }\n": types.ConsoleWavePreviewDocument,
    "\n  mutation ConsoleWaveSchedule($id: ID!) {\n    campaignWaveSchedule(id: $id) { wave { id status audienceSize holdoutSize } userErrors { code field message } }\n  }\n": types.ConsoleWaveScheduleDocument,
    "\n  mutation ConsoleWavePause($id: ID!) {\n    campaignWavePause(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": types.ConsoleWavePauseDocument,
    "\n  mutation ConsoleWaveResume($id: ID!) {\n    campaignWaveResume(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": types.ConsoleWaveResumeDocument,
    "\n  mutation ConsoleWaveCancel($id: ID!) {\n    campaignWaveCancel(id: $id) { wave { id status } userErrors { code field message } }\n  }\n": types.ConsoleWaveCancelDocument,
    "\n  query ConsoleContactAccessLog($filter: ContactAccessFilter, $after: String) {\n    contactAccessLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { createdAt field purpose granted refusal user { name } customer { id platformHandle } } }\n    }\n  }\n": types.ConsoleContactAccessLogDocument,
    "\n  query ConsoleFindingStaff($teamId: ID) {\n    users(first: 100, filter: { active: true, teamId: $teamId }) { edges { node { id name role } } }\n  }\n": types.ConsoleFindingStaffDocument,
    "\n  query ConsoleFindingCustomers($ownerId: ID!) {\n    customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id platformHandle displayName } } }\n  }\n": types.ConsoleFindingCustomersDocument,
    "\n  mutation ConsoleAuditFindingAdd($checkId: ID!, $input: AuditFindingAddInput!) {\n    auditFindingAdd(checkId: $checkId, input: $input) { auditFinding { id } userErrors { code field message } }\n  }\n": types.ConsoleAuditFindingAddDocument,
    "\n  query ConsoleAuditCheck($id: ID!, $after: String) {\n    auditCheck(id: $id) {\n      id title status periodFrom periodTo closedAt closedBy { name } team { id name }\n      report { sales { user { id name } followUpsDue doneOnTime doneLate openOverdue onTimeRate } droppedCustomerCount }\n      findings(first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id code severity comment response respondedAt createdAt createdBy { name } subjectUser { name }\n            customer { id platformHandle } correctiveTask { id dueAt status assignee { name } }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleAuditCheckDocument,
    "\n  mutation ConsoleAuditCheckClose($id: ID!) {\n    auditCheckClose(id: $id) { auditCheck { id status closedAt } userErrors { code field message } }\n  }\n": types.ConsoleAuditCheckCloseDocument,
    "\n  query ConsoleAuditChecks($after: String, $filter: AuditCheckFilter) {\n    auditChecks(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status periodFrom periodTo findingCount createdAt createdBy { name } team { name } closedAt } }\n    }\n  }\n": types.ConsoleAuditChecksDocument,
    "\n  query ConsoleAuditTeams {\n    salesTeams(first: 100) { edges { node { id name } } }\n  }\n": types.ConsoleAuditTeamsDocument,
    "\n  mutation ConsoleAuditCheckCreate($input: AuditCheckCreateInput!) {\n    auditCheckCreate(input: $input) { auditCheck { id } userErrors { code field message } }\n  }\n": types.ConsoleAuditCheckCreateDocument,
    "\n  query ConsoleAuditTrail($filter: AuditTrailFilter, $after: String) {\n    auditTrail(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId requestId actor { name } changes { field before after redacted } } }\n    }\n  }\n": types.ConsoleAuditTrailDocument,
    "\n  query ConsoleComplianceReport($from: DateTime!, $to: DateTime!) {\n    complianceReport(from: $from, to: $to) {\n      generatedAt\n      customerService { user { id name } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }\n      sales { user { id name } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }\n      droppedCustomerCount\n      droppedCustomers { stage customer { id platformHandle } owner { name } }\n    }\n  }\n": types.ConsoleComplianceReportDocument,
    "\n  mutation ConsoleExportLinkCreate($input: ExportLinkCreateInput!) {\n    exportLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleExportLinkCreateDocument,
    "\n  query ConsoleMyFindings {\n    viewer {\n      id\n      auditFindings(first: 20) {\n        edges { node { id code severity comment response createdAt correctiveTask { dueAt } } }\n      }\n    }\n  }\n": types.ConsoleMyFindingsDocument,
    "\n  mutation ConsoleAuditFindingRespond($id: ID!, $input: AuditFindingRespondInput!) {\n    auditFindingRespond(id: $id, input: $input) { auditFinding { id response respondedAt } userErrors { code field message } }\n  }\n": types.ConsoleAuditFindingRespondDocument,
    "\n  mutation ConsoleCustomerErase($id: ID!, $reason: String!) {\n    customerErase(id: $id, reason: $reason) {\n      customer { id erasedAt platformHandle }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCustomerEraseDocument,
    "\n  mutation ConsoleCustomerDataExport($id: ID!) {\n    customerDataExport(id: $id) {\n      document\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCustomerDataExportDocument,
    "\n  mutation ConsoleCustomerContactUnmask($customerId: ID!, $field: ContactField!, $purpose: UnmaskPurpose!) {\n    customerContactUnmask(customerId: $customerId, field: $field, purpose: $purpose) {\n      field value\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCustomerContactUnmaskDocument,
    "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id version platform platformHandle displayName stage region tags notes\n      phone wechatId realName shippingAddress erasedAt\n      totalSpent paidOrderCount lastPaidAt marketingConsent\n      segment { lifecycle value }\n      tier { id name }\n      owner { id name team { id name } }\n      followUps(first: 20) { edges { node { id kind cycle status dueAt completedAt outcome channel note onTime assignee { name } } } }\n      orders(first: 20) { edges { node { id platformOrderId amount status placedAt paidAt } } }\n      coupons(first: 20) { id code status discountType discountValue createdAt expiresAt }\n      ownershipHistory(first: 20) { edges { node { at reason note fromUser { name } toUser { name } by { name } } } }\n      history(first: 20) { edges { node { id at action entityType actor { name } changes { field before after redacted } } } }\n    }\n  }\n": types.ConsoleCustomerDocument,
    "\n  query ConsoleCustomers($filter: CustomerFilter, $after: String) {\n    customers(filter: $filter, first: 30, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id platform platformHandle displayName stage totalSpent lastPaidAt owner { name } segment { lifecycle } } }\n    }\n  }\n": types.ConsoleCustomersDocument,
    "\n  query ConsoleCustomerMessages($customerId: ID!) {\n    messageDecisions(customerId: $customerId, first: 20) {\n      edges { node { id createdAt channel purpose status detail template { name } } }\n    }\n  }\n": types.ConsoleCustomerMessagesDocument,
    "\n  mutation ConsoleCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id version displayName region tags notes } userErrors { code field message } }\n  }\n": types.ConsoleCustomerUpdateDocument,
    "\n  query ConsoleOutreachTemplates {\n    couponTemplates(first: 50) { edges { node { id name active discountType discountValue } } }\n    messageTemplates(first: 50) { edges { node { id name channel preview } } }\n  }\n": types.ConsoleOutreachTemplatesDocument,
    "\n  mutation ConsoleCouponIssue($input: CouponIssueInput!) {\n    couponIssue(input: $input) {\n      coupon { id code status }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCouponIssueDocument,
    "\n  mutation ConsoleMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message { id status detail dueAt }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleMessageSendDocument,
    "\n  query ConsoleTransferTeams {\n    salesTeams(first: 100) { edges { node { id name members { id name role active } } } }\n  }\n": types.ConsoleTransferTeamsDocument,
    "\n  mutation ConsoleCustomerTransfer($id: ID!, $input: CustomerTransferInput!) {\n    customerTransfer(id: $id, input: $input) {\n      customer { id owner { id name } }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleCustomerTransferDocument,
    "\n  query ConsoleKpiIncidents($after: String, $acknowledged: Boolean) {\n    kpiIncidents(first: 20, after: $after, acknowledged: $acknowledged) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kpi firstDay lastDay worstDay value expected low high robustZ note acknowledgedAt acknowledgedBy { name } } }\n    }\n  }\n": types.ConsoleKpiIncidentsDocument,
    "\n  mutation ConsoleKpiIncidentAcknowledge($input: KpiIncidentAcknowledgeInput!) {\n    kpiIncidentAcknowledge(input: $input) { incident { id note acknowledgedAt acknowledgedBy { name } } userErrors { code field message } }\n  }\n": types.ConsoleKpiIncidentAcknowledgeDocument,
    "\n  query ConsoleKpis($from: LocalDate!, $to: LocalDate!, $granularity: KpiGranularity!, $compareTo: KpiComparison!) {\n    kpis(from: $from, to: $to, granularity: $granularity, compareTo: $compareTo) {\n      scope timezone periodStarts\n      series {\n        definition { key name formula unit higherIsBetter }\n        values comparisonValues\n        points { periodStart value comparisonValue change relativeChange flag { status expected low high } }\n      }\n    }\n  }\n": types.ConsoleKpisDocument,
    "\n  mutation ConsoleFollowUpTaskComplete($id: ID!, $input: FollowUpTaskCompleteInput!) {\n    followUpTaskComplete(id: $id, input: $input) {\n      task { id status outcome completedAt onTime }\n      nextTask { id dueAt kind }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleFollowUpTaskCompleteDocument,
    "\n  query ConsoleFollowUpQueue($filter: FollowUpTaskFilter, $after: String) {\n    followUpTasks(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind cycle dueAt overdue status\n          assignee { id name }\n          customer { id platform platformHandle displayName stage }\n        }\n      }\n    }\n  }\n": types.ConsoleFollowUpQueueDocument,
    "\n  subscription ConsoleFollowUpTaskAssigned {\n    followUpTaskAssigned { id }\n  }\n": types.ConsoleFollowUpTaskAssignedDocument,
    "\n  query ConsoleMySheet($authorId: ID!) {\n    registrationSheets(filter: { authorId: $authorId, status: DRAFT }, first: 1) {\n      edges {\n        node {\n          id status periodStart periodEnd entryCount\n          entries(first: 100) {\n            edges { node { id kind productWanted prospectNotes customer { id platform platformHandle displayName } } }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleMySheetDocument,
    "\n  mutation ConsoleRegistrationEntryAdd($input: RegistrationEntryAddInput!) {\n    registrationEntryAdd(input: $input) {\n      entry { id }\n      sheet { id entryCount }\n      userErrors { code field message existingId }\n    }\n  }\n": types.ConsoleRegistrationEntryAddDocument,
    "\n  mutation ConsoleRegistrationSheetSubmit($id: ID!) {\n    registrationSheetSubmit(id: $id) {\n      sheet { id status submittedAt late }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleRegistrationSheetSubmitDocument,
    "\n  query ConsoleCustomerMatches($platform: Platform!, $platformHandle: String) {\n    customerMatches(platform: $platform, platformHandle: $platformHandle) {\n      matchedBy\n      customer { id platformHandle displayName stage owner { name } }\n    }\n  }\n": types.ConsoleCustomerMatchesDocument,
    "\n  query ConsoleScreeningQueue($after: String) {\n    registrationEntries(filter: { screened: false, sheetStatus: SUBMITTED }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind productWanted prospectNotes createdAt\n          customer { id platform platformHandle }\n          sheet { id author { name } }\n        }\n      }\n    }\n    salesTeams(first: 50) { edges { node { id name members { id name role active } } } }\n  }\n": types.ConsoleScreeningQueueDocument,
    "\n  mutation ConsoleRegistrationEntriesScreen($input: RegistrationEntriesScreenInput!) {\n    registrationEntriesScreen(input: $input) {\n      results { entryId followUpTask { id assignee { name } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleRegistrationEntriesScreenDocument,
    "\n  query ConsoleCareRules {\n    careRules { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } }\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n    couponTemplates(first: 100) { edges { node { id name active } } }\n  }\n": types.ConsoleCareRulesDocument,
    "\n  mutation ConsoleCareRuleSet($input: CareRuleInput!) {\n    careRuleSet(input: $input) { careRule { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } } userErrors { code field message } }\n  }\n": types.ConsoleCareRuleSetDocument,
    "\n  query ConsoleCouponTemplates($after: String) {\n    couponTemplates(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name purpose discountType discountValue minSpend validDays validUntil totalQuantity perCustomerLimit issuedCount active } }\n    }\n  }\n": types.ConsoleCouponTemplatesDocument,
    "\n  mutation ConsoleCouponTemplateCreate($input: CouponTemplateInput!) {\n    couponTemplateCreate(input: $input) { couponTemplate { id } userErrors { code field message } }\n  }\n": types.ConsoleCouponTemplateCreateDocument,
    "\n  mutation ConsoleCouponTemplateActive($id: ID!, $input: CouponTemplateInput!) {\n    couponTemplateUpdate(id: $id, input: $input) { couponTemplate { id active } userErrors { code field message } }\n  }\n": types.ConsoleCouponTemplateActiveDocument,
    "\n  query ConsoleTiers {\n    membershipTiers { id rank name minPaidOrders minSpent windowDays discountPercent }\n  }\n": types.ConsoleTiersDocument,
    "\n  mutation ConsoleTierUpsert($input: MembershipTierUpsertInput!) {\n    membershipTierUpsert(input: $input) { membershipTier { id } userErrors { code field message } }\n  }\n": types.ConsoleTierUpsertDocument,
    "\n  mutation ConsoleTiersRecompute {\n    membershipTiersRecompute { changed userErrors { code field message } }\n  }\n": types.ConsoleTiersRecomputeDocument,
    "\n  query ConsoleMessageTemplates($after: String, $includeArchived: Boolean) {\n    messageTemplates(first: 20, after: $after, includeArchived: $includeArchived) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name channel body preview smsSegments variables signed archivedAt } }\n    }\n  }\n": types.ConsoleMessageTemplatesDocument,
    "\n  mutation ConsoleMessageTemplateCreate($input: MessageTemplateInput!) {\n    messageTemplateCreate(input: $input) { messageTemplate { id preview smsSegments } userErrors { code field message } }\n  }\n": types.ConsoleMessageTemplateCreateDocument,
    "\n  mutation ConsoleMessageTemplateArchive($id: ID!) {\n    messageTemplateArchive(id: $id) { messageTemplate { id archivedAt } userErrors { code field message } }\n  }\n": types.ConsoleMessageTemplateArchiveDocument,
    "\n  query ConsolePolicies {\n    viewer {\n      id\n      shop {\n        id sheetGraceHours unpaidReminderHours conversionDays\n        marketingCapPerDay marketingCapPerWeek transactionalCapPerDay transactionalCapPerWeek quietHoursFrom quietHoursUntil openQuietHoursOnPromotionDays\n        followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool }\n        segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent }\n      }\n    }\n  }\n": types.ConsolePoliciesDocument,
    "\n  mutation ConsoleFollowUpPolicyUpdate($input: FollowUpPolicyInput!) {\n    followUpPolicyUpdate(input: $input) { followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool } userErrors { code field message } }\n  }\n": types.ConsoleFollowUpPolicyUpdateDocument,
    "\n  mutation ConsoleSegmentPolicyUpdate($input: SegmentPolicyInput!) {\n    segmentPolicyUpdate(input: $input) { segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent } userErrors { code field message } }\n  }\n": types.ConsoleSegmentPolicyUpdateDocument,
    "\n  mutation ConsoleShopUpdate($input: ShopUpdateInput!) {\n    shopUpdate(input: $input) { shop { id } userErrors { code field message } }\n  }\n": types.ConsoleShopUpdateDocument,
    "\n  mutation ConsoleUserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) { user { id role active team { id name } } userErrors { code field message } }\n  }\n": types.ConsoleUserUpdateDocument,
    "\n  mutation ConsoleUserSessionsEnd($id: ID!) {\n    userSessionsEnd(id: $id) { endedSessions userErrors { code field message } }\n  }\n": types.ConsoleUserSessionsEndDocument,
    "\n  query ConsoleStaff($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email role active isTeamLead team { id name } } }\n    }\n    salesTeams(first: 100) { edges { node { id name lead { id name } members { id } } } }\n  }\n": types.ConsoleStaffDocument,
    "\n  mutation ConsoleUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id } userErrors { code field message } }\n  }\n": types.ConsoleUserCreateDocument,
    "\n  mutation ConsoleSalesTeamCreate($input: SalesTeamCreateInput!) {\n    salesTeamCreate(input: $input) { salesTeam { id } userErrors { code field message } }\n  }\n": types.ConsoleSalesTeamCreateDocument,
    "\n  mutation ConsoleSalesTeamUpdate($id: ID!, $input: SalesTeamUpdateInput!) {\n    salesTeamUpdate(id: $id, input: $input) { salesTeam { id lead { id name } } userErrors { code field message } }\n  }\n": types.ConsoleSalesTeamUpdateDocument,
    "\n  query ConsoleWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id url description eventTypes disabledAt disabledReason createdAt } }\n    }\n  }\n": types.ConsoleWebhookEndpointsDocument,
    "\n  mutation ConsoleWebhookEndpointCreate($input: WebhookEndpointInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleWebhookEndpointCreateDocument,
    "\n  mutation ConsoleWebhookEndpointEnable($id: ID!, $input: WebhookEndpointInput!) {\n    webhookEndpointUpdate(id: $id, input: $input) {\n      webhookEndpoint { id disabledAt disabledReason }\n      userErrors { code field message }\n    }\n  }\n": types.ConsoleWebhookEndpointEnableDocument,
    "\n  query ConsoleWebhookEvents($after: String, $type: WebhookEventType, $deadOnly: Boolean) {\n    webhookEvents(first: 20, after: $after, type: $type, deadOnly: $deadOnly) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id type webhookId createdAt\n          deliveries { status attempts lastStatus lastError succeededAt nextAttemptAt endpoint { id url } }\n        }\n      }\n    }\n  }\n": types.ConsoleWebhookEventsDocument,
    "\n  mutation ConsoleWebhookEventReplay($id: ID!) {\n    webhookEventReplay(id: $id) { webhookEvent { id } userErrors { code field message } }\n  }\n": types.ConsoleWebhookEventReplayDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      isTeamLead\n      team { id name }\n      shop { id name timezone }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleViewer {\n    viewer {\n      id\n      name\n      email\n      role\n      isTeamLead\n      team { id name }\n      shop { id name timezone }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout { userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout { userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWaveTemplates {\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n  }\n"): (typeof documents)["\n  query ConsoleWaveTemplates {\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCampaignWaveCreate($campaignId: ID!, $input: CampaignWaveInput!) {\n    campaignWaveCreate(campaignId: $campaignId, input: $input) {\n      wave { id }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCampaignWaveCreate($campaignId: ID!, $input: CampaignWaveInput!) {\n    campaignWaveCreate(campaignId: $campaignId, input: $input) {\n      wave { id }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaignLift($campaignId: ID!) {\n    campaignLift(campaignId: $campaignId) { sentCustomers sentConverted sentRate holdoutCustomers holdoutConverted holdoutRate lift liftLow liftHigh significant }\n  }\n"): (typeof documents)["\n  query ConsoleCampaignLift($campaignId: ID!) {\n    campaignLift(campaignId: $campaignId) { sentCustomers sentConverted sentRate holdoutCustomers holdoutConverted holdoutRate lift liftLow liftHigh significant }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCampaigns($after: String) {\n    campaigns(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name eventDate holdoutShare conversionDays\n          waves {\n            id name status offsetDays sendFrom sendUntil sendsAt audienceSize holdoutSize version\n            template { name }\n            messageCounts { status rule count }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCampaigns($after: String) {\n    campaigns(first: 10, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id name eventDate holdoutShare conversionDays\n          waves {\n            id name status offsetDays sendFrom sendUntil sendsAt audienceSize holdoutSize version\n            template { name }\n            messageCounts { status rule count }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCampaignCreate($input: CampaignInput!) {\n    campaignCreate(input: $input) {\n      campaign { id }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCampaignCreate($input: CampaignInput!) {\n    campaignCreate(input: $input) {\n      campaign { id }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleBulkImportProgress($id: ID) {\n    bulkImportProgress(id: $id) { id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt }\n  }\n"): (typeof documents)["\n  subscription ConsoleBulkImportProgress($id: ID) {\n    bulkImportProgress(id: $id) { id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBulkImport($id: ID!) {\n    bulkImport(id: $id) {\n      id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt\n      errors(first: 20) { totalCount edges { node { line column code message } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBulkImport($id: ID!) {\n    bulkImport(id: $id) {\n      id status rowsRead created updated unchanged failed bytesRead totalBytes rowsPerSecond etaSeconds failure finishedAt\n      errors(first: 20) { totalCount edges { node { line column code message } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBulkImports($after: String) {\n    bulkImports(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id format status createdAt rowsRead created updated unchanged failed } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBulkImports($after: String) {\n    bulkImports(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id format status createdAt rowsRead created updated unchanged failed } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleBulkImportStart($input: BulkImportStartInput!) {\n    bulkImportStart(input: $input) {\n      bulkImport { id status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleBulkImportStart($input: BulkImportStartInput!) {\n    bulkImportStart(input: $input) {\n      bulkImport { id status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWavePreview($id: ID!) {\n    campaignWavePreview(id: $id) { matching excludedByTag recentlyMessaged withoutConsent optedOut snapshot expectedHoldout }\n  }\n"): (typeof documents)["\n  query ConsoleWavePreview($id: ID!) {\n    campaignWavePreview(id: $id) { matching excludedByTag recentlyMessaged withoutConsent optedOut snapshot expectedHoldout }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWaveSchedule($id: ID!) {\n    campaignWaveSchedule(id: $id) { wave { id status audienceSize holdoutSize } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleWaveSchedule($id: ID!) {\n    campaignWaveSchedule(id: $id) { wave { id status audienceSize holdoutSize } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWavePause($id: ID!) {\n    campaignWavePause(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleWavePause($id: ID!) {\n    campaignWavePause(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWaveResume($id: ID!) {\n    campaignWaveResume(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleWaveResume($id: ID!) {\n    campaignWaveResume(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWaveCancel($id: ID!) {\n    campaignWaveCancel(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleWaveCancel($id: ID!) {\n    campaignWaveCancel(id: $id) { wave { id status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleContactAccessLog($filter: ContactAccessFilter, $after: String) {\n    contactAccessLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { createdAt field purpose granted refusal user { name } customer { id platformHandle } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleContactAccessLog($filter: ContactAccessFilter, $after: String) {\n    contactAccessLog(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { createdAt field purpose granted refusal user { name } customer { id platformHandle } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindingStaff($teamId: ID) {\n    users(first: 100, filter: { active: true, teamId: $teamId }) { edges { node { id name role } } }\n  }\n"): (typeof documents)["\n  query ConsoleFindingStaff($teamId: ID) {\n    users(first: 100, filter: { active: true, teamId: $teamId }) { edges { node { id name role } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFindingCustomers($ownerId: ID!) {\n    customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id platformHandle displayName } } }\n  }\n"): (typeof documents)["\n  query ConsoleFindingCustomers($ownerId: ID!) {\n    customers(first: 50, filter: { ownerId: $ownerId }) { edges { node { id platformHandle displayName } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAuditFindingAdd($checkId: ID!, $input: AuditFindingAddInput!) {\n    auditFindingAdd(checkId: $checkId, input: $input) { auditFinding { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleAuditFindingAdd($checkId: ID!, $input: AuditFindingAddInput!) {\n    auditFindingAdd(checkId: $checkId, input: $input) { auditFinding { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditCheck($id: ID!, $after: String) {\n    auditCheck(id: $id) {\n      id title status periodFrom periodTo closedAt closedBy { name } team { id name }\n      report { sales { user { id name } followUpsDue doneOnTime doneLate openOverdue onTimeRate } droppedCustomerCount }\n      findings(first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id code severity comment response respondedAt createdAt createdBy { name } subjectUser { name }\n            customer { id platformHandle } correctiveTask { id dueAt status assignee { name } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditCheck($id: ID!, $after: String) {\n    auditCheck(id: $id) {\n      id title status periodFrom periodTo closedAt closedBy { name } team { id name }\n      report { sales { user { id name } followUpsDue doneOnTime doneLate openOverdue onTimeRate } droppedCustomerCount }\n      findings(first: 20, after: $after) {\n        pageInfo { hasNextPage endCursor }\n        edges {\n          node {\n            id code severity comment response respondedAt createdAt createdBy { name } subjectUser { name }\n            customer { id platformHandle } correctiveTask { id dueAt status assignee { name } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAuditCheckClose($id: ID!) {\n    auditCheckClose(id: $id) { auditCheck { id status closedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleAuditCheckClose($id: ID!) {\n    auditCheckClose(id: $id) { auditCheck { id status closedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditChecks($after: String, $filter: AuditCheckFilter) {\n    auditChecks(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status periodFrom periodTo findingCount createdAt createdBy { name } team { name } closedAt } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditChecks($after: String, $filter: AuditCheckFilter) {\n    auditChecks(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id title status periodFrom periodTo findingCount createdAt createdBy { name } team { name } closedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditTeams {\n    salesTeams(first: 100) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query ConsoleAuditTeams {\n    salesTeams(first: 100) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAuditCheckCreate($input: AuditCheckCreateInput!) {\n    auditCheckCreate(input: $input) { auditCheck { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleAuditCheckCreate($input: AuditCheckCreateInput!) {\n    auditCheckCreate(input: $input) { auditCheck { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditTrail($filter: AuditTrailFilter, $after: String) {\n    auditTrail(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId requestId actor { name } changes { field before after redacted } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditTrail($filter: AuditTrailFilter, $after: String) {\n    auditTrail(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id at action entityType entityId requestId actor { name } changes { field before after redacted } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleComplianceReport($from: DateTime!, $to: DateTime!) {\n    complianceReport(from: $from, to: $to) {\n      generatedAt\n      customerService { user { id name } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }\n      sales { user { id name } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }\n      droppedCustomerCount\n      droppedCustomers { stage customer { id platformHandle } owner { name } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleComplianceReport($from: DateTime!, $to: DateTime!) {\n    complianceReport(from: $from, to: $to) {\n      generatedAt\n      customerService { user { id name } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }\n      sales { user { id name } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }\n      droppedCustomerCount\n      droppedCustomers { stage customer { id platformHandle } owner { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleExportLinkCreate($input: ExportLinkCreateInput!) {\n    exportLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleExportLinkCreate($input: ExportLinkCreateInput!) {\n    exportLinkCreate(input: $input) {\n      link { url expiresAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMyFindings {\n    viewer {\n      id\n      auditFindings(first: 20) {\n        edges { node { id code severity comment response createdAt correctiveTask { dueAt } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMyFindings {\n    viewer {\n      id\n      auditFindings(first: 20) {\n        edges { node { id code severity comment response createdAt correctiveTask { dueAt } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleAuditFindingRespond($id: ID!, $input: AuditFindingRespondInput!) {\n    auditFindingRespond(id: $id, input: $input) { auditFinding { id response respondedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleAuditFindingRespond($id: ID!, $input: AuditFindingRespondInput!) {\n    auditFindingRespond(id: $id, input: $input) { auditFinding { id response respondedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCustomerErase($id: ID!, $reason: String!) {\n    customerErase(id: $id, reason: $reason) {\n      customer { id erasedAt platformHandle }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCustomerErase($id: ID!, $reason: String!) {\n    customerErase(id: $id, reason: $reason) {\n      customer { id erasedAt platformHandle }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCustomerDataExport($id: ID!) {\n    customerDataExport(id: $id) {\n      document\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCustomerDataExport($id: ID!) {\n    customerDataExport(id: $id) {\n      document\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCustomerContactUnmask($customerId: ID!, $field: ContactField!, $purpose: UnmaskPurpose!) {\n    customerContactUnmask(customerId: $customerId, field: $field, purpose: $purpose) {\n      field value\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCustomerContactUnmask($customerId: ID!, $field: ContactField!, $purpose: UnmaskPurpose!) {\n    customerContactUnmask(customerId: $customerId, field: $field, purpose: $purpose) {\n      field value\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id version platform platformHandle displayName stage region tags notes\n      phone wechatId realName shippingAddress erasedAt\n      totalSpent paidOrderCount lastPaidAt marketingConsent\n      segment { lifecycle value }\n      tier { id name }\n      owner { id name team { id name } }\n      followUps(first: 20) { edges { node { id kind cycle status dueAt completedAt outcome channel note onTime assignee { name } } } }\n      orders(first: 20) { edges { node { id platformOrderId amount status placedAt paidAt } } }\n      coupons(first: 20) { id code status discountType discountValue createdAt expiresAt }\n      ownershipHistory(first: 20) { edges { node { at reason note fromUser { name } toUser { name } by { name } } } }\n      history(first: 20) { edges { node { id at action entityType actor { name } changes { field before after redacted } } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomer($id: ID!) {\n    customer(id: $id) {\n      id version platform platformHandle displayName stage region tags notes\n      phone wechatId realName shippingAddress erasedAt\n      totalSpent paidOrderCount lastPaidAt marketingConsent\n      segment { lifecycle value }\n      tier { id name }\n      owner { id name team { id name } }\n      followUps(first: 20) { edges { node { id kind cycle status dueAt completedAt outcome channel note onTime assignee { name } } } }\n      orders(first: 20) { edges { node { id platformOrderId amount status placedAt paidAt } } }\n      coupons(first: 20) { id code status discountType discountValue createdAt expiresAt }\n      ownershipHistory(first: 20) { edges { node { at reason note fromUser { name } toUser { name } by { name } } } }\n      history(first: 20) { edges { node { id at action entityType actor { name } changes { field before after redacted } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomers($filter: CustomerFilter, $after: String) {\n    customers(filter: $filter, first: 30, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id platform platformHandle displayName stage totalSpent lastPaidAt owner { name } segment { lifecycle } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomers($filter: CustomerFilter, $after: String) {\n    customers(filter: $filter, first: 30, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id platform platformHandle displayName stage totalSpent lastPaidAt owner { name } segment { lifecycle } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerMessages($customerId: ID!) {\n    messageDecisions(customerId: $customerId, first: 20) {\n      edges { node { id createdAt channel purpose status detail template { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerMessages($customerId: ID!) {\n    messageDecisions(customerId: $customerId, first: 20) {\n      edges { node { id createdAt channel purpose status detail template { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id version displayName region tags notes } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleCustomerUpdate($id: ID!, $input: CustomerUpdateInput!) {\n    customerUpdate(id: $id, input: $input) { customer { id version displayName region tags notes } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutreachTemplates {\n    couponTemplates(first: 50) { edges { node { id name active discountType discountValue } } }\n    messageTemplates(first: 50) { edges { node { id name channel preview } } }\n  }\n"): (typeof documents)["\n  query ConsoleOutreachTemplates {\n    couponTemplates(first: 50) { edges { node { id name active discountType discountValue } } }\n    messageTemplates(first: 50) { edges { node { id name channel preview } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCouponIssue($input: CouponIssueInput!) {\n    couponIssue(input: $input) {\n      coupon { id code status }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCouponIssue($input: CouponIssueInput!) {\n    couponIssue(input: $input) {\n      coupon { id code status }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message { id status detail dueAt }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleMessageSend($input: MessageSendInput!) {\n    messageSend(input: $input) {\n      message { id status detail dueAt }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTransferTeams {\n    salesTeams(first: 100) { edges { node { id name members { id name role active } } } }\n  }\n"): (typeof documents)["\n  query ConsoleTransferTeams {\n    salesTeams(first: 100) { edges { node { id name members { id name role active } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCustomerTransfer($id: ID!, $input: CustomerTransferInput!) {\n    customerTransfer(id: $id, input: $input) {\n      customer { id owner { id name } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCustomerTransfer($id: ID!, $input: CustomerTransferInput!) {\n    customerTransfer(id: $id, input: $input) {\n      customer { id owner { id name } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKpiIncidents($after: String, $acknowledged: Boolean) {\n    kpiIncidents(first: 20, after: $after, acknowledged: $acknowledged) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kpi firstDay lastDay worstDay value expected low high robustZ note acknowledgedAt acknowledgedBy { name } } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleKpiIncidents($after: String, $acknowledged: Boolean) {\n    kpiIncidents(first: 20, after: $after, acknowledged: $acknowledged) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id kpi firstDay lastDay worstDay value expected low high robustZ note acknowledgedAt acknowledgedBy { name } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleKpiIncidentAcknowledge($input: KpiIncidentAcknowledgeInput!) {\n    kpiIncidentAcknowledge(input: $input) { incident { id note acknowledgedAt acknowledgedBy { name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleKpiIncidentAcknowledge($input: KpiIncidentAcknowledgeInput!) {\n    kpiIncidentAcknowledge(input: $input) { incident { id note acknowledgedAt acknowledgedBy { name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleKpis($from: LocalDate!, $to: LocalDate!, $granularity: KpiGranularity!, $compareTo: KpiComparison!) {\n    kpis(from: $from, to: $to, granularity: $granularity, compareTo: $compareTo) {\n      scope timezone periodStarts\n      series {\n        definition { key name formula unit higherIsBetter }\n        values comparisonValues\n        points { periodStart value comparisonValue change relativeChange flag { status expected low high } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleKpis($from: LocalDate!, $to: LocalDate!, $granularity: KpiGranularity!, $compareTo: KpiComparison!) {\n    kpis(from: $from, to: $to, granularity: $granularity, compareTo: $compareTo) {\n      scope timezone periodStarts\n      series {\n        definition { key name formula unit higherIsBetter }\n        values comparisonValues\n        points { periodStart value comparisonValue change relativeChange flag { status expected low high } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFollowUpTaskComplete($id: ID!, $input: FollowUpTaskCompleteInput!) {\n    followUpTaskComplete(id: $id, input: $input) {\n      task { id status outcome completedAt onTime }\n      nextTask { id dueAt kind }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleFollowUpTaskComplete($id: ID!, $input: FollowUpTaskCompleteInput!) {\n    followUpTaskComplete(id: $id, input: $input) {\n      task { id status outcome completedAt onTime }\n      nextTask { id dueAt kind }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleFollowUpQueue($filter: FollowUpTaskFilter, $after: String) {\n    followUpTasks(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind cycle dueAt overdue status\n          assignee { id name }\n          customer { id platform platformHandle displayName stage }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleFollowUpQueue($filter: FollowUpTaskFilter, $after: String) {\n    followUpTasks(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind cycle dueAt overdue status\n          assignee { id name }\n          customer { id platform platformHandle displayName stage }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConsoleFollowUpTaskAssigned {\n    followUpTaskAssigned { id }\n  }\n"): (typeof documents)["\n  subscription ConsoleFollowUpTaskAssigned {\n    followUpTaskAssigned { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMySheet($authorId: ID!) {\n    registrationSheets(filter: { authorId: $authorId, status: DRAFT }, first: 1) {\n      edges {\n        node {\n          id status periodStart periodEnd entryCount\n          entries(first: 100) {\n            edges { node { id kind productWanted prospectNotes customer { id platform platformHandle displayName } } }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMySheet($authorId: ID!) {\n    registrationSheets(filter: { authorId: $authorId, status: DRAFT }, first: 1) {\n      edges {\n        node {\n          id status periodStart periodEnd entryCount\n          entries(first: 100) {\n            edges { node { id kind productWanted prospectNotes customer { id platform platformHandle displayName } } }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegistrationEntryAdd($input: RegistrationEntryAddInput!) {\n    registrationEntryAdd(input: $input) {\n      entry { id }\n      sheet { id entryCount }\n      userErrors { code field message existingId }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegistrationEntryAdd($input: RegistrationEntryAddInput!) {\n    registrationEntryAdd(input: $input) {\n      entry { id }\n      sheet { id entryCount }\n      userErrors { code field message existingId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegistrationSheetSubmit($id: ID!) {\n    registrationSheetSubmit(id: $id) {\n      sheet { id status submittedAt late }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegistrationSheetSubmit($id: ID!) {\n    registrationSheetSubmit(id: $id) {\n      sheet { id status submittedAt late }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCustomerMatches($platform: Platform!, $platformHandle: String) {\n    customerMatches(platform: $platform, platformHandle: $platformHandle) {\n      matchedBy\n      customer { id platformHandle displayName stage owner { name } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCustomerMatches($platform: Platform!, $platformHandle: String) {\n    customerMatches(platform: $platform, platformHandle: $platformHandle) {\n      matchedBy\n      customer { id platformHandle displayName stage owner { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleScreeningQueue($after: String) {\n    registrationEntries(filter: { screened: false, sheetStatus: SUBMITTED }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind productWanted prospectNotes createdAt\n          customer { id platform platformHandle }\n          sheet { id author { name } }\n        }\n      }\n    }\n    salesTeams(first: 50) { edges { node { id name members { id name role active } } } }\n  }\n"): (typeof documents)["\n  query ConsoleScreeningQueue($after: String) {\n    registrationEntries(filter: { screened: false, sheetStatus: SUBMITTED }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id kind productWanted prospectNotes createdAt\n          customer { id platform platformHandle }\n          sheet { id author { name } }\n        }\n      }\n    }\n    salesTeams(first: 50) { edges { node { id name members { id name role active } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRegistrationEntriesScreen($input: RegistrationEntriesScreenInput!) {\n    registrationEntriesScreen(input: $input) {\n      results { entryId followUpTask { id assignee { name } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleRegistrationEntriesScreen($input: RegistrationEntriesScreenInput!) {\n    registrationEntriesScreen(input: $input) {\n      results { entryId followUpTask { id assignee { name } } userErrors { code field message } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCareRules {\n    careRules { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } }\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n    couponTemplates(first: 100) { edges { node { id name active } } }\n  }\n"): (typeof documents)["\n  query ConsoleCareRules {\n    careRules { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } }\n    messageTemplates(first: 100) { edges { node { id name channel } } }\n    couponTemplates(first: 100) { edges { node { id name active } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCareRuleSet($input: CareRuleInput!) {\n    careRuleSet(input: $input) { careRule { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleCareRuleSet($input: CareRuleInput!) {\n    careRuleSet(input: $input) { careRule { id kind enabled delayHours thresholdDays template { id } couponTemplate { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleCouponTemplates($after: String) {\n    couponTemplates(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name purpose discountType discountValue minSpend validDays validUntil totalQuantity perCustomerLimit issuedCount active } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleCouponTemplates($after: String) {\n    couponTemplates(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name purpose discountType discountValue minSpend validDays validUntil totalQuantity perCustomerLimit issuedCount active } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCouponTemplateCreate($input: CouponTemplateInput!) {\n    couponTemplateCreate(input: $input) { couponTemplate { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleCouponTemplateCreate($input: CouponTemplateInput!) {\n    couponTemplateCreate(input: $input) { couponTemplate { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCouponTemplateActive($id: ID!, $input: CouponTemplateInput!) {\n    couponTemplateUpdate(id: $id, input: $input) { couponTemplate { id active } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleCouponTemplateActive($id: ID!, $input: CouponTemplateInput!) {\n    couponTemplateUpdate(id: $id, input: $input) { couponTemplate { id active } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTiers {\n    membershipTiers { id rank name minPaidOrders minSpent windowDays discountPercent }\n  }\n"): (typeof documents)["\n  query ConsoleTiers {\n    membershipTiers { id rank name minPaidOrders minSpent windowDays discountPercent }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTierUpsert($input: MembershipTierUpsertInput!) {\n    membershipTierUpsert(input: $input) { membershipTier { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleTierUpsert($input: MembershipTierUpsertInput!) {\n    membershipTierUpsert(input: $input) { membershipTier { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleTiersRecompute {\n    membershipTiersRecompute { changed userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleTiersRecompute {\n    membershipTiersRecompute { changed userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMessageTemplates($after: String, $includeArchived: Boolean) {\n    messageTemplates(first: 20, after: $after, includeArchived: $includeArchived) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name channel body preview smsSegments variables signed archivedAt } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMessageTemplates($after: String, $includeArchived: Boolean) {\n    messageTemplates(first: 20, after: $after, includeArchived: $includeArchived) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name channel body preview smsSegments variables signed archivedAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMessageTemplateCreate($input: MessageTemplateInput!) {\n    messageTemplateCreate(input: $input) { messageTemplate { id preview smsSegments } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleMessageTemplateCreate($input: MessageTemplateInput!) {\n    messageTemplateCreate(input: $input) { messageTemplate { id preview smsSegments } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMessageTemplateArchive($id: ID!) {\n    messageTemplateArchive(id: $id) { messageTemplate { id archivedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleMessageTemplateArchive($id: ID!) {\n    messageTemplateArchive(id: $id) { messageTemplate { id archivedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsolePolicies {\n    viewer {\n      id\n      shop {\n        id sheetGraceHours unpaidReminderHours conversionDays\n        marketingCapPerDay marketingCapPerWeek transactionalCapPerDay transactionalCapPerWeek quietHoursFrom quietHoursUntil openQuietHoursOnPromotionDays\n        followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool }\n        segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsolePolicies {\n    viewer {\n      id\n      shop {\n        id sheetGraceHours unpaidReminderHours conversionDays\n        marketingCapPerDay marketingCapPerWeek transactionalCapPerDay transactionalCapPerWeek quietHoursFrom quietHoursUntil openQuietHoursOnPromotionDays\n        followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool }\n        segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleFollowUpPolicyUpdate($input: FollowUpPolicyInput!) {\n    followUpPolicyUpdate(input: $input) { followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleFollowUpPolicyUpdate($input: FollowUpPolicyInput!) {\n    followUpPolicyUpdate(input: $input) { followUpPolicy { firstCycleDays retryCycleDays maxRetryCycles revisitCycleDays reclaimToPool } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSegmentPolicyUpdate($input: SegmentPolicyInput!) {\n    segmentPolicyUpdate(input: $input) { segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleSegmentPolicyUpdate($input: SegmentPolicyInput!) {\n    segmentPolicyUpdate(input: $input) { segmentPolicy { activeDays sleepingDays churnDays keyMinOrders keyMinSpent bottomMaxSpent } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleShopUpdate($input: ShopUpdateInput!) {\n    shopUpdate(input: $input) { shop { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleShopUpdate($input: ShopUpdateInput!) {\n    shopUpdate(input: $input) { shop { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) { user { id role active team { id name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleUserUpdate($id: ID!, $input: UserUpdateInput!) {\n    userUpdate(id: $id, input: $input) { user { id role active team { id name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUserSessionsEnd($id: ID!) {\n    userSessionsEnd(id: $id) { endedSessions userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleUserSessionsEnd($id: ID!) {\n    userSessionsEnd(id: $id) { endedSessions userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleStaff($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email role active isTeamLead team { id name } } }\n    }\n    salesTeams(first: 100) { edges { node { id name lead { id name } members { id } } } }\n  }\n"): (typeof documents)["\n  query ConsoleStaff($after: String, $filter: UserFilter) {\n    users(first: 20, after: $after, filter: $filter) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id name email role active isTeamLead team { id name } } }\n    }\n    salesTeams(first: 100) { edges { node { id name lead { id name } members { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleUserCreate($input: UserCreateInput!) {\n    userCreate(input: $input) { user { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSalesTeamCreate($input: SalesTeamCreateInput!) {\n    salesTeamCreate(input: $input) { salesTeam { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleSalesTeamCreate($input: SalesTeamCreateInput!) {\n    salesTeamCreate(input: $input) { salesTeam { id } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSalesTeamUpdate($id: ID!, $input: SalesTeamUpdateInput!) {\n    salesTeamUpdate(id: $id, input: $input) { salesTeam { id lead { id name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleSalesTeamUpdate($id: ID!, $input: SalesTeamUpdateInput!) {\n    salesTeamUpdate(id: $id, input: $input) { salesTeam { id lead { id name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id url description eventTypes disabledAt disabledReason createdAt } }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWebhookEndpoints($after: String) {\n    webhookEndpoints(first: 20, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id url description eventTypes disabledAt disabledReason createdAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWebhookEndpointCreate($input: WebhookEndpointInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleWebhookEndpointCreate($input: WebhookEndpointInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint { id }\n      secret\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWebhookEndpointEnable($id: ID!, $input: WebhookEndpointInput!) {\n    webhookEndpointUpdate(id: $id, input: $input) {\n      webhookEndpoint { id disabledAt disabledReason }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleWebhookEndpointEnable($id: ID!, $input: WebhookEndpointInput!) {\n    webhookEndpointUpdate(id: $id, input: $input) {\n      webhookEndpoint { id disabledAt disabledReason }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWebhookEvents($after: String, $type: WebhookEventType, $deadOnly: Boolean) {\n    webhookEvents(first: 20, after: $after, type: $type, deadOnly: $deadOnly) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id type webhookId createdAt\n          deliveries { status attempts lastStatus lastError succeededAt nextAttemptAt endpoint { id url } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWebhookEvents($after: String, $type: WebhookEventType, $deadOnly: Boolean) {\n    webhookEvents(first: 20, after: $after, type: $type, deadOnly: $deadOnly) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id type webhookId createdAt\n          deliveries { status attempts lastStatus lastError succeededAt nextAttemptAt endpoint { id url } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleWebhookEventReplay($id: ID!) {\n    webhookEventReplay(id: $id) { webhookEvent { id } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ConsoleWebhookEventReplay($id: ID!) {\n    webhookEventReplay(id: $id) { webhookEvent { id } userErrors { code field message } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;