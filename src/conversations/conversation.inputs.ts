import { Field, ID, InputType, Int } from 'type-graphql';
import { Platform } from '../customers/platform';
import { FindingSeverity } from '../audits/audit.enums';
import { ReviewVerdict } from './conversation.enums';

@InputType({ description: 'One buyer round: when the buyer wrote and when the agent answered.' })
export class ConversationRoundInput {
  @Field({ description: 'The buyer\'s message that opened the round.' })
  askedAt: Date;

  @Field(() => Date, { nullable: true, description: 'The agent\'s answer (null: never answered).' })
  answeredAt?: Date | null;
}

@InputType({ description: 'A conversation as the CS tool reports it; logging the same externalId again replaces it.' })
export class ConversationLogInput {
  @Field({ description: 'The CS tool\'s id of the conversation (1–100 characters).' })
  externalId: string;

  @Field(() => Platform, { description: 'Where the chat happened; also the buyer\'s platform.' })
  platform: Platform;

  @Field({ description: 'The buyer\'s handle on the platform (a new buyer becomes a customer in the pool).' })
  buyerHandle: string;

  @Field(() => ID, { nullable: true, description: 'The agent (admins only; default: the caller).' })
  agentId?: string | null;

  @Field(() => [ConversationRoundInput], { description: 'The buyer\'s rounds in order, the first one opening the conversation (1–500).' })
  rounds: ConversationRoundInput[];

  @Field(() => Int, { description: 'Messages the buyer sent.' })
  buyerMessages: number;

  @Field(() => Int, { description: 'Messages the agent sent.' })
  agentMessages: number;

  @Field(() => Date, { nullable: true, description: 'The last message.' })
  endedAt?: Date | null;
}

@InputType({ description: 'A reviewer\'s verdict on a conversation\'s chat.' })
export class ConversationReviewInput {
  @Field(() => ID, { description: 'The conversation.' })
  id: string;

  @Field(() => ReviewVerdict, { description: 'What was found.' })
  verdict: ReviewVerdict;

  @Field({ description: 'For the agent: what to do differently (1–1000 characters).' })
  note: string;

  @Field(() => ID, { nullable: true, description: 'An open audit check: the review also becomes a CHAT_REVIEW finding of it about the agent, who answers it as any finding.' })
  auditCheckId?: string | null;

  @Field(() => FindingSeverity, { nullable: true, description: 'The finding\'s severity (default: INFO for AGENT_OK, WARNING otherwise).' })
  severity?: FindingSeverity | null;
}

@InputType({ description: 'Which conversations.' })
export class ConversationFilter {
  @Field(() => ID, { nullable: true, description: 'Only this agent\'s.' })
  agentId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only inquiries that converted (true) or did not (false).' })
  converted?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only reviewed (true) or not yet reviewed (false) ones.' })
  reviewed?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Started at or after.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Started before.' })
  to?: Date | null;
}
