import { MaxLength, MinLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'A new long-lived API token for a third-party client or an auditor\'s tool.' })
export class ApiTokenCreateInput {
  @Field({ description: 'What the token is for, 1–100 characters.' })
  @MinLength(1, { message: 'The name must not be empty.' })
  @MaxLength(100, { message: 'The name must be at most 100 characters.' })
  name: string;

  @Field({ description: 'When the token stops working: in the future, at most 2 years ahead.' })
  expiresAt: Date;

  @Field(() => Boolean, { nullable: true, description: 'true: the token can run queries only (default false).' })
  readOnly?: boolean | null;
}
