import { Field, InputType } from 'type-graphql';
import { MessageChannel } from './message.enums';

@InputType({ description: 'A message template as saved: its variables are checked, unknown ones refused.' })
export class MessageTemplateInput {
  @Field({ description: 'Its name in the shop, 1–100 characters, unique.' })
  name: string;

  @Field(() => MessageChannel, { description: 'How it is sent.' })
  channel: MessageChannel;

  @Field({ description: 'The text, 1–1000 characters, with variables from `messageTemplateVariables`, e.g. {{customer.displayName}}.' })
  body: string;

  @Field(() => Boolean, { nullable: true, description: 'SMS: put the shop\'s signature 【店铺名】 in front (default true).' })
  signed?: boolean | null;
}
