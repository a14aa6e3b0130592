import { Arg, Args, Authorized, Ctx, Field, FieldResolver, Float, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { DomainEvent } from '../events/event-bus';
import { Role } from '../auth/role';
import type { Context } from '../context';
import { Connection, PageArgs } from '../common/connection';
import { idOf } from '../common/relay';
import { badUserInput, DomainError, UserError, UserErrorCode } from '../common/user-error';
import { Reads } from '../db/read-columns';
import { requireViewer, runMutation } from '../mutations/run-mutation';
import { BulkImport, BulkImportError } from './bulk-import.entity';
import { BulkImportStartInput } from './bulk-import.inputs';
import { bulkImportService } from './bulk-import.service';
import { BulkImportFormat } from './bulk-import.enums';
import { importMappingService } from './import-mapping.service';
import { ImportMappingInput, ImportMappingPayload, ImportMappingType } from './import-mapping.types';

@ObjectType({ description: 'Result of bulkImportStart / bulkImportCancel.' })
class BulkImportPayload {
  @Field(() => BulkImport, { nullable: true, description: 'The import as saved.' })
  bulkImport?: BulkImport;

  @Field(() => [UserError], { description: 'Why nothing was changed; empty on success.' })
  userErrors: UserError[];
}

const BulkImportConnection = Connection(BulkImport, 'BulkImport', 'bulk import');
const BulkImportErrorConnection = Connection(BulkImportError, 'BulkImportError', 'refused row');

@Resolver(() => BulkImport)
export class BulkImportResolver {
  @Authorized(Role.ADMIN)
  @Query(() => BulkImport, { nullable: true, description: 'One bulk import, with its progress.' })
  bulkImport(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() ctx: Context) {
    const dbId = idOf(id, 'BulkImport');
    return dbId === null ? null : requireViewer(ctx).loaders.bulkImportById.load(dbId);
  }

  @Authorized(Role.ADMIN)
  @Query(() => BulkImportConnection, { description: 'The shop\'s bulk imports, newest first.' })
  bulkImports(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return bulkImportService.list(requireViewer(ctx), page);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => BulkImportPayload, { description: 'Starts importing an uploaded file (`POST /uploads`) in the background, on the job queue: follow it with `bulkImport(id)`.' })
  bulkImportStart(@Arg('input', () => BulkImportStartInput, { description: 'The upload and how to read it.' }) input: BulkImportStartInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, (tx) => bulkImportService.start(tx, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => BulkImportPayload, { description: 'Stops an import after the batch it is on (what was committed stays); a queued one stops at once.' })
  bulkImportCancel(@Arg('id', () => ID, { description: 'The import.' }) id: string, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, (tx) => bulkImportService.cancel(tx, id));
  }

  @Authorized(Role.ADMIN)
  @Query(() => ImportMappingType, { description: 'The header names the shop\'s reports of a format are read with.' })
  importMapping(@Arg('format', () => BulkImportFormat, { description: 'The report format (TAOBAO_ORDER_CSV; chat records: `chatRecordMapping`).' }) format: BulkImportFormat, @Ctx() ctx: Context) {
    if (format !== BulkImportFormat.TAOBAO_ORDER_CSV) throw badUserInput('Order report formats only (TAOBAO_ORDER_CSV); the chat-record layout is `chatRecordMapping`.', 'format');
    return importMappingService.get(requireViewer(ctx), format);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportMappingPayload, { description: 'Sets the shop\'s own header names for a report format (an export with renamed or translated columns); later imports read them.' })
  importMappingUpdate(@Arg('input', () => ImportMappingInput, { description: 'The header of each column.' }) input: ImportMappingInput, @Ctx() ctx: Context) {
    return runMutation(ctx, input, async (tx) => {
      if (input.format !== BulkImportFormat.TAOBAO_ORDER_CSV) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'Only order report formats are mapped here (chat records: chatRecordMappingUpdate).', ['input', 'format']));
      return { importMapping: await importMappingService.update(tx, input.format, { ...input }) };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ImportMappingPayload, { description: 'Goes back to the built-in header names of a report format.' })
  importMappingReset(@Arg('format', () => BulkImportFormat, { description: 'The report format.' }) format: BulkImportFormat, @Ctx() ctx: Context) {
    return runMutation(ctx, undefined, async (tx) => {
      if (format !== BulkImportFormat.TAOBAO_ORDER_CSV) throw new DomainError(new UserError(UserErrorCode.INVALID_INPUT, 'Only order report formats are mapped here (chat records: chatRecordMappingReset).', ['format']));
      return { importMapping: await importMappingService.reset(tx, format) };
    });
  }

  @FieldResolver(() => BulkImportErrorConnection, { description: 'The rows not imported, in file order, with line, column and code.' })
  @Reads()
  errors(@Root() bulkImport: BulkImport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return bulkImportService.errors(requireViewer(ctx), bulkImport.id, page);
  }

  @Authorized(Role.ADMIN)
  @Subscription(() => BulkImport, {
    nullable: true,
    description: 'The progress of the shop\'s bulk imports (of one, with `id`), after every committed batch and at the end, from whichever instance runs them.',
    subscribe: ({ args, context }) => {
      const { viewer, events } = requireViewer(context as Context);
      const only = args.id ? idOf(args.id as string, 'BulkImport') : null;
      return events.subscribe('BULK_IMPORT_PROGRESS', (e) => e.shopId === viewer.shopId && (only === null || e.id === only));
    },
  })
  bulkImportProgress(@Arg('id', () => ID, { nullable: true, description: 'Only this import.' }) _id: string | undefined, @Root() event: DomainEvent, @Ctx() ctx: Context) {
    return bulkImportService.loadFresh(requireViewer(ctx), event.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Seconds left, estimated from the bytes read so far (null before it starts and once it ended).' })
  @Reads<BulkImport>('bytesRead', 'totalBytes', 'startedAt', 'finishedAt')
  etaSeconds(@Root() bulkImport: BulkImport, @Ctx() ctx: Context) {
    if (!bulkImport.startedAt || bulkImport.finishedAt || bulkImport.bytesRead <= 0) return null;
    const elapsed = (ctx.clock.now().getTime() - bulkImport.startedAt.getTime()) / 1000;
    return Math.max(0, Math.round(((bulkImport.totalBytes - bulkImport.bytesRead) * elapsed) / bulkImport.bytesRead));
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Rows committed per second since it started (null before it starts).' })
  @Reads<BulkImport>('rowsRead', 'startedAt', 'finishedAt')
  rowsPerSecond(@Root() bulkImport: BulkImport, @Ctx() ctx: Context) {
    if (!bulkImport.startedAt) return null;
    const until = bulkImport.finishedAt ?? ctx.clock.now();
    const seconds = Math.max(0.001, (until.getTime() - bulkImport.startedAt.getTime()) / 1000);
    return Math.round((bulkImport.rowsRead / seconds) * 10) / 10;
  }
}
