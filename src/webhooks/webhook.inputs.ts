import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { WebhookEventType } from './webhook.enums';

@InputType({ description: 'A webhook endpoint to register or change (omitted fields stay as they are).' })
export class WebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'Where events are POSTed: https, or http to an address the server allows (WEBHOOK_TARGETS); private and loopback addresses are refused by default.' })
  @IsOptional()
  @MaxLength(2000, { message: 'The URL must be at most 2000 characters.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'What it is, for staff (at most 200 characters).' })
  @IsOptional()
  @MaxLength(200, { message: 'The description must be at most 200 characters.' })
  description?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'The event types it receives; empty: all.' })
  eventTypes?: WebhookEventType[] | null;

  @Field(() => Boolean, { nullable: true, description: 'false disables it (it gets nothing); true enables it again (after a 410, once the receiver is back).' })
  enabled?: boolean | null;
}
