import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AuditCheckStatus, FindingCode, FindingSeverity } from './audit.enums';

@InputType({ description: 'A new audit check: the period (and team) whose figures it freezes.' })
export class AuditCheckCreateInput {
  @Field({ description: 'Start of the period.' })
  from: Date;

  @Field({ description: 'End of the period (exclusive).' })
  to: Date;

  @Field(() => ID, { nullable: true, description: 'Only this sales team\'s reps (customer service is always included).' })
  teamId?: string | null;

  @Field({ description: 'Title, 1–200 characters.' })
  @MinLength(1, { message: 'The title must not be empty.' })
  @MaxLength(200, { message: 'The title must be at most 200 characters.' })
  title: string;
}

@InputType({ description: 'A follow-up an audit finding orders, which becomes a real task for the rep.' })
export class CorrectiveFollowUpInput {
  @Field(() => ID, { description: 'The active sales rep who must do it.' })
  assigneeId: string;

  @Field({ description: 'Due by (in the future).' })
  dueAt: Date;

  @Field(() => String, { nullable: true, description: 'What to put right, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The note must be at most 2000 characters.' })
  note?: string | null;
}

@InputType({ description: 'A finding: about a staff member or a customer (or both).' })
export class AuditFindingAddInput {
  @Field(() => ID, { nullable: true, description: 'The staff member the finding is about.' })
  subjectUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The customer the finding is about (its owner is then the person concerned).' })
  customerId?: string | null;

  @Field(() => FindingCode, { description: 'What it is about.' })
  code: FindingCode;

  @Field(() => FindingSeverity, { description: 'How serious it is.' })
  severity: FindingSeverity;

  @Field(() => String, { nullable: true, description: 'Comment, at most 2000 characters.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The comment must be at most 2000 characters.' })
  comment?: string | null;

  @Field(() => CorrectiveFollowUpInput, { nullable: true, description: 'A follow-up to put it right (needs a customer).' })
  @IsOptional()
  @ValidateNested()
  correctiveFollowUp?: CorrectiveFollowUpInput | null;
}

@InputType({ description: 'The answer of the person a finding is about.' })
export class AuditFindingRespondInput {
  @Field({ description: 'The answer, 1–2000 characters.' })
  @MinLength(1, { message: 'The answer must not be empty.' })
  @MaxLength(2000, { message: 'The answer must be at most 2000 characters.' })
  response: string;
}

@InputType({ description: 'Which audit checks to list.' })
export class AuditCheckFilter {
  @Field(() => AuditCheckStatus, { nullable: true, description: 'Open or closed.' })
  status?: AuditCheckStatus | null;

  @Field(() => ID, { nullable: true, description: 'Of this team.' })
  teamId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Written by this reviewer.' })
  createdById?: string | null;
}
