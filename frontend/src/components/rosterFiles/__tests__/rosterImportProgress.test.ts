import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RosterImportStatus } from '@/api/rosterFiles'
import { followImport, progressPercent } from '../rosterImportProgress'

const status = (s: Partial<RosterImportStatus>): RosterImportStatus => ({
  importId: 'imp-1',
  status: 'applying',
  done: 0,
  total: 0,
  create: 0,
  update: 0,
  unchanged: 0,
  years: { create: 0, update: 0, unchanged: 0 },
  error: null,
  ...s,
})

afterEach(() => vi.useRealTimers())

describe('progressPercent', () => {
  it('is the share of rows written, rounded down, and 100 once applied', () => {
    expect(progressPercent(status({ done: 0, total: 0 }))).toBe(0)
    expect(progressPercent(status({ done: 1, total: 3 }))).toBe(33)
    expect(progressPercent(status({ done: 5_000, total: 120_000 }))).toBe(4)
    expect(progressPercent(status({ status: 'applied', done: 0, total: 0 }))).toBe(100)
  })
})

describe('followImport', () => {
  it('polls while the import is applying and stops when it has ended', async () => {
    vi.useFakeTimers()
    const answers = [status({ done: 1, total: 2 }), status({ status: 'applied', done: 2, total: 2 })]
    const load = vi.fn(async () => answers.shift() ?? status({ status: 'applied' }))
    const seen: string[] = []
    followImport(load, (s) => seen.push(`${s.status} ${s.done}`), () => undefined, 500)
    await vi.advanceTimersByTimeAsync(499)
    expect(load).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await vi.advanceTimersByTimeAsync(500)
    await vi.advanceTimersByTimeAsync(5_000)
    expect(seen).toEqual(['applying 1', 'applied 2'])
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('stops when asked, and reports a failed request once', async () => {
    vi.useFakeTimers()
    const load = vi.fn(async () => status({}))
    const stop = followImport(load, () => undefined, () => undefined, 100)
    await vi.advanceTimersByTimeAsync(250)
    stop()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(load).toHaveBeenCalledTimes(2)

    const errors: unknown[] = []
    followImport(async () => Promise.reject(new Error('offline')), () => undefined, (e) => errors.push(e), 100)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(errors).toHaveLength(1)
  })
})
