import { describe, expect, it } from 'vitest'
import {
  addDays,
  currentFiscalYear,
  eraFiscalYear,
  eraYear,
  fiscalYearLabel,
  fiscalYearOf,
  formatDate,
  formatDateTime,
  formatFiscalYear,
  formatYen,
  parseLocalDate,
  todayInJapan,
} from '../index'

describe('eraYear', () => {
  it('names the last day of Heisei', () => expect(eraYear('2019-04-30')).toBe('平成31年'))
  it('writes the first year of an era as 元年', () => expect(eraYear('2019-05-01')).toBe('令和元年'))
  it('writes the first Heisei year as 元年 too', () => expect(eraYear('1989-01-08')).toBe('平成元年'))
  it('counts Reiwa years', () => expect(eraYear('2026-04-01')).toBe('令和8年'))
  it('spells the era in English', () => expect(eraYear('2026-04-01', 'en')).toBe('Reiwa 8'))
  it('is empty for no date', () => expect(eraYear(null)).toBe(''))
})

describe('formatDate', () => {
  it('puts the era year beside the western date', () => expect(formatDate('2026-04-01')).toBe('2026-04-01 (令和8年)'))
  it('is empty for an impossible date', () => expect(formatDate('2026-02-30')).toBe(''))
  it('is empty for nothing', () => expect(formatDate(undefined)).toBe(''))
})

describe('parseLocalDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    const date = parseLocalDate('2026-04-01')
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2026, 3, 1])
  })
  it('rejects other shapes', () => expect(parseLocalDate('2026/04/01')).toBeNull())
})

describe('fiscal year', () => {
  it('starts in April', () => expect(fiscalYearOf('2026-04-01')).toBe(2026))
  it('ends in March', () => expect(fiscalYearOf('2027-03-31')).toBe(2026))
  it('is labelled with its era', () => expect(formatFiscalYear(2026)).toBe('2026年度 (令和8年度)'))
  it('is labelled FY in English', () => expect(formatFiscalYear(2017, 'en')).toBe('FY2017 (Heisei 29)'))
  it('is named after the era it ends in', () => expect(eraFiscalYear(2019)).toBe('令和元年度'))
  it('keeps the era it began in when the next era starts in its last months', () =>
    expect(eraFiscalYear(1988)).toBe('昭和63年度'))
  it('counts the era years in English', () => expect(eraFiscalYear(2026, 'en')).toBe('Reiwa 8'))
  it('is named like the server names it', () => expect([fiscalYearLabel(2026), fiscalYearLabel(2026, 'en')]).toEqual(['令和8年度', 'FY2026']))
  it('is the Japanese one whatever the computer’s time zone', () => {
    expect(todayInJapan(new Date('2027-03-31T15:30:00Z'))).toBe('2027-04-01')
    expect(currentFiscalYear(new Date('2027-03-31T15:30:00Z'))).toBe(2027)
    expect(currentFiscalYear(new Date('2027-03-31T14:30:00Z'))).toBe(2026)
  })
})

describe('addDays', () => {
  it('counts 30 days across a month end', () => expect(addDays('2026-06-15', 30)).toBe('2026-07-15'))
  it('crosses a year and a leap day', () => {
    expect(addDays('2026-12-20', 30)).toBe('2027-01-19')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
  it('refuses what is not a date', () => expect(() => addDays('2026-02-30', 1)).toThrow(RangeError))
})

describe('formatDateTime', () => {
  it('shows an instant in Japan time', () =>
    expect(formatDateTime('2026-04-01T05:06:00Z')).toBe('2026年4月1日 14:06'))
  it('crosses midnight into the Japanese day', () =>
    expect(formatDateTime('2026-03-31T15:30:00Z')).toBe('2026年4月1日 00:30'))
  it('is empty for rubbish', () => expect(formatDateTime('yesterday')).toBe(''))
})

describe('formatYen', () => {
  it('uses the half-width yen sign and separators', () => expect(formatYen(12000)).toBe('¥12,000'))
  it('drops decimals', () => expect(formatYen(1234.5)).toBe('¥1,235'))
  it('puts the sign before the yen mark', () => expect(formatYen(-500)).toBe('-¥500'))
  it('shows zero', () => expect(formatYen(0)).toBe('¥0'))
})

describe('japaneseDate', () => {
  it('writes birth dates in 和暦 with the era of that day', async () => {
    const { japaneseDate } = await import('../index')
    expect(japaneseDate('1940-03-02')).toBe('昭和15年3月2日')
    expect(japaneseDate('1925-12-24')).toBe('大正14年12月24日')
    expect(japaneseDate('1989-01-07')).toBe('昭和64年1月7日')
    expect(japaneseDate('1989-01-08')).toBe('平成元年1月8日')
    expect(japaneseDate('2019-05-01')).toBe('令和元年5月1日')
    expect(japaneseDate('not a date')).toBe('')
  })
})
