import { registerEnumType } from 'type-graphql';

export enum BulkImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(BulkImportStatus, {
  name: 'BulkImportStatus',
  description: 'Where a bulk import stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'Rows are being read and imported.' },
    COMPLETED: { description: 'Every row was read; rows with errors are listed.' },
    FAILED: { description: 'Stopped by an error in the file as a whole (unreadable, wrong header); what was imported before it stays.' },
    CANCELLED: { description: 'Stopped on request; what was imported before it stays.' },
  },
});

export enum BulkImportFormat {
  TAOBAO_ORDER_CSV = 'TAOBAO_ORDER_CSV',
  JSONL = 'JSONL',
  CHAT_RECORD_CSV = 'CHAT_RECORD_CSV',
}
registerEnumType(BulkImportFormat, {
  name: 'BulkImportFormat',
  description: 'What the uploaded file is.',
  valuesConfig: {
    TAOBAO_ORDER_CSV: { description: 'The Taobao/Tmall seller centre\'s order report (CSV with Chinese headers: 订单编号, 买家会员名, 买家实际支付金额, 订单状态, 订单创建时间, 订单付款时间…).' },
    JSONL: { description: 'One OrderInput as JSON per line (the API\'s own shape).' },
    CHAT_RECORD_CSV: { description: 'The CS tool\'s chat-record export, one row per message (会话ID, 买家, 客服, 发送方, 发送时间), a conversation\'s rows together: imported as conversations, their rounds measured.' },
  },
});

export enum FileEncoding {
  AUTO = 'AUTO',
  UTF8 = 'UTF8',
  GB18030 = 'GB18030',
}
registerEnumType(FileEncoding, {
  name: 'FileEncoding',
  description: 'The text encoding of an uploaded file.',
  valuesConfig: {
    AUTO: { description: 'UTF-8 when the bytes are valid UTF-8 (a BOM is skipped), else GB18030 (what the seller centre exports by default).' },
    UTF8: { description: 'UTF-8.' },
    GB18030: { description: 'GB18030 (a superset of GBK and GB2312).' },
  },
});
