import { UserErrorCode } from '../common/user-error';
import { parseLocalDateTime } from '../common/zoned-time';
import type { RowProblem } from './order-rows';

/** The chat-record fields a file's columns fill. */
export type ChatField = 'conversationId' | 'buyer' | 'agent' | 'sender' | 'sentAt';

/**
 * The built-in chat-record layout (a Qianniu-style export of the CS tool): one row per message,
 * the rows of a conversation together and in time order. The agent column holds the staff
 * member's e-mail or name as the shop keeps it; the message text is not read.
 */
export const CHAT_RECORD_COLUMNS: Record<ChatField, string> = {
  conversationId: '会话ID',
  buyer: '买家',
  agent: '客服',
  sender: '发送方',
  sentAt: '发送时间',
};

const SENDERS: Record<string, 'BUYER' | 'AGENT'> = { 买家: 'BUYER', 客服: 'AGENT', buyer: 'BUYER', agent: 'AGENT' };

/** One message of a chat-record export, or what is wrong with it. */
export type ChatMessage = { conversationId: string; buyer: string; agent: string; sender: 'BUYER' | 'AGENT'; sentAt: Date };
export type MappedMessage = { message: ChatMessage } | { problems: RowProblem[] };

/** The column index of each field in the header row, or which headers are missing. */
export function readChatHeader(header: string[], columns: Record<ChatField, string>): { index: Record<ChatField, number> } | { missing: string[] } {
  const names = header.map((name) => name.trim().replace(/^\uFEFF/, ''));
  const index = {} as Record<ChatField, number>;
  const missing: string[] = [];
  for (const field of Object.keys(CHAT_RECORD_COLUMNS) as ChatField[]) {
    index[field] = names.indexOf(columns[field]);
    if (index[field] < 0) missing.push(columns[field]);
  }
  return missing.length > 0 ? { missing } : { index };
}

/** The conversation id of a row, to cut batches between conversations. */
export const conversationIdOf = (fields: string[], index: Record<ChatField, number>) => (fields[index.conversationId] ?? '').trim();

export function mapChatRow(fields: string[], index: Record<ChatField, number>, columns: Record<ChatField, string>, timeZone: string): MappedMessage {
  const cell = (field: ChatField) => (fields[index[field]] ?? '').trim();
  const problems: RowProblem[] = [];
  const problem = (field: ChatField, message: string) => problems.push({ column: columns[field], code: UserErrorCode.INVALID_INPUT, message });
  const conversationId = cell('conversationId');
  if (!conversationId || conversationId.length > 100) problem('conversationId', 'The conversation id must be 1–100 characters.');
  const buyer = cell('buyer');
  if (!buyer || buyer.length > 100) problem('buyer', 'The buyer must be 1–100 characters.');
  const agent = cell('agent');
  if (!agent) problem('agent', 'The agent is empty.');
  const sender = SENDERS[cell('sender')];
  if (!sender) problem('sender', `"${cell('sender').slice(0, 20)}" is not 买家 or 客服.`);
  const sentAt = parseLocalDateTime(cell('sentAt'), timeZone);
  if (!sentAt) problem('sentAt', `"${cell('sentAt').slice(0, 40)}" is not a date and time.`);
  if (problems.length > 0) return { problems };
  return { message: { conversationId, buyer, agent, sender: sender!, sentAt: sentAt! } };
}

/**
 * A conversation's messages as the rounds the platforms measure: a round opens with the buyer's
 * message after the agent spoke (or the first one) and is answered by the agent's next message.
 */
export function roundsOf(messages: readonly ChatMessage[]): { askedAt: Date; answeredAt: Date | null }[] {
  const rounds: { askedAt: Date; answeredAt: Date | null }[] = [];
  let open: { askedAt: Date; answeredAt: Date | null } | null = null;
  for (const message of messages) {
    if (message.sender === 'BUYER') {
      if (!open) rounds.push((open = { askedAt: message.sentAt, answeredAt: null }));
    } else if (open) {
      open.answeredAt = message.sentAt;
      open = null;
    }
  }
  return rounds;
}
