import { MessageChannel } from './message.enums';

/** The variables a template may use, each with the sample a preview shows. */
export const TEMPLATE_VARIABLES: Record<string, { description: string; sample: string }> = {
  'customer.displayName': { description: 'The customer\'s name as the shop shows it.', sample: '王芳' },
  'customer.platformHandle': { description: 'The customer\'s handle on the platform.', sample: 'tb_wangfang88' },
  'shop.name': { description: 'The shop\'s name.', sample: '茶语小铺' },
  'coupon.code': { description: 'The code of the coupon issued with the message.', sample: 'TEA-7K2M9' },
  'coupon.amount': { description: 'What the coupon takes off, as the shop writes it (¥20, 10%).', sample: '¥20' },
  'coupon.expiresAt': { description: 'The coupon\'s last day, in shop time.', sample: '2026-11-30' },
  'order.platformOrderId': { description: 'The order the message is about.', sample: '3141592653589793' },
  'order.amount': { description: 'The order\'s amount in yuan.', sample: '¥128.50' },
  'tier.name': { description: 'The customer\'s membership tier.', sample: 'Gold' },
};

const VARIABLE = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** What a template body uses, and what is wrong with it: unknown variables, braces that open or close nothing. */
export function checkBody(body: string): { variables: string[]; unknown: string[]; unbalanced: boolean } {
  const variables: string[] = [];
  const unknown: string[] = [];
  for (const match of body.matchAll(VARIABLE)) {
    const name = match[1];
    if (!(name in TEMPLATE_VARIABLES)) unknown.push(name);
    else if (!variables.includes(name)) variables.push(name);
  }
  const rest = body.replace(VARIABLE, '');
  return { variables, unknown: [...new Set(unknown)], unbalanced: rest.includes('{{') || rest.includes('}}') };
}

/**
 * The body with its variables filled, and the SMS signature in front when signed. A value not
 * given is the sample in a preview (`samples`), and empty in a real message.
 */
export function render(body: string, channel: MessageChannel, signed: boolean, shopName: string, values: Record<string, string> = {}, samples = true): string {
  const text = body.replace(VARIABLE, (_, name: string) => values[name] ?? (samples ? TEMPLATE_VARIABLES[name]?.sample : undefined) ?? '');
  return channel === MessageChannel.SMS && signed ? `【${shopName}】${text}` : text;
}

/** Characters as a phone counts them (a code point each). */
export const charactersOf = (text: string) => [...text].length;

/**
 * SMS segments of a text: GSM-7 text (plain ASCII here) fits 160 characters in one segment and
 * 153 in each of several; anything else (Chinese) 70 in one and 67 in each of several.
 */
export function smsSegments(text: string): number {
  const length = charactersOf(text);
  if (length === 0) return 0;
  const gsm = /^[\x20-\x7e\n\r]*$/.test(text);
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  return length <= single ? 1 : Math.ceil(length / multi);
}

/** A coupon's discount as a message writes it: ¥20 off (amounts in fen), or 10% off. */
export function couponAmountText(discountType: string, discountValue: number): string {
  return discountType === 'PERCENT_OFF' ? `${discountValue}%` : `¥${Number.isInteger(discountValue / 100) ? discountValue / 100 : (discountValue / 100).toFixed(2)}`;
}
