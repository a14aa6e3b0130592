import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuthedContext } from '../context';
import { conversationImportService } from '../conversations/conversation-import';
import type { Platform } from '../customers/platform';
import type { BatchImporter, FileRowError } from './batch-importer';
import { ChatField, ChatMessage, conversationIdOf, mapChatRow, roundsOf } from './chat-rows';
import type { FileRecord } from './import-file';

/** The most rows (messages) one conversation may have. */
export const MAX_MESSAGES = 5000;

/**
 * A chat-record export, batch by batch: a batch ends only between two conversations, so each
 * conversation's messages are measured together; a conversation is imported by its id (again:
 * replaced, or counted unchanged).
 */
export function chatBatches(index: Record<ChatField, number>, columns: Record<ChatField, string>, platform: Platform, timeZone: string): BatchImporter {
  // A conversation longer than MAX_MESSAGES rows is cut (memory stays bounded whatever the file)
  // and refused whole, in this batch and the next ones.
  let oversized: string | null = null;
  return {
    canCut: (previous, next, size) => {
      const id = conversationIdOf(previous.fields, index);
      if (id !== conversationIdOf(next.fields, index)) return true;
      if (size < MAX_MESSAGES) return false;
      oversized = id;
      return true;
    },
    async write(ctx: AuthedContext, em: EntityManager, _importId: number, batch: FileRecord[]) {
      const errors: FileRowError[] = [];
      batch = batch.filter((record) => {
        if (oversized === null || conversationIdOf(record.fields, index) !== oversized) return true;
        errors.push({ line: record.line, column: columns.conversationId, code: 'TOO_LONG', message: `Conversation ${oversized} has more than ${MAX_MESSAGES} messages: refused whole.` });
        return false;
      });
      const conversations = new Map<string, { lines: number[]; messages: ChatMessage[] }>();
      for (const record of batch) {
        const mapped = mapChatRow(record.fields, index, columns, timeZone);
        if ('problems' in mapped) {
          for (const problem of mapped.problems) errors.push({ line: record.line, ...problem });
          continue;
        }
        const group = conversations.get(mapped.message.conversationId) ?? { lines: [], messages: [] };
        group.lines.push(record.line);
        group.messages.push(mapped.message);
        conversations.set(mapped.message.conversationId, group);
      }
      const items = [...conversations].map(([externalId, { lines, messages }]) => ({
        line: lines[0],
        externalId,
        platform,
        buyer: messages[0].buyer,
        agent: messages[0].agent,
        rounds: roundsOf([...messages].sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime())),
        buyerMessages: messages.filter((m) => m.sender === 'BUYER').length,
        agentMessages: messages.filter((m) => m.sender === 'AGENT').length,
        endedAt: new Date(Math.max(...messages.map((m) => m.sentAt.getTime()))),
      }));
      const result = await conversationImportService.import({ ...ctx, em }, items);
      for (const refused of result.refused) errors.push({ line: refused.line, column: columns[refused.field], code: refused.code, message: refused.message });
      return { created: result.created, updated: result.updated, unchanged: result.unchanged, errors };
    },
  };
}
