import { describe, expect, it } from 'vitest'
import { compactNumber, formatNumber, looksLikeNumber, numberProblem } from '../registrationNumber'

// Numbers made by the server's RegistrationNumber.of: both sides must agree on every check digit.
const SERVER_NUMBERS = ['OTA123456789', 'YAM000000199', 'KSW908172632']

describe('registration numbers', () => {
  it('accepts the numbers the server makes, however they are typed', () => {
    for (const n of SERVER_NUMBERS) expect(numberProblem(n)).toBeNull()
    expect(numberProblem('ota-1234-5678-9')).toBeNull()
    expect(numberProblem('ＯＴＡ－１２３４　５６７８－９')).toBeNull()
    expect(compactNumber(' ota 1234-5678 9 ')).toBe('OTA123456789')
  })

  it('points out every single wrong digit as a check-digit problem', () => {
    const number = SERVER_NUMBERS[0]!
    for (let position = 3; position < number.length; position++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === number[position]) continue
        const typo = number.slice(0, position) + d + number.slice(position + 1)
        expect(numberProblem(typo), typo).toBe('checkDigit')
      }
    }
  })

  it('points out swapped neighbouring digits', () => {
    expect(numberProblem('OTA213456789')).toBe('checkDigit')
    expect(numberProblem('OTA123456798')).toBe('checkDigit')
  })

  it('calls anything of the wrong shape a format problem', () => {
    for (const typed of ['', 'OTA-1234', 'OTA1234567890', '12345678901', "'; drop table --", 'OTA-12A4-5678-9']) {
      expect(numberProblem(typed), typed).toBe('format')
    }
  })

  it('prints numbers in groups and leaves anything else alone', () => {
    expect(formatNumber('OTA123456789')).toBe('OTA-1234-5678-9')
    expect(formatNumber('not a number')).toBe('not a number')
    expect(formatNumber(null)).toBe('')
  })

  it('tells a number from a name in the search box', () => {
    expect(looksLikeNumber('OTA-1234')).toBe(true)
    expect(looksLikeNumber('123456')).toBe(true)
    expect(looksLikeNumber('やまだ')).toBe(false)
    expect(looksLikeNumber('山田 花子')).toBe(false)
  })
})
