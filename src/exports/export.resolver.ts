import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { DomainError } from '../common/user-error';
import { inputErrors, requireViewer } from '../mutations/run-mutation';
import { EXPORT_ROLES } from './export.access';
import { ExportLink, ExportLinkCreateInput, ExportLinkPayload } from './export.inputs';
import { exportService } from './export.service';

@Resolver(() => ExportLink)
export class ExportResolver {
  // Writes nothing (the link is signed, not stored), so read-only API tokens, an auditor's
  // script's, may make one too.
  @Authorized(...EXPORT_ROLES)
  @Mutation(() => ExportLinkPayload, { description: "A short-lived link to an auditors' file: the compliance report, an audit check with its findings, the audit trail or the privacy access log of a period, as CSV or XLSX (review department and admins)." })
  async exportLinkCreate(@Arg('input', () => ExportLinkCreateInput, { description: 'Which export, as which file.' }) input: ExportLinkCreateInput, @Ctx() ctx: Context): Promise<ExportLinkPayload> {
    const invalid = await inputErrors(input);
    if (invalid.length > 0) return { userErrors: invalid };
    try {
      return { ...(await exportService.createLink(requireViewer(ctx), input)), userErrors: [] };
    } catch (error) {
      if (error instanceof DomainError) return { userErrors: error.errors };
      throw error;
    }
  }
}
