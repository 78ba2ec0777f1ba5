import { describe, expect, it } from 'vitest'
import { isEmail, isKatakana, isPhone, isPostalCode, normalizePhone, normalizePostalCode, toKatakana } from '../text'

describe('toKatakana', () => {
  it('widens half-width kana', () => expect(toKatakana('ｵｵﾓﾘﾁｭｳｵｳﾋﾞｮｳｲﾝ')).toBe('オオモリチュウオウビョウイン'))
  it('turns hiragana into katakana', () => expect(toKatakana('やまとやっきょく')).toBe('ヤマトヤッキョク'))
  it('keeps the long vowel mark', () => expect(toKatakana('すーぱー')).toBe('スーパー'))
})

describe('isKatakana', () => {
  it('accepts katakana with spaces and dots', () => expect(isKatakana('カブシキガイシャ ミマモ・ストア')).toBe(true))
  it('rejects kanji', () => expect(isKatakana('大森病院')).toBe(false))
  it('rejects hiragana', () => expect(isKatakana('おおもり')).toBe(false))
})

describe('postal codes', () => {
  it('inserts the hyphen', () => expect(normalizePostalCode('1430016')).toBe('143-0016'))
  it('narrows full-width digits and hyphen', () => expect(normalizePostalCode('１４３－００１６')).toBe('143-0016'))
  it('leaves a wrong code for the validator', () => expect(isPostalCode(normalizePostalCode('14-30016'))).toBe(false))
})

describe('phone and email', () => {
  it('narrows a full-width phone number', () => expect(normalizePhone('０３－１２３４－５６７８')).toBe('03-1234-5678'))
  it('accepts 10 to 13 digits and hyphens', () => expect(isPhone('03-1234-5678')).toBe(true))
  it('rejects letters', () => expect(isPhone('03-1234-567a')).toBe(false))
  it('rejects a short number', () => expect(isPhone('03-1234')).toBe(false))
  it('accepts an address', () => expect(isEmail('info@example.jp')).toBe(true))
  it('rejects a bare name', () => expect(isEmail('info')).toBe(false))
})
