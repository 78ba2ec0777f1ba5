import { describe, expect, it } from 'vitest'
import { formatSession, hasBegun, ruleOfThree, weeklySlots } from '../seminarModel'

describe('ruleOfThree', () => {
  it('needs three different roles, not three organisations', () => {
    expect(ruleOfThree([{ role: 'medical' }, { role: 'care' }, { role: 'shopping-street' }]).met).toBe(true)
    const two = ruleOfThree([{ role: 'medical' }, { role: 'medical' }, { role: 'care' }])
    expect(two.met).toBe(false)
    expect(two.missing).toBe(1)
  })

  it('counts nothing for no organisers', () => {
    expect(ruleOfThree([]).missing).toBe(3)
  })
})

describe('weeklySlots', () => {
  it('repeats the first session every week, across a month end', () => {
    expect(weeklySlots('2026-04-28T10:00', 60, 3)).toEqual([
      { startsAt: '2026-04-28T10:00', endsAt: '2026-04-28T11:00' },
      { startsAt: '2026-05-05T10:00', endsAt: '2026-05-05T11:00' },
      { startsAt: '2026-05-12T10:00', endsAt: '2026-05-12T11:00' },
    ])
  })

  it('gives nothing for a malformed start', () => {
    expect(weeklySlots('2026/04/28 10:00', 60, 3)).toEqual([])
  })
})

describe('formatSession', () => {
  it('shows the western date, its era year and the times', () => {
    expect(formatSession('2026-05-16T14:00', '2026-05-16T16:00')).toBe('2026-05-16 (令和8年) 14:00〜16:00')
    expect(formatSession('2026-05-16T14:00', '2026-05-16T16:00', 'en')).toBe('2026-05-16 (Reiwa 8) 14:00–16:00')
  })
})

describe('hasBegun', () => {
  it('compares in Japan time whatever the computer says', () => {
    const now = new Date('2026-05-16T05:00:00Z') // 14:00 in Japan
    expect(hasBegun('2026-05-16T14:00', now)).toBe(true)
    expect(hasBegun('2026-05-16T14:01', now)).toBe(false)
  })
})

describe('matchesName', () => {
  it('finds a person by reading typed in hiragana or half-width kana, spaces ignored', async () => {
    const { matchesName } = await import('../attendanceModel')
    expect(matchesName('たかはし', '髙橋 﨑子', 'タカハシ サキコ')).toBe(true)
    expect(matchesName('ﾀｶﾊｼｻｷ', '髙橋 﨑子', 'タカハシ サキコ')).toBe(true)
    expect(matchesName('髙橋', '髙橋 﨑子', 'タカハシ サキコ')).toBe(true)
    expect(matchesName('なかむら', '髙橋 﨑子', 'タカハシ サキコ')).toBe(false)
    expect(matchesName('', '髙橋 﨑子', 'タカハシ サキコ')).toBe(true)
  })
})
