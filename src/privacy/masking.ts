/**
 * Contact details as every role reads them by default, the way the platforms show them
 * (Taobao: `138****0000`, `张**`). Pure: the clear value in, the masked one out.
 */

/** A phone number: the national number's first three and last four digits (`138****0000`). */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/^\+86/, '').replace(/\D/g, '');
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

/** A WeChat id: its first three and last two characters (`wx_***89`). */
export function maskWechatId(id: string | null): string | null {
  if (!id) return id;
  const chars = [...id];
  if (chars.length <= 5) return `${chars[0]}***`;
  return `${chars.slice(0, 3).join('')}***${chars.slice(-2).join('')}`;
}

/** A real name: its first character, a star for each other one (`张**`). */
export function maskName(name: string | null): string | null {
  if (!name) return name;
  const chars = [...name.trim()];
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** A shipping address: province and city only. */
export function maskAddress(province: string | null, city: string | null, detail: string | null): string | null {
  if (!province && !city && !detail) return null;
  return [province, city].filter(Boolean).join(' ') || '***';
}

/** The whole address, as a sender needs it. */
export function fullAddress(province: string | null, city: string | null, detail: string | null): string | null {
  const parts = [province, city, detail].filter(Boolean);
  return parts.length ? parts.join(' ') : null;
}
