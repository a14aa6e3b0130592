import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Which audit-trail rows to list; all conditions must hold.' })
export class AuditTrailFilter {
  @Field(() => String, { nullable: true, description: 'Type of record, e.g. Customer, FollowUpTask, RegistrationEntry, User.' })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'One record, by its global id.' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Changes made by this staff member.' })
  actorId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null;
}
