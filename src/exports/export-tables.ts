import { ExportKind } from './export.enums';
import type { ExportGrant } from './export-link';

/** Runs one GraphQL query as the link's caller (every field's access rule applies) and gives its data. */
export type RunQuery = (document: string, variables: Record<string, unknown>) => Promise<Record<string, any>>;

export type Cell = string | number | boolean | null | undefined;

/** One table of an export: a worksheet of the workbook, a titled block of the CSV. */
export interface ExportTable {
  title: [zh: string, en: string];
  columns: [zh: string, en: string][];
  /** The rows, a page at a time: memory stays bounded whatever the period holds. */
  rows(): AsyncGenerator<Cell[][]>;
}

const PAGE = 100;

/** Every page of a connection, through its `pageInfo.endCursor`. */
async function* pages(run: RunQuery, document: string, variables: Record<string, unknown>, connectionOf: (data: Record<string, any>) => any, rowsOf: (node: any) => Cell[][]): AsyncGenerator<Cell[][]> {
  let after: string | null = null;
  for (;;) {
    const connection = connectionOf(await run(document, { ...variables, first: PAGE, after }));
    yield connection.edges.flatMap((edge: { node: unknown }) => rowsOf(edge.node));
    if (!connection.pageInfo.hasNextPage) return;
    after = connection.pageInfo.endCursor;
  }
}

async function* once(rows: () => Promise<Cell[][]>): AsyncGenerator<Cell[][]> {
  yield await rows();
}

const REPORT_FIELDS = `
  from to generatedAt team { name }
  customerService { user { name email } sheetsDue sheetsOnTime sheetsLate sheetsMissing entriesRegistered }
  sales { user { name email } followUpsDue doneOnTime doneLate openOverdue openNotYetDue ordered onTimeRate conversionRate }
  droppedCustomerCount
  droppedCustomers { stage customer { id platform platformHandle } owner { name } }`;

/** The compliance report's tables, from a report read once (its own query or an audit check's). */
function reportTables(report: () => Promise<Record<string, any>>): ExportTable[] {
  let read: Promise<Record<string, any>> | undefined;
  const get = () => (read ??= report());
  return [
    {
      title: ['客服登记', 'Customer service'],
      columns: [['员工', 'Staff'], ['邮箱', 'Email'], ['应交', 'Sheets due'], ['按时', 'On time'], ['逾期', 'Late'], ['缺交', 'Missing'], ['登记数', 'Entries']],
      rows: () => once(async () => (await get()).customerService.map((c: any) => [c.user?.name, c.user?.email, c.sheetsDue, c.sheetsOnTime, c.sheetsLate, c.sheetsMissing, c.entriesRegistered])),
    },
    {
      title: ['销售跟进', 'Sales reps'],
      columns: [['员工', 'Staff'], ['邮箱', 'Email'], ['应跟进', 'Due'], ['按时完成', 'Done on time'], ['逾期完成', 'Done late'], ['逾期未完成', 'Open, overdue'], ['未到期', 'Open, not yet due'], ['成交', 'Ordered'], ['按时率', 'On-time rate'], ['转化率', 'Conversion rate']],
      rows: () => once(async () => (await get()).sales.map((s: any) => [s.user?.name, s.user?.email, s.followUpsDue, s.doneOnTime, s.doneLate, s.openOverdue, s.openNotYetDue, s.ordered, s.onTimeRate, s.conversionRate])),
    },
    {
      title: ['脱管客户', 'Dropped customers'],
      columns: [['客户', 'Customer'], ['平台', 'Platform'], ['账号', 'Handle'], ['阶段', 'Stage'], ['负责人', 'Owner']],
      rows: () => once(async () => (await get()).droppedCustomers.map((d: any) => [d.customer?.id, d.customer?.platform, d.customer?.platformHandle, d.stage, d.owner?.name])),
    },
  ];
}

/** The tables of an export, each reading through the API as the caller. */
export function exportTables(grant: ExportGrant, run: RunQuery): ExportTable[] {
  const period = { from: grant.from, to: grant.to };
  switch (grant.kind) {
    case ExportKind.COMPLIANCE_REPORT:
      return reportTables(async () =>
        (await run(`query($from: DateTime!, $to: DateTime!, $teamId: ID) { complianceReport(from: $from, to: $to, teamId: $teamId) { ${REPORT_FIELDS} } }`, { ...period, teamId: grant.teamId })).complianceReport,
      );
    case ExportKind.AUDIT_CHECK: {
      const checkId = grant.checkId;
      const check = run(
        `query($id: ID!) { auditCheck(id: $id) { id title status periodFrom periodTo createdAt createdBy { name } closedAt closedBy { name } team { name } findingCount report { ${REPORT_FIELDS} } } }`,
        { id: checkId },
      ).then((data) => data.auditCheck);
      return [
        {
          title: ['审计检查', 'Audit check'],
          columns: [['项目', 'Item'], ['内容', 'Value']],
          rows: () => once(async () => {
            const c = await check;
            return [['ID', c.id], ['标题 Title', c.title], ['状态 Status', c.status], ['期间起 From', c.periodFrom], ['期间止 To', c.periodTo], ['团队 Team', c.team?.name], ['创建 Created', c.createdAt], ['创建人 By', c.createdBy?.name], ['签结 Signed off', c.closedAt], ['签结人 Signed off by', c.closedBy?.name], ['发现数 Findings', c.findingCount]];
          }),
        },
        {
          title: ['审计发现', 'Findings'],
          columns: [['时间', 'When'], ['代码', 'Code'], ['严重度', 'Severity'], ['对象员工', 'Staff'], ['客户', 'Customer'], ['说明', 'Comment'], ['整改任务', 'Corrective task'], ['整改状态', 'Task status'], ['回复', 'Response'], ['回复时间', 'Responded'], ['记录人', 'By']],
          rows: () =>
            pages(
              run,
              `query($id: ID!, $first: Int, $after: String) { auditCheck(id: $id) { findings(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { createdAt code severity comment response respondedAt subjectUser { name } customer { platformHandle } correctiveTask { id status } createdBy { name } } } } } }`,
              { id: checkId },
              (data) => data.auditCheck.findings,
              (f) => [[f.createdAt, f.code, f.severity, f.subjectUser?.name, f.customer?.platformHandle, f.comment, f.correctiveTask?.id, f.correctiveTask?.status, f.response, f.respondedAt, f.createdBy?.name]],
            ),
        },
        ...reportTables(async () => (await check).report),
      ];
    }
    case ExportKind.AUDIT_TRAIL:
      return [
        {
          title: ['审计轨迹', 'Audit trail'],
          columns: [['时间', 'When'], ['操作人', 'By'], ['邮箱', 'Email'], ['API 令牌', 'API token'], ['动作', 'Action'], ['对象类型', 'Record type'], ['对象', 'Record'], ['字段', 'Field'], ['原值', 'Before'], ['新值', 'After'], ['请求', 'Request']],
          rows: () =>
            pages(
              run,
              `query($from: DateTime, $to: DateTime, $first: Int, $after: String) { auditTrail(filter: { from: $from, to: $to }, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { at action entityType entityId requestId actor { name email } apiToken { name } changes { field before after redacted } } } } }`,
              period,
              (data) => data.auditTrail,
              (e) => {
                const head = [e.at, e.actor?.name, e.actor?.email, e.apiToken?.name, e.action, e.entityType, e.entityId];
                const changes: any[] = e.changes.length ? e.changes : [{ field: null, before: null, after: null }];
                return changes.map((c) => [...head, c.field, c.redacted ? '(erased)' : shown(c.before), c.redacted ? '(erased)' : shown(c.after), e.requestId]);
              },
            ),
        },
      ];
    case ExportKind.CONTACT_ACCESS_LOG:
      return [
        {
          title: ['隐私访问日志', 'Privacy access log'],
          columns: [['时间', 'When'], ['员工', 'Staff'], ['邮箱', 'Email'], ['客户', 'Customer'], ['账号', 'Handle'], ['字段', 'Field'], ['用途', 'Purpose'], ['允许', 'Granted'], ['拒绝原因', 'Refusal'], ['请求', 'Request']],
          rows: () =>
            pages(
              run,
              `query($from: DateTime, $to: DateTime, $first: Int, $after: String) { contactAccessLog(filter: { from: $from, to: $to }, first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { node { createdAt field purpose granted refusal requestId user { name email } customer { id platformHandle } } } } }`,
              period,
              (data) => data.contactAccessLog,
              (a) => [[a.createdAt, a.user?.name, a.user?.email, a.customer?.id, a.customer?.platformHandle, a.field, a.purpose, a.granted, a.refusal, a.requestId]],
            ),
        },
      ];
  }
}

function shown(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  return typeof value === 'object' ? JSON.stringify(value) : (value as Cell);
}
