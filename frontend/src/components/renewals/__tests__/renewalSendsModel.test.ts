import { describe, expect, it } from 'vitest'
import { RENEWAL_STEPS, SEND_STATUSES } from '@/api/renewals'
import { hasTranslation } from '@/i18n'
import { CHANNEL_LABELS, defaultDueDate, labelOf, lettersFileName, SEND_STATUS_LABELS, SEND_STATUS_TAGS, STEP_LABELS } from '../renewalSendsModel'

describe('the renewal sends', () => {
  it('label every step, channel and status', () => {
    const keys = [...RENEWAL_STEPS.map((s) => STEP_LABELS[s]), ...Object.values(CHANNEL_LABELS), ...SEND_STATUSES.map((s) => SEND_STATUS_LABELS[s])]
    expect(keys.filter((k) => !k || !hasTranslation(k))).toEqual([])
    expect(SEND_STATUSES.filter((s) => !SEND_STATUS_TAGS[s])).toEqual([])
  })

  it('show a value this app does not know as it came', () => {
    const t = (key: string) => `[${key}]`
    expect(labelOf(STEP_LABELS, 'reminder-1', t)).toBe('[renewals.sends.steps.reminder1]')
    expect(labelOf(STEP_LABELS, 'reminder-3', t)).toBe('reminder-3')
    expect(labelOf(STEP_LABELS, 'toString', t)).toBe('toString')
  })

  it('give the answer 30 days from today in Japan', () => {
    expect(defaultDueDate(new Date('2026-06-15T03:00:00Z'))).toBe('2026-07-15')
    // 23:30 on 31 March in UTC is already 1 April in Japan.
    expect(defaultDueDate(new Date('2027-03-31T15:30:00Z'))).toBe('2027-05-01')
  })

  it('name the letters file after the fiscal year in the era', () => {
    expect(lettersFileName(2026)).toBe('令和8年度_協賛継続のお願い.pdf')
    expect(lettersFileName(2019)).toBe('令和元年度_協賛継続のお願い.pdf')
  })
})
