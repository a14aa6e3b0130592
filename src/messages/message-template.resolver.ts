import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ANY_ROLE, Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { UserError } from '../common/user-error';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { MessageChannel } from './message.enums';
import { MessageTemplate } from './message-template.entity';
import { MessageTemplateInput } from './message-template.inputs';
import { messageTemplateService } from './message-template.service';
import { charactersOf, checkBody, render, smsSegments, TEMPLATE_VARIABLES } from './template-text';

@ObjectType({ description: 'Result of messageTemplateCreate / Update / Archive.' })
class MessageTemplatePayload {
  @Field(() => MessageTemplate, { nullable: true, description: 'The template as saved.' })
  messageTemplate?: MessageTemplate;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@ObjectType({ simpleResolvers: true, description: 'A variable a message template may use.' })
class TemplateVariable {
  @Field({ description: 'How the body writes it, e.g. {{customer.displayName}}.' })
  placeholder: string;

  @Field({ description: 'What it holds.' })
  description: string;

  @Field({ description: 'The value previews show.' })
  sample: string;
}

const MessageTemplateConnection = Connection(MessageTemplate, 'MessageTemplate', 'message template');

@Resolver(() => MessageTemplate)
export class MessageTemplateResolver {
  @Authorized(...ANY_ROLE)
  @Query(() => MessageTemplateConnection, { description: 'The shop\'s message templates, newest first: every role reads the current ones (to send with); admins and reviewers the archived ones too, on request.' })
  messageTemplates(
    @Arg('channel', () => MessageChannel, { nullable: true, description: 'Only this channel.' }) channel: MessageChannel | undefined,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false, description: 'Archived ones too.' }) includeArchived: boolean,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return messageTemplateService.list(requireViewer(ctx), channel, includeArchived, page);
  }

  @Authorized(Role.ADMIN, Role.REVIEWER)
  @Query(() => [TemplateVariable], { description: 'The variables a template may use.' })
  messageTemplateVariables() {
    return Object.entries(TEMPLATE_VARIABLES).map(([name, v]) => ({ placeholder: `{{${name}}}`, description: v.description, sample: v.sample }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MessageTemplatePayload, { description: 'Saves a new template; an unknown variable, a stray brace or an SMS over 6 segments is refused.' })
  messageTemplateCreate(@Arg('input', () => MessageTemplateInput, { description: 'The template.' }) input: MessageTemplateInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => messageTemplateService.create(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MessageTemplatePayload, { description: 'Changes a template, checked as when it was created.' })
  messageTemplateUpdate(
    @Arg('id', () => ID, { description: 'The template.' }) id: string,
    @Arg('input', () => MessageTemplateInput, { description: 'The template.' }) input: MessageTemplateInput,
    @Ctx() ctx: Context,
  ) {
    return runMutation(ctx, input, (tx) => messageTemplateService.update(tx, id, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MessageTemplatePayload, { description: 'Archives a template: kept for the record, used by no new send.' })
  messageTemplateArchive(@Arg('id', () => ID, { description: 'The template.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => messageTemplateService.archive(tx, id));
  }

  @FieldResolver(() => [String], { description: 'The variables the body uses, e.g. customer.displayName.' })
  @Reads<MessageTemplate>('body')
  variables(@Root() template: MessageTemplate) {
    return checkBody(template.body).variables;
  }

  @FieldResolver(() => String, { description: 'The message as a customer would get it, with the sample values (and the signature, for a signed SMS).' })
  @Reads<MessageTemplate>('body', 'channel', 'signed')
  async preview(@Root() template: MessageTemplate, @Ctx() ctx: Context) {
    const shop = await requireViewer(ctx).loaders.shopById.load(requireViewer(ctx).viewer.shopId);
    return render(template.body, template.channel, template.signed, shop!.name);
  }

  @FieldResolver(() => Int, { description: 'Characters of the preview.' })
  @Reads<MessageTemplate>('body', 'channel', 'signed')
  async length(@Root() template: MessageTemplate, @Ctx() ctx: Context) {
    return charactersOf(await this.preview(template, ctx));
  }

  @FieldResolver(() => Int, { nullable: true, description: 'SMS: segments of the preview (70 characters in one, 67 each when split, for Chinese); null for other channels.' })
  @Reads<MessageTemplate>('body', 'channel', 'signed')
  async smsSegments(@Root() template: MessageTemplate, @Ctx() ctx: Context) {
    return template.channel === MessageChannel.SMS ? smsSegments(await this.preview(template, ctx)) : null;
  }
}
