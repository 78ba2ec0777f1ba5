import type { PaymentMethod, SponsorshipForm, SponsorshipStatus, SponsorshipView } from '@/api/renewals'
import { currentFiscalYear, todayInJapan } from '@/format'

export type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger'

/** 未回答 asks for action, 継続 and 新規 bring a fee, 辞退 is closed. The chart uses the same colours. */
export const STATUS_TAGS: Record<SponsorshipStatus, TagType> = {
  pending: 'warning',
  renewed: 'success',
  new: 'primary',
  declined: 'info',
}
export const STATUS_COLOURS: Record<SponsorshipStatus, string> = {
  pending: '#e6a23c',
  renewed: '#67c23a',
  new: '#409eff',
  declined: '#909399',
}

export const pledgesAFee = (status: SponsorshipStatus) => status === 'renewed' || status === 'new'

export const isPastYear = (year: number, now: Date = new Date()) => year < currentFiscalYear(now)

/** A decided year (anything but 未回答) or a past year changes only with a reason, which the history keeps. */
export const needsReason = (current: SponsorshipView | null, year: number) =>
  isPastYear(year) || (current !== null && current.status !== 'pending')

/** What the answer dialog edits; texts stay strings while typed. */
export interface AnswerDraft {
  fiscalYear: number
  status: SponsorshipStatus
  units: number
  benefits: string[]
  notes: string
  reason: string
}

export function draftFromRow(row: SponsorshipView): AnswerDraft {
  return {
    fiscalYear: row.fiscalYear,
    status: row.status,
    units: row.units,
    benefits: [...(row.benefits ?? [])],
    notes: row.notes ?? '',
    reason: '',
  }
}

/** A new year: 新規 unless the sponsor pledged the year before, when it is a renewal (継続). */
export function newDraft(fiscalYear: number, rows: SponsorshipView[]): AnswerDraft {
  const previous = rows.find((r) => r.fiscalYear === fiscalYear - 1)
  return {
    fiscalYear,
    status: previous && pledgesAFee(previous.status) ? 'renewed' : 'new',
    units: previous?.units || 1,
    benefits: [...(previous?.benefits ?? [])],
    notes: '',
    reason: '',
  }
}

export const cloneDraft = (draft: AnswerDraft): AnswerDraft => ({ ...draft, benefits: [...draft.benefits] })

const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim())

export function answerPayload(draft: AnswerDraft, version: number | undefined): SponsorshipForm {
  return {
    status: draft.status,
    units: draft.units,
    benefits: draft.benefits.map((b) => b.trim()).filter((b) => b !== ''),
    notes: blankToNull(draft.notes),
    reason: blankToNull(draft.reason),
    ...(version === undefined ? {} : { version }),
  }
}

/** The same year with only its status changed, for the quick 継続 / 辞退 answers. */
export function quickAnswer(row: SponsorshipView, status: SponsorshipStatus, version: number, reason: string | null): SponsorshipForm {
  return { status, units: row.units, benefits: row.benefits ?? [], notes: row.notes, reason, version }
}

export interface PaymentDraft {
  paidOn: string
  method: PaymentMethod
  amount: number
}

/** What was recorded, or today, by transfer, the fee. */
export function paymentFromRow(row: SponsorshipView): PaymentDraft {
  return {
    paidOn: row.paidOn ?? todayInJapan(),
    method: row.paymentMethod ?? 'transfer',
    amount: row.paidAmount ?? row.fee,
  }
}

export const MAX_BENEFITS = 20

/** Years that can be added for a sponsor: next year down to five years back, minus the ones it has. */
export function addableYears(rows: SponsorshipView[], current: number = currentFiscalYear()): number[] {
  const taken = new Set(rows.map((r) => r.fiscalYear))
  const years: number[] = []
  for (let year = current + 1; year >= current - 5; year--) if (!taken.has(year)) years.push(year)
  return years
}
