/** How the console writes dates (in the shop's time zone) and money (yuan, from fen). */
export interface Formats {
  dateTime(iso: string | null | undefined): string;
  date(iso: string | null | undefined): string;
  money(fen: number | null | undefined): string;
  percent(share: number | null | undefined): string;
}

export function formatsFor(lang: string, timeZone: string): Formats {
  const dateTime = new Intl.DateTimeFormat(lang, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
  const date = new Intl.DateTimeFormat(lang, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  return {
    dateTime: (iso) => (iso ? dateTime.format(new Date(iso)) : '—'),
    date: (iso) => (iso ? date.format(new Date(iso)) : '—'),
    money: (fen) => (fen === null || fen === undefined ? '—' : money.format(fen / 100)),
    percent: (share) => (share === null || share === undefined ? '—' : percent.format(share)),
  };
}

/** Yuan typed by a person ("12.5", "12,50") to fen; null when it is not an amount. */
export function fenOf(yuan: string): number | null {
  const text = yuan.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Math.round(Number(text) * 100);
}
