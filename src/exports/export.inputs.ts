import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../common/user-error';
import { ExportFormat, ExportKind, ExportLanguage } from './export.enums';

@InputType({ description: 'Which export, as which file.' })
export class ExportLinkCreateInput {
  @Field(() => ExportKind, { description: 'What to export.' })
  kind: ExportKind;

  @Field(() => ExportFormat, { description: 'CSV or XLSX.' })
  format: ExportFormat;

  @Field(() => ExportLanguage, { nullable: true, description: 'Language of the column titles (default ZH_CN).' })
  language?: ExportLanguage | null;

  @Field(() => Date, { nullable: true, description: 'Start of the period (COMPLIANCE_REPORT, AUDIT_TRAIL, CONTACT_ACCESS_LOG).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the period, exclusive; at most 366 days after `from`.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The audit check (AUDIT_CHECK).' })
  checkId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this sales team's reps (COMPLIANCE_REPORT)." })
  teamId?: string | null;
}

@ObjectType({ description: 'A short-lived download link: it works without an Authorization header until it expires, while the session or API token that made it is open and its maker may still export.' })
export class ExportLink {
  @Field({ description: "The file's address, relative to the API's origin (`/exports/…`)." })
  url: string;

  @Field(() => Date, { description: 'When the link stops working (EXPORT_LINK_SECONDS after it was made, 5 minutes by default).' })
  expiresAt: Date;

  @Field({ description: 'The name the file downloads under.' })
  fileName: string;
}

@ObjectType({ description: 'Result of exportLinkCreate.' })
export class ExportLinkPayload {
  @Field(() => ExportLink, { nullable: true, description: 'The link; null when refused.' })
  link?: ExportLink;

  @Field(() => [UserError], { description: 'Why no link was made (a period missing or too long, no such audit check); empty on success.' })
  userErrors: UserError[];
}
