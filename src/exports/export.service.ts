import { visibleChecks } from '../audits/audit.access';
import { idOf } from '../common/relay';
import { DomainError, notFound, UserError, UserErrorCode } from '../common/user-error';
import type { AuthedContext } from '../context';
import { queryRows, sql } from '../db/sql';
import { ExportKind, ExportLanguage } from './export.enums';
import type { ExportLinkCreateInput, ExportLink } from './export.inputs';
import { grantFor, signGrant } from './export-link';
import { exportFileName } from './export-writers';

/** The longest period one export covers: a year, so one file's cost stays bounded. */
export const MAX_EXPORT_DAYS = 366;

const invalid = (field: string, message: string) => new DomainError(new UserError(UserErrorCode.INVALID_INPUT, message, ['input', field]));

function checkPeriod(input: ExportLinkCreateInput): void {
  if (!input.from) throw invalid('from', 'Give the start of the period.');
  if (!input.to) throw invalid('to', 'Give the end of the period.');
  if (input.to.getTime() <= input.from.getTime()) throw invalid('to', 'The end of the period must come after its start.');
  if (input.to.getTime() - input.from.getTime() > MAX_EXPORT_DAYS * 86_400_000) throw invalid('to', `One export covers at most ${MAX_EXPORT_DAYS} days.`);
}

async function checkAuditCheck(ctx: AuthedContext, checkId: string | null | undefined): Promise<void> {
  if (!checkId) throw invalid('checkId', 'Give the audit check to export.');
  const id = idOf(checkId, 'AuditCheck');
  const scope = visibleChecks(ctx.viewer, 'c');
  const [found] = id !== null && scope ? await queryRows<{ id: number }>(ctx.em, sql`select c.id from audit_checks c where c.id = ${id} and ${scope}`) : [];
  if (!found) throw notFound('Audit check', ['input', 'checkId']);
}

export const exportService = {
  /** A signed link to one export: checked now (period, check), and again, with the caller's rights, when it is used. */
  async createLink(ctx: AuthedContext, input: ExportLinkCreateInput): Promise<{ link: ExportLink }> {
    if (input.kind === ExportKind.AUDIT_CHECK) await checkAuditCheck(ctx, input.checkId);
    else checkPeriod(input);
    if (input.teamId && idOf(input.teamId, 'SalesTeam') === null) throw notFound('Sales team', ['input', 'teamId']);
    const expiresAt = new Date(ctx.clock.now().getTime() + ctx.config.exportLinkSeconds * 1000);
    const grant = grantFor(ctx.viewer, {
      kind: input.kind,
      format: input.format,
      language: input.language ?? ExportLanguage.ZH_CN,
      from: input.kind === ExportKind.AUDIT_CHECK ? null : input.from!.toISOString(),
      to: input.kind === ExportKind.AUDIT_CHECK ? null : input.to!.toISOString(),
      checkId: input.kind === ExportKind.AUDIT_CHECK ? input.checkId! : null,
      teamId: input.kind === ExportKind.COMPLIANCE_REPORT ? (input.teamId ?? null) : null,
      expiresAt: expiresAt.getTime(),
    });
    return { link: { url: `/exports/${signGrant(grant, ctx.config.jwtSecret)}`, expiresAt, fileName: exportFileName(grant) } };
  },
};
