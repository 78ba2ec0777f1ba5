import { describe, expect, it } from 'vitest'
import { ProblemError } from '@/api/client'
import { hasChanges, insertPlaceholder, problemsByField, sameText, withContext } from '../templateTextModel'

describe('templateTextModel', () => {
  it('puts a placeholder at the cursor, or over the selection, and moves the cursor after it', () => {
    expect(insertPlaceholder('協賛金：円', 'fee', 4)).toEqual({ text: '協賛金：{fee}円', caret: 9 })
    expect(insertPlaceholder('宛先：XXX 様', 'sponsorName', 3, 6)).toEqual({ text: '宛先：{sponsorName} 様', caret: 16 })
    expect(insertPlaceholder('末尾', 'fee', 99)).toEqual({ text: '末尾{fee}', caret: 7 })
  })

  it('keeps every message of a field, in order', () => {
    const error = new ProblemError({
      type: 'https://noren.mimamo.jp/problems/validation', title: 'x', status: 400,
      errors: [{ field: 'body', message: '1行目' }, { field: 'subject', message: '件名' }, { field: 'body', message: '3行目' }],
    })
    expect(problemsByField(error)).toEqual({ body: ['1行目', '3行目'], subject: ['件名'] })
    expect(problemsByField(new Error('x'))).toEqual({})
  })

  it('compares texts and diffs', () => {
    expect(sameText({ subject: null, body: 'a' }, { subject: '', body: 'a' })).toBe(true)
    expect(sameText({ subject: 'x', body: 'a' }, { subject: 'y', body: 'a' })).toBe(false)
    expect(hasChanges([{ op: 'same', text: 'a' }])).toBe(false)
    expect(hasChanges([{ op: 'same', text: 'a' }, { op: 'added', text: 'b' }])).toBe(true)
  })

  it('shows two lines around each change and folds longer unchanged runs', () => {
    const same = (text: string) => ({ op: 'same' as const, text })
    const lines = [...'abcdefg'.split('').map(same), { op: 'added' as const, text: 'X' }, ...'hijklmn'.split('').map(same), { op: 'removed' as const, text: 'Y' }, same('o')]
    expect(withContext(lines)).toEqual([
      { op: 'folded', count: 5 }, same('f'), same('g'), { op: 'added', text: 'X' }, same('h'), same('i'),
      { op: 'folded', count: 3 }, same('m'), same('n'), { op: 'removed', text: 'Y' }, same('o'),
    ])
    expect(withContext([same('a'), same('b'), same('c'), same('d'), { op: 'added', text: 'X' }])).toEqual([
      same('a'), same('b'), same('c'), same('d'), { op: 'added', text: 'X' },
    ])
  })
})
