import { MaxLength } from 'class-validator';
import { Authorized, Arg, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { UserError } from '../common/user-error';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { BulkImportFormat } from './bulk-import.enums';
import { importMappingService } from './import-mapping.service';

const HEADER = 'The header of this column in the shop\'s chat-record export';

@ObjectType({ simpleResolvers: true, description: 'Which column of the CS tool\'s chat-record export fills which field: the shop\'s own header names, or the built-in ones.' })
export class ChatRecordMapping {
  @Field({ description: 'True while the shop uses the built-in header names.' })
  builtIn: boolean;

  @Field({ description: `${HEADER} holding the conversation's id (built in: 会话ID).` })
  conversationId: string;

  @Field({ description: `${HEADER} holding the buyer's handle (built in: 买家).` })
  buyer: string;

  @Field({ description: `${HEADER} holding the agent, as a staff member's e-mail or name (built in: 客服).` })
  agent: string;

  @Field({ description: `${HEADER} saying who sent the message, 买家 or 客服 (built in: 发送方).` })
  sender: string;

  @Field({ description: `${HEADER} holding when the message was sent, in shop time (built in: 发送时间).` })
  sentAt: string;
}

@InputType({ description: 'The shop\'s header names for its chat-record export; every column named, no two alike.' })
export class ChatRecordMappingInput {
  @Field({ description: `${HEADER}: the conversation id.` })
  @MaxLength(100)
  conversationId: string;

  @Field({ description: `${HEADER}: the buyer.` })
  @MaxLength(100)
  buyer: string;

  @Field({ description: `${HEADER}: the agent.` })
  @MaxLength(100)
  agent: string;

  @Field({ description: `${HEADER}: the sender.` })
  @MaxLength(100)
  sender: string;

  @Field({ description: `${HEADER}: the time sent.` })
  @MaxLength(100)
  sentAt: string;
}

@ObjectType({ description: 'Result of chatRecordMappingUpdate / chatRecordMappingReset.' })
class ChatRecordMappingPayload {
  @Field(() => ChatRecordMapping, { nullable: true, description: 'The mapping now in use.' })
  chatRecordMapping?: ChatRecordMapping;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

@Resolver()
export class ChatRecordMappingResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ChatRecordMapping, { description: 'The header names the shop\'s chat-record exports are read with.' })
  chatRecordMapping(@Ctx() ctx: Context) {
    return importMappingService.get(requireViewer(ctx), BulkImportFormat.CHAT_RECORD_CSV);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ChatRecordMappingPayload, { description: 'Sets the shop\'s own header names for its chat-record export (another CS tool, renamed columns); later imports read them.' })
  chatRecordMappingUpdate(@Arg('input', () => ChatRecordMappingInput, { description: 'The header of each column.' }) input: ChatRecordMappingInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, async (tx) => ({ chatRecordMapping: await importMappingService.update(tx, BulkImportFormat.CHAT_RECORD_CSV, { ...input }) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ChatRecordMappingPayload, { description: 'Goes back to the built-in header names of the chat-record layout.' })
  chatRecordMappingReset(@Ctx() ctx: Context) {
    return runMutation(ctx, undefined, async (tx) => ({ chatRecordMapping: await importMappingService.reset(tx, BulkImportFormat.CHAT_RECORD_CSV) }));
  }
}
