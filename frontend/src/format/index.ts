/** The one place that turns dates, instants and money into text. Japanese conventions first. */

export type UiLocale = 'ja' | 'en'

const TIME_ZONE = 'Asia/Tokyo'

const eraFormats: Record<UiLocale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-US-u-ca-japanese', { era: 'long', year: 'numeric' }),
}

/** Parses `YYYY-MM-DD` as a calendar date (no time zone shift); returns null for anything else. */
export function parseLocalDate(value: string | null | undefined): Date | null {
  if (!value) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(year, month - 1, day)
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null
}

/** The Japanese era year of a date: 令和8年, 令和元年 (never 令和1年); "Reiwa 8" in English. */
export function eraYear(value: string | Date | null | undefined, locale: UiLocale = 'ja'): string {
  const date = typeof value === 'string' ? parseLocalDate(value) : value
  if (!date) return ''
  const parts = eraFormats[locale].formatToParts(date)
  const era = parts.find((p) => p.type === 'era')?.value ?? ''
  const year = parts.find((p) => p.type === 'year')?.value ?? ''
  if (locale === 'en') return `${era} ${year}`
  return `${era}${year === '1' ? '元' : year}年`
}

/** `2026-04-01 (令和8年)`: the western date with its era year beside it. */
export function formatDate(value: string | null | undefined, locale: UiLocale = 'ja'): string {
  const date = parseLocalDate(value)
  if (!date || !value) return ''
  return `${value} (${eraYear(date, locale)})`
}

/** The fiscal year (年度, April–March) a date falls in, as its starting western year. */
export function fiscalYearOf(value: string | Date): number {
  const date = typeof value === 'string' ? parseLocalDate(value) : value
  if (!date) throw new RangeError(`not a date: ${String(value)}`)
  return date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1
}

/** `2026年度 (令和8年度)` / `FY2026 (Reiwa 8)`. */
export function formatFiscalYear(fiscalYear: number, locale: UiLocale = 'ja'): string {
  const era = eraYear(new Date(fiscalYear, 3, 1), locale)
  return locale === 'ja' ? `${fiscalYear}年度 (${era}度)` : `FY${fiscalYear} (${era})`
}

const dateTimeFormats: Record<UiLocale, Intl.DateTimeFormat> = {
  ja: new Intl.DateTimeFormat('ja-JP', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }),
}

/** An ISO-8601 instant shown in Japan time: `2026年4月1日 14:06`. */
export function formatDateTime(value: string | null | undefined, locale: UiLocale = 'ja'): string {
  if (!value) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return dateTimeFormats[locale].format(date)
}

const yenDigits = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 0 })

/** Yen with a half-width ¥ and no decimals: `¥12,000`, `-¥500`. */
export function formatYen(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || Number.isNaN(amount)) return ''
  const rounded = Math.round(amount)
  const sign = rounded < 0 ? '-' : ''
  return `${sign}¥${yenDigits.format(Math.abs(rounded))}`
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return yenDigits.format(value)
}
