import { describe, expect, it } from 'vitest'
import { ProblemError } from '@/api/client'
import type { SponsorshipView } from '@/api/renewals'
import { refuseSeal, sealProblem, SEAL_MAX_BYTES } from '../sealModel'
import { canInvoice, canReceipt, documentsByYear, hasActivityReport } from '../sponsorshipDocumentsModel'

const row = (patch: Partial<SponsorshipView>): SponsorshipView => ({
  sponsorId: 7, fiscalYear: 2026, fiscalYearLabel: '令和8年度', status: 'renewed', units: 1, unitFee: 10000, fee: 10000, benefits: [],
  answeredAt: null, invoicedOn: null, paidOn: null, paymentMethod: null, paidAmount: null, notes: null, version: 1, ...patch,
})

describe('what a year’s documents allow', () => {
  it('invoices only a year answered 継続 or 新規 with a fee', () => {
    expect(canInvoice(row({ status: 'renewed' }))).toBe(true)
    expect(canInvoice(row({ status: 'new' }))).toBe(true)
    expect(canInvoice(row({ status: 'pending' }))).toBe(false)
    expect(canInvoice(row({ status: 'declined' }))).toBe(false)
    expect(canInvoice(row({ fee: 0 }))).toBe(false)
  })

  it('gives a receipt only for money received, and a report only for a pledged year', () => {
    expect(canReceipt(row({}))).toBe(false)
    expect(canReceipt(row({ paidOn: '2026-05-10', paidAmount: 0 }))).toBe(false)
    expect(canReceipt(row({ status: 'declined', paidOn: '2026-05-10', paidAmount: 5000 }))).toBe(true)
    expect(hasActivityReport(row({ status: 'new' }))).toBe(true)
    expect(hasActivityReport(row({ status: 'pending' }))).toBe(false)
  })

  it('files invoices and receipts under their year', () => {
    const byYear = documentsByYear({
      invoices: [{ sponsorId: 7, fiscalYear: 2026, number: 'I2026-0001', issuedOn: '2026-05-01', amount: 10000, issuedBy: 'a', issuedAt: '' }],
      receipts: [{ sponsorId: 7, fiscalYear: 2025, number: 'R2025-0004', issuedOn: '2025-06-01', amount: 10000, paidOn: '2025-05-30',
        paymentMethod: 'cash', prints: 1, issuedBy: 'a', issuedAt: '' }],
    })
    expect(byYear.get(2026)?.invoice?.number).toBe('I2026-0001')
    expect(byYear.get(2026)?.receipt).toBeNull()
    expect(byYear.get(2025)?.receipt?.number).toBe('R2025-0004')
    expect(documentsByYear(null).size).toBe(0)
  })
})

describe('a seal image before it is sent', () => {
  it('accepts a PNG or JPEG by type or by name, up to 1 MB', () => {
    expect(refuseSeal({ name: 'inei.png', type: 'image/png', size: 10 })).toBeNull()
    expect(refuseSeal({ name: 'INEI.JPG', type: '', size: SEAL_MAX_BYTES })).toBeNull()
    expect(refuseSeal({ name: 'inei.gif', type: 'image/gif', size: 10 })).toBe('type')
    expect(refuseSeal({ name: 'inei.png', type: 'image/png', size: SEAL_MAX_BYTES + 1 })).toBe('size')
  })

  it('shows the server’s own words for a refused image', () => {
    const refused = new ProblemError({ type: 'https://noren.mimamo.jp/problems/unsupported-media-type', title: 'x', status: 415,
      detail: '印影は PNG または JPEG の画像を選んでください。', errors: [] })
    expect(sealProblem(refused, 'fallback')).toBe('印影は PNG または JPEG の画像を選んでください。')
    const tooLarge = new ProblemError({ type: 'payload-too-large', title: 'x', status: 413, errors: [] })
    expect(sealProblem(tooLarge, '1MB を超えています')).toBe('1MB を超えています')
  })
})
