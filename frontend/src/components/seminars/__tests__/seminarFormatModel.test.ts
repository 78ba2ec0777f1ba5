import { describe, expect, it } from 'vitest'
import { addMinutes, applyFormat } from '../seminarFormatModel'
import { emptySeminar } from '../seminarModel'

describe('seminar formats', () => {
  it('adds minutes across midnight and month ends', () => {
    expect(addMinutes('2026-05-10T14:00', 90)).toBe('2026-05-10T15:30')
    expect(addMinutes('2026-05-31T23:30', 60)).toBe('2026-06-01T00:30')
    expect(addMinutes('', 60)).toBe('')
  })

  it('fills title, description, capacity and the end of a session that has a start', () => {
    const form = { ...emptySeminar(), sessions: [{ startsAt: '2026-05-10T14:00', endsAt: '' }, { startsAt: '', endsAt: '' }] }
    const filled = applyFormat(form, { name: '体操教室', durationMinutes: 60, capacity: 20, description: '介護予防の体操です。' })
    expect(filled.title).toBe('体操教室')
    expect(filled.description).toBe('介護予防の体操です。')
    expect(filled.capacity).toBe(20)
    expect(filled.sessions).toEqual([{ startsAt: '2026-05-10T14:00', endsAt: '2026-05-10T15:00' }, { startsAt: '', endsAt: '' }])
  })
})
