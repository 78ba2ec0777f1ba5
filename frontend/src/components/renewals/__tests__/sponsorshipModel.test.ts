import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { PAYMENT_METHODS, SPONSORSHIP_ACTIONS, SPONSORSHIP_STATUSES, type SponsorshipView } from '@/api/renewals'
import { messages } from '@/i18n'
import { dashboardYears, yearFromQuery } from '../renewalDashboardModel'
import { addableYears, answerPayload, draftFromRow, needsReason, newDraft } from '../sponsorshipModel'

function year(fiscalYear: number, patch: Partial<SponsorshipView> = {}): SponsorshipView {
  return {
    sponsorId: 7, fiscalYear, fiscalYearLabel: '', status: 'pending', units: 1, unitFee: 10000, fee: 10000, benefits: [],
    answeredAt: null, invoicedOn: null, paidOn: null, paymentMethod: null, paidAmount: null, notes: null, version: 1, ...patch,
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('a reason', () => {
  it('is not needed to answer this year for the first time', () => expect(needsReason(year(2026), 2026)).toBe(false))
  it('is needed to change a decided year', () => expect(needsReason(year(2026, { status: 'declined' }), 2026)).toBe(true))
  it('is needed for a past year, even a new one', () => expect(needsReason(null, 2025)).toBe(true))
  it('is not needed to add next year', () => expect(needsReason(null, 2027)).toBe(false))
})

describe('a new year', () => {
  it('is 新規 when the sponsor did not pledge the year before', () =>
    expect(newDraft(2026, [year(2025, { status: 'declined' })]).status).toBe('new'))
  it('is 継続 with last year’s units and benefits when the sponsor pledged', () =>
    expect(newDraft(2026, [year(2025, { status: 'renewed', units: 3, benefits: ['会報に掲載'] })])).toMatchObject({
      status: 'renewed',
      units: 3,
      benefits: ['会報に掲載'],
    }))
  it('is offered from next year down to five years back, skipping the years the sponsor has', () =>
    expect(addableYears([year(2026), year(2024)])).toEqual([2027, 2025, 2023, 2022, 2021]))
})

describe('the answer sent', () => {
  it('trims texts, drops empty benefits and leaves the version out to create', () => {
    const draft = { ...draftFromRow(year(2026)), benefits: [' 会報に掲載 ', ' '], notes: '  ', reason: ' 訂正 ' }
    expect(answerPayload(draft, undefined)).toEqual({ status: 'pending', units: 1, benefits: ['会報に掲載'], notes: null, reason: '訂正' })
    expect(answerPayload(draft, 4)).toMatchObject({ version: 4 })
  })
})

describe('the dashboard years', () => {
  it('default to this fiscal year', () => expect(yearFromQuery(undefined, 2026)).toBe(2026))
  it('ignore nonsense', () => expect(yearFromQuery('1492', 2026)).toBe(2026))
  it('keep an older year asked for in the URL', () =>
    expect(dashboardYears(2026, 2010)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2010]))
})

describe('labels', () => {
  const ja = messages.ja as { renewals: Record<string, Record<string, unknown>> }
  const missing = (group: Record<string, unknown> | undefined, keys: readonly string[]) => keys.filter((k) => !group?.[k])

  it('exist for every status and payment method', () => {
    expect(missing(ja.renewals.status, SPONSORSHIP_STATUSES)).toEqual([])
    expect(missing(ja.renewals.method, PAYMENT_METHODS)).toEqual([])
  })

  it('exist for every history action and every field the history records', () => {
    const history = ja.renewals.history as Record<string, Record<string, unknown>>
    expect(missing(history.actions, SPONSORSHIP_ACTIONS)).toEqual([])
    const fields = ['status', 'units', 'fee', 'benefits', 'notes', 'invoicedOn', 'paidOn', 'paymentMethod', 'paidAmount']
    expect(missing(history.fields, fields)).toEqual([])
  })
})
