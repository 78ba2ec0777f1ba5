/** Normalising what people type: 全角/半角 (NFKC), hiragana → katakana, postal codes. */

export function nfkc(value: string): string {
  return value.normalize('NFKC')
}

/** フリガナ as the server stores it: NFKC (half-width kana become full-width) and hiragana turned into katakana. */
export function toKatakana(value: string): string {
  return nfkc(value)
    .replace(/[\u3041-\u3096\u309D\u309E]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
    .trim()
}

const KATAKANA = /^[\u30A0-\u30FF\u31F0-\u31FF\u3000 0-9-]+$/

export function isKatakana(value: string): boolean {
  return KATAKANA.test(value)
}

/** `1430016` / `１４３－００１６` → `143-0016`; anything else is returned NFKC-normalised and trimmed. */
export function normalizePostalCode(value: string): string {
  const text = nfkc(value).trim().replace(/[‐−–—ー]/g, '-')
  const match = /^(\d{3})-?(\d{4})$/.exec(text)
  return match ? `${match[1]}-${match[2]}` : text
}

export function isPostalCode(value: string): boolean {
  return /^\d{3}-\d{4}$/.test(value)
}

/** Digits and hyphens, 10–13 characters (the API's rule). */
export function normalizePhone(value: string): string {
  return nfkc(value).trim().replace(/[‐−–—ー]/g, '-')
}

export function isPhone(value: string): boolean {
  return /^[0-9-]{10,13}$/.test(value) && /\d/.test(value)
}

export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)
}
