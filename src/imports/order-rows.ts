import { UserErrorCode } from '../common/user-error';
import { normalizedPhone } from '../privacy/sealing';
import { parseLocalDateTime } from '../common/zoned-time';
import { Platform } from '../customers/platform';
import { OrderStatus } from '../orders/order.enums';
import type { OrderInput } from '../orders/order.inputs';

/** A row of a file that cannot become an order: which column, which code, why. */
export interface RowProblem {
  column: string | null;
  code: UserErrorCode;
  message: string;
}

/** A file row turned into the API's order input, or what is wrong with it. */
export type MappedRow = { order: OrderInput } | { problems: RowProblem[] };

/** The order fields a file's columns fill, by the fields' names in `OrderInput`. */
export type OrderField = 'platformOrderId' | 'buyer' | 'amount' | 'status' | 'placedAt' | 'paidAt' | 'receiverName' | 'receiverAddress' | 'receiverPhone';

/**
 * The Taobao/Tmall seller centre's order report: which header fills which field. The receiver's
 * name, address and phone (optional columns) become a new buyer's contact details, sealed on the
 * way in; other columns (宝贝标题…) are not read.
 */
export const TAOBAO_ORDER_COLUMNS: Record<OrderField, string> = {
  platformOrderId: '订单编号',
  buyer: '买家会员名',
  amount: '买家实际支付金额',
  status: '订单状态',
  placedAt: '订单创建时间',
  paidAt: '订单付款时间',
  receiverName: '收货人姓名',
  receiverAddress: '收货地址',
  receiverPhone: '联系手机',
};
/** Columns a report may lack. */
export const OPTIONAL_ORDER_FIELDS: readonly OrderField[] = ['paidAt', 'receiverName', 'receiverAddress', 'receiverPhone'];

/** An address as the report writes it ("浙江省 杭州市 西湖区 文三路 90 号"): province, city, the rest. */
function addressParts(text: string): { shippingProvince: string | null; shippingCity: string | null; shippingDetail: string | null } {
  const [province, city, ...rest] = text.split(/\s+/).filter(Boolean);
  return { shippingProvince: province ?? null, shippingCity: city ?? null, shippingDetail: rest.length ? rest.join(' ') : null };
}


/** The order states of the Taobao/Tmall report and of 1688's export, as this product's. */
export const TAOBAO_STATUSES: Record<string, OrderStatus> = {
  等待买家付款: OrderStatus.UNPAID,
  '买家已付款，等待卖家发货': OrderStatus.PAID,
  买家已付款: OrderStatus.PAID,
  '卖家已发货，等待买家确认': OrderStatus.SHIPPED,
  卖家已发货: OrderStatus.SHIPPED,
  交易成功: OrderStatus.RECEIVED,
  交易关闭: OrderStatus.CANCELLED,
  退款成功: OrderStatus.REFUNDED,
  // 1688's order export words its states differently.
  等待卖家发货: OrderStatus.PAID,
  等待买家确认收货: OrderStatus.SHIPPED,
  已收货: OrderStatus.RECEIVED,
  交易取消: OrderStatus.CANCELLED,
};

/** Yuan as written in a report ("128.50", "¥1,024.00") in minor units, exactly (no floating point); `null` if it is not an amount. */
export function minorUnits(text: string): number | null {
  const match = /^[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const whole = Number(match[1].replace(/,/g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const minor = whole * 100 + cents;
  return Number.isSafeInteger(minor) && minor <= 2_147_483_647 ? minor : null;
}

/** Excel-safe ids as reports write them (="3141592653589793", a leading tab or apostrophe) as the bare id. */
function bareId(text: string): string {
  return text.trim().replace(/^="?(.*?)"?$/, '$1').replace(/^['\t]/, '').trim();
}

/** Reads a report's header row: the column index of each field, or which required headers are missing. */
export function readHeader(header: string[], columns: Record<OrderField, string>): { index: Record<OrderField, number> } | { missing: string[] } {
  const names = header.map((name) => name.trim().replace(/^\uFEFF/, ''));
  const index = {} as Record<OrderField, number>;
  const missing: string[] = [];
  for (const field of Object.keys(columns) as OrderField[]) {
    index[field] = names.indexOf(columns[field]);
    if (index[field] < 0 && !OPTIONAL_ORDER_FIELDS.includes(field)) missing.push(columns[field]);
  }
  return missing.length > 0 ? { missing } : { index };
}

/** One report row as an order of `platform`, its times read in the shop's zone. */
export function mapReportRow(fields: string[], index: Record<OrderField, number>, columns: Record<OrderField, string>, platform: Platform, timeZone: string): MappedRow {
  const cell = (field: OrderField) => (index[field] >= 0 ? (fields[index[field]] ?? '').trim() : '');
  const problems: RowProblem[] = [];
  const problem = (field: OrderField, message: string) => problems.push({ column: columns[field], code: UserErrorCode.INVALID_INPUT, message });
  const platformOrderId = bareId(cell('platformOrderId'));
  if (!platformOrderId) problem('platformOrderId', 'The order number is empty.');
  const handle = cell('buyer');
  if (!handle) problem('buyer', 'The buyer is empty.');
  const amount = minorUnits(cell('amount'));
  if (amount === null) problem('amount', `"${cell('amount').slice(0, 40)}" is not an amount in yuan.`);
  const status = TAOBAO_STATUSES[cell('status')];
  if (!status) problem('status', `"${cell('status').slice(0, 40)}" is not an order state of the report.`);
  const placedAt = parseLocalDateTime(cell('placedAt'), timeZone);
  if (!placedAt) problem('placedAt', `"${cell('placedAt').slice(0, 40)}" is not a date and time.`);
  const paidText = cell('paidAt');
  const paidAt = paidText ? parseLocalDateTime(paidText, timeZone) : null;
  if (paidText && !paidAt) problem('paidAt', `"${paidText.slice(0, 40)}" is not a date and time.`);
  if (problems.length > 0) return { problems };
  const phone = normalizedPhone(cell('receiverPhone'));
  const contact = { phone: phone ? (phone.length === 11 ? `+86${phone}` : phone) : null, realName: cell('receiverName') || null, ...addressParts(cell('receiverAddress')) };
  return { order: { platformOrderId, customer: { platform, platformHandle: handle, ...contact }, amount: amount!, status, placedAt: placedAt!, paidAt } };
}

const STATUSES = new Set<string>(Object.values(OrderStatus));
/** The given keys of an object that hold text, as text (the rest null). */
const textFields = <K extends string>(from: Record<string, unknown>, keys: K[]) => Object.fromEntries(keys.map((k) => [k, typeof from[k] === 'string' ? (from[k] as string) : null])) as Record<K, string | null>;
const PLATFORMS = new Set<string>(Object.values(Platform));

/** One JSON Lines line as an `OrderInput` (the API's own shape, dates as ISO 8601 text). */
export function mapJsonLine(text: string): MappedRow {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problems: [{ column: null, code: UserErrorCode.INVALID_INPUT, message: 'The line is not JSON.' }] };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problems: [{ column: null, code: UserErrorCode.INVALID_INPUT, message: 'The line is not a JSON object.' }] };
  const row = value as Record<string, unknown>;
  const problems: RowProblem[] = [];
  const problem = (column: string, message: string) => problems.push({ column, code: UserErrorCode.INVALID_INPUT, message });
  const date = (key: string, required: boolean): Date | null => {
    const raw = row[key];
    if (raw === undefined || raw === null) {
      if (required) problem(key, `${key} is missing.`);
      return null;
    }
    const parsed = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw) ? new Date(raw) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) problem(key, `${key} is not an ISO 8601 date and time.`);
    return parsed;
  };
  if (typeof row.platformOrderId !== 'string') problem('platformOrderId', 'platformOrderId must be text.');
  if (typeof row.amount !== 'number' || !Number.isInteger(row.amount)) problem('amount', 'amount must be a whole number of minor units.');
  if (typeof row.status !== 'string' || !STATUSES.has(row.status)) problem('status', `status must be one of ${[...STATUSES].join(', ')}.`);
  const placedAt = date('placedAt', true);
  const paidAt = date('paidAt', false);
  const customer = row.customer as Record<string, unknown> | undefined;
  const customerId = row.customerId;
  if (customerId !== undefined && typeof customerId !== 'string') problem('customerId', 'customerId must be an id (text).');
  if (customer !== undefined && (customer === null || typeof customer !== 'object' || typeof customer.platformHandle !== 'string' || typeof customer.platform !== 'string' || !PLATFORMS.has(customer.platform))) {
    problem('customer', 'customer must be { platform, platformHandle }.');
  }
  if (problems.length > 0) return { problems };
  return {
    order: {
      platformOrderId: row.platformOrderId as string,
      customerId: (customerId as string | undefined) ?? null,
      customer: customer ? { platform: customer.platform as Platform, platformHandle: customer.platformHandle as string, ...textFields(customer, ['displayName', 'phone', 'realName', 'shippingProvince', 'shippingCity', 'shippingDetail']) } : null,
      amount: row.amount as number,
      status: row.status as OrderStatus,
      placedAt: placedAt!,
      paidAt,
    },
  };
}
