import { ProblemError } from '@/api/client'
import type { RenewalStep, SendChannel, SendRecord, SendStatus } from '@/api/renewals'
import { addDays, eraFiscalYear, todayInJapan } from '@/format'
import { describeProblem } from '@/i18n/problem'
import type { TagType } from './sponsorshipModel'

/** The message keys of the steps, channels and statuses (the wire values carry hyphens). */
export const STEP_LABELS: Record<RenewalStep, string> = {
  request: 'renewals.sends.steps.request',
  'reminder-1': 'renewals.sends.steps.reminder1',
  'reminder-2': 'renewals.sends.steps.reminder2',
}
export const CHANNEL_LABELS: Record<SendChannel, string> = {
  email: 'renewals.sendRecords.channels.email',
  post: 'renewals.sendRecords.channels.post',
}
export const SEND_STATUS_LABELS: Record<SendStatus, string> = {
  sending: 'renewals.sendRecords.statuses.sending',
  sent: 'renewals.sendRecords.statuses.sent',
  failed: 'renewals.sendRecords.statuses.failed',
  'to-print': 'renewals.sendRecords.statuses.toPrint',
}

/** 送信済み is done, 失敗 needs a re-run, 郵送待ち needs printing, 送信中 is under way (or was cut off). */
export const SEND_STATUS_TAGS: Record<SendStatus, TagType> = {
  sending: 'primary',
  sent: 'success',
  failed: 'danger',
  'to-print': 'warning',
}

/** A label key for a value the server sent; a value this app does not know yet is shown as it came. */
export function labelOf<K extends string>(labels: Record<K, string>, value: string, t: (key: string) => string): string {
  return Object.prototype.hasOwnProperty.call(labels, value) ? t(labels[value as K]) : value
}

/** Which text a send was written from: head office's version, or the region's own revision and the version it is based on. */
export function templateLabel(record: SendRecord, t: (key: string, values: Record<string, unknown>) => string): string {
  if (record.templateVersion === null) return '—'
  return record.templateRegionRevision === null
    ? t('renewals.sendRecords.templateShared', { version: record.templateVersion })
    : t('renewals.sendRecords.templateOwn', { version: record.templateVersion, revision: record.templateRegionRevision })
}

/** The answer deadline offered at first: 30 days from today in Japan, as the server assumes when given none. */
export const DEFAULT_DUE_DAYS = 30
export const defaultDueDate = (now: Date = new Date()) => addDays(todayInJapan(now), DEFAULT_DUE_DAYS)

/**
 * `令和8年度_協賛継続のお願い.pdf`: the letters are always written in Japanese, so their file is named in Japanese
 * whatever the UI language.
 */
export const lettersFileName = (year: number) => `${eraFiscalYear(year, 'ja')}_協賛継続のお願い.pdf`

/** The server's field messages (a due date in the past…) when it gave some, else the general text. */
export function problemMessage(error: unknown): string {
  const fields = error instanceof ProblemError ? error.errors.map((f) => f.message).filter(Boolean).join(' ') : ''
  return fields || describeProblem(error)
}
