/** Zero-width characters, bidi controls and the byte-order mark: invisible, yet they make two handles differ. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/**
 * The form of a platform handle that decides whether two handles name one customer: invisible
 * characters removed, Unicode NFKC (so a full-width `ｌｕｃｋｙｃａｔ` is `luckycat`), trimmed.
 * The handle as typed is kept for display; uniqueness and look-ups use this key.
 */
export function handleKey(handle: string): string {
  return handle.replace(INVISIBLE, '').normalize('NFKC').trim();
}
