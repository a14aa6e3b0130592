import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Where a customer goes, and why.' })
export class CustomerTransferInput {
  @Field(() => ID, { description: 'The active sales rep who becomes the owner.' })
  toUserId: string;

  @Field(() => String, { nullable: true, description: 'Why, kept in the ownership history (at most 500 characters).' })
  @IsOptional()
  @MaxLength(500, { message: 'The reason must be at most 500 characters.' })
  reason?: string | null;
}
