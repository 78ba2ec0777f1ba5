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

function eraParts(date: Date, locale: UiLocale): { era: string; year: number } {
  const parts = eraFormats[locale].formatToParts(date)
  return { era: parts.find((p) => p.type === 'era')?.value ?? '', year: Number(parts.find((p) => p.type === 'year')?.value) }
}

/**
 * The era name of a fiscal year as the server writes it: `令和8年度` / `Reiwa 8`. A year is named after the era it
 * ends in (FY2019 = 令和元年度), unless that era began after the year started (FY1988 = 昭和63年度).
 */
export function eraFiscalYear(fiscalYear: number, locale: UiLocale = 'ja'): string {
  const atEnd = eraParts(new Date(fiscalYear + 1, 2, 31), locale)
  const { era, year } = atEnd.year > 1 ? { era: atEnd.era, year: atEnd.year - 1 } : eraParts(new Date(fiscalYear, 3, 1), locale)
  if (locale === 'en') return `${era} ${year}`
  return `${era}${year === 1 ? '元' : year}年度`
}

/** A fiscal year's name as the server's `fiscalYearLabel` gives it: `令和8年度` / `FY2026`. */
export function fiscalYearLabel(fiscalYear: number, locale: UiLocale = 'ja'): string {
  return locale === 'ja' ? eraFiscalYear(fiscalYear, locale) : `FY${fiscalYear}`
}

/** `2026年度 (令和8年度)` / `FY2026 (Reiwa 8)`. */
export function formatFiscalYear(fiscalYear: number, locale: UiLocale = 'ja'): string {
  const era = eraFiscalYear(fiscalYear, locale)
  return locale === 'ja' ? `${fiscalYear}年度 (${era})` : `FY${fiscalYear} (${era})`
}

const japanDay = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE })

/** Today's date in Japan as `YYYY-MM-DD`, whatever the computer's own time zone. */
export function todayInJapan(now: Date = new Date()): string {
  const parts = japanDay.formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** A `YYYY-MM-DD` date moved by whole days, as `YYYY-MM-DD` (calendar arithmetic, no time zone shift). */
export function addDays(value: string, days: number): string {
  const date = parseLocalDate(value)
  if (!date) throw new RangeError(`not a date: ${value}`)
  date.setDate(date.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The fiscal year it is now in Japan. */
export function currentFiscalYear(now: Date = new Date()): number {
  return fiscalYearOf(todayInJapan(now))
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

const japaneseDateFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'numeric', day: 'numeric' })

/** A `YYYY-MM-DD` date in 和暦 as Japanese forms write a birth date: `昭和15年3月2日`, `平成元年1月8日`. */
export function japaneseDate(value: string | null | undefined): string {
  const date = parseLocalDate(value)
  if (!date) return ''
  const parts = japaneseDateFormat.formatToParts(date)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const year = part('year')
  return `${part('era')}${year === '1' ? '元' : year}年${part('month')}月${part('day')}日`
}

/**
 * A head-office figure as text: "<5" when the server suppressed it, "—" when there is none, a share as a percentage,
 * money in yen, per 1,000 with one decimal, a count with separators.
 */
export function formatFigure(
  cell: { value: number | null; suppressed: boolean } | undefined,
  kind: 'count' | 'rate' | 'money' | 'per-thousand',
  suppressBelow: number,
): string {
  if (!cell) return '—'
  if (cell.suppressed) return `<${suppressBelow}`
  if (cell.value === null || Number.isNaN(cell.value)) return '—'
  if (kind === 'rate') return `${(cell.value * 100).toFixed(1)}%`
  if (kind === 'money') return formatYen(cell.value)
  if (kind === 'per-thousand') return cell.value.toFixed(1)
  return formatCount(Math.round(cell.value))
}
