import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InvoiceView, ReceiptView } from '@/api/billing'
import type { SponsorshipView } from '@/api/renewals'
import type { SponsorView } from '@/api/sponsors'
import { mockFetch, mountAt } from '@/test/harness'
import SponsorDetailView from '../SponsorDetailView.vue'

const sponsor: SponsorView = {
  id: 7, name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', postalCode: '143-0016',
  address: '東京都大田区大森北1-2-3', phone: '03-1234-5678', email: '', joinedOn: '2019-05-01', notes: '', contacts: [],
  archived: false, archivedAt: null, version: 2, createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z',
}

function year(fiscalYear: number, patch: Partial<SponsorshipView> = {}): SponsorshipView {
  return {
    sponsorId: 7, fiscalYear, fiscalYearLabel: `令和${fiscalYear - 2018}年度`, status: 'renewed', units: 2, unitFee: 10000, fee: 20000,
    benefits: [], answeredAt: null, invoicedOn: null, paidOn: null, paymentMethod: null, paidAmount: null, notes: null, version: 3, ...patch,
  }
}

const invoice = (fiscalYear: number, number: string): InvoiceView => ({
  sponsorId: 7, fiscalYear, number, issuedOn: '2026-05-01', amount: 20000, issuedBy: 'admin.yamato', issuedAt: '2026-05-01T00:00:00Z',
})
const receipt = (fiscalYear: number, number: string, prints = 1): ReceiptView => ({
  sponsorId: 7, fiscalYear, number, issuedOn: '2026-05-12', amount: 20000, paidOn: '2026-05-10', paymentMethod: 'transfer', prints,
  issuedBy: 'admin.yamato', issuedAt: '2026-05-12T00:00:00Z',
})

function pdf(name: string) {
  return new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="x.pdf"; filename*=UTF-8''${encodeURIComponent(name)}` },
  })
}

function problem(status: number, type: string, detail: string) {
  return new Response(JSON.stringify({ type: `https://noren.mimamo.jp/problems/${type}`, title: 'x', status, detail, errors: [] }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

let years: SponsorshipView[]
let invoices: InvoiceView[]
let receipts: ReceiptView[]
let onInvoice: () => unknown
let network: ReturnType<typeof mockFetch>
let saved: string[]

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
  years = [year(2026), year(2025, { paidOn: '2025-06-10', paymentMethod: 'transfer', paidAmount: 20000 }), year(2024, { status: 'declined' })]
  invoices = [invoice(2025, 'I2025-0003')]
  receipts = []
  onInvoice = () => {
    invoices = [invoice(2026, 'I2026-0001'), ...invoices]
    return invoices[0]
  }
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path.endsWith('/sponsor-categories')) return []
    if (path.endsWith('/sponsors/7')) return sponsor
    if (path.endsWith('/sponsors/7/history')) return []
    if (path.endsWith('/sponsors/7/sponsorships')) return years
    if (path.endsWith('/sponsors/7/billing')) return { invoices, receipts }
    if (path.endsWith('/sponsorships/2026/invoice') && method === 'POST') return onInvoice()
    if (path.endsWith('/invoice.pdf')) return pdf('請求書_I2026-0001_大森中央病院.pdf')
    if (path.endsWith('/sponsorships/2025/receipt') && method === 'POST') {
      receipts = [receipt(2025, 'R2025-0007', 0)]
      return new Response(JSON.stringify(receipts[0]), { status: 201, headers: { 'Content-Type': 'application/json' } })
    }
    if (path.endsWith('/receipt/print') && method === 'POST') return pdf('領収書_R2025-0007_大森中央病院.pdf')
    if (path.endsWith('/activity-report.pdf')) return pdf('令和7年度_協賛活動報告書.pdf')
    throw new Error(`unexpected ${method} ${path}`)
  })
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/document')
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download)
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const calls = (method: string, pathEnd: string) =>
  network.fetchMock.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname.endsWith(pathEnd))

async function showDetail() {
  const mounted = await mountAt(SponsorDetailView, '/regions/yamato/sponsors/7')
  await flushPromises()
  return mounted.wrapper
}

const row = (wrapper: VueWrapper, fiscalYear: number) => wrapper.get(`[data-test="sponsorship-row"][data-year="${fiscalYear}"]`)

async function click(wrapper: VueWrapper, fiscalYear: number, testId: string) {
  await row(wrapper, fiscalYear).get(`[data-test="${testId}"]`).trigger('click')
  await flushPromises()
}

describe('請求書・領収書・活動報告書 of a sponsor’s year', { timeout: 20000 }, () => {
  it('shows the numbers issued and offers only what each year allows', async () => {
    const wrapper = await showDetail()
    expect(row(wrapper, 2025).get('[data-test="sponsorship-invoice-number"]').text()).toBe('I2025-0003')
    expect(row(wrapper, 2025).find('[data-test="sponsorship-receipt"]').exists()).toBe(true)
    expect(row(wrapper, 2026).find('[data-test="sponsorship-invoice"]').exists()).toBe(true)
    expect(row(wrapper, 2026).find('[data-test="sponsorship-receipt"]').exists()).toBe(false)
    expect(row(wrapper, 2024).find('[data-test="sponsorship-invoice"]').exists()).toBe(false)
    expect(row(wrapper, 2024).find('[data-test="sponsorship-activity-report"]').exists()).toBe(false)
  })

  it('issues the invoice, downloads it and shows its number', async () => {
    const wrapper = await showDetail()
    await click(wrapper, 2026, 'sponsorship-invoice')
    await vi.waitFor(() => expect(saved).toEqual(['請求書_I2026-0001_大森中央病院.pdf']))
    expect(calls('POST', '/sponsorships/2026/invoice')).toHaveLength(1)
    await flushPromises()
    expect(row(wrapper, 2026).get('[data-test="sponsorship-invoice-number"]').text()).toBe('I2026-0001')
    expect(row(wrapper, 2026).find('[data-test="sponsorship-invoice"]').exists()).toBe(false)
  })

  it('shows why the server refused an invoice', async () => {
    onInvoice = () => problem(409, 'invalid-state', '請求書を発行できるのは、回答が「継続」または「新規」の年度だけです（この年度は「辞退」です）。')
    const wrapper = await showDetail()
    await click(wrapper, 2026, 'sponsorship-invoice')
    await vi.waitFor(() => expect(document.body.textContent).toContain('請求書を発行できるのは'))
    expect(saved).toEqual([])
  })

  it('issues the receipt of a paid year, prints the original and shows the receipt number in the row', async () => {
    const wrapper = await showDetail()
    await click(wrapper, 2025, 'sponsorship-receipt')
    await vi.waitFor(() => expect(saved).toEqual(['領収書_R2025-0007_大森中央病院.pdf']))
    await flushPromises()
    expect(calls('POST', '/sponsorships/2025/receipt')).toHaveLength(1)
    expect(calls('POST', '/sponsorships/2025/receipt/print')).toHaveLength(1)
    expect(row(wrapper, 2025).get('[data-test="sponsorship-receipt-number"]').text()).toBe('R2025-0007')
  })

  it('reprints a receipt only after the person confirms', async () => {
    receipts = [receipt(2025, 'R2025-0007')]
    const wrapper = await showDetail()
    await click(wrapper, 2025, 'sponsorship-receipt-reprint')
    expect(document.body.textContent).toContain('PDFには「再発行」と印字されます')
    document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')?.click()
    await vi.waitFor(() => expect(calls('POST', '/receipt/print')).toHaveLength(1))
    await vi.waitFor(() => expect(saved).toHaveLength(1))
  })

  it('downloads the activity report of a pledged year', async () => {
    const wrapper = await showDetail()
    await click(wrapper, 2025, 'sponsorship-activity-report')
    await vi.waitFor(() => expect(saved).toEqual(['令和7年度_協賛活動報告書.pdf']))
    expect(calls('GET', '/sponsorships/2025/activity-report.pdf')).toHaveLength(1)
  })
})
