import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SponsorshipHistoryEntry, SponsorshipView } from '@/api/renewals'
import type { SponsorView } from '@/api/sponsors'
import { mockFetch, mountAt, regionAdmin, settle } from '@/test/harness'
import SponsorDetailView from '../SponsorDetailView.vue'

const sponsor: SponsorView = {
  id: 7, name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', postalCode: '143-0016',
  address: '東京都大田区大森北1-2-3', phone: '03-1234-5678', email: '', joinedOn: '2019-05-01', notes: '', contacts: [],
  archived: false, archivedAt: null, version: 2, createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z',
}

function year(fiscalYear: number, patch: Partial<SponsorshipView> = {}): SponsorshipView {
  return {
    sponsorId: 7, fiscalYear, fiscalYearLabel: `令和${fiscalYear - 2018}年度`, status: 'pending', units: 2, unitFee: 10000, fee: 20000,
    benefits: ['ホームページ掲載'], answeredAt: null, invoicedOn: null, paidOn: null, paymentMethod: null, paidAmount: null,
    notes: '電話で確認中', version: 3, ...patch,
  }
}

const history: SponsorshipHistoryEntry[] = [
  { at: '2026-05-10T01:00:00Z', actor: '大和 花子', action: 'changed', reason: '先方の理事会で決定', changes: [{ field: 'status', from: 'pending', to: 'renewed' }, { field: 'fee', from: '10000', to: '20000' }] },
  { at: '2026-04-01T00:00:00Z', actor: '大和 花子', action: 'opened', reason: null, changes: [] },
]

function problem(status: number, type: string, errors: { field: string; message: string }[] = []) {
  return new Response(JSON.stringify({ type: `https://noren.mimamo.jp/problems/${type}`, title: 'x', status, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

let years: SponsorshipView[]
let writeAnswer: (body: Record<string, unknown>) => unknown
let writeMoney: (body: Record<string, unknown>) => unknown
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
  years = [year(2026), year(2025, { status: 'renewed', invoicedOn: '2025-05-01', paidOn: '2025-06-10', paymentMethod: 'transfer', paidAmount: 20000, version: 5 })]
  writeAnswer = (body) => ({ ...years[0], ...body, version: 4 })
  writeMoney = (body) => ({ ...years[0], ...body, version: 4 })
  network = mockFetch((url, init) => {
    const path = url.pathname
    if (path.endsWith('/sponsor-categories')) return [{ code: 'hospital', nameJa: '協賛病院', nameEn: 'Hospitals', sortOrder: 1 }]
    if (path.endsWith('/sponsors/7')) return sponsor
    if (path.endsWith('/sponsors/7/history')) return []
    if (path.endsWith('/sponsors/7/sponsorships')) return years
    if (path.endsWith('/sponsors/7/billing')) return { invoices: [], receipts: [] }
    if (/\/sponsorships\/\d+$/.test(path) && init.method === 'PUT') return writeAnswer(JSON.parse(String(init.body)))
    if (path.endsWith('/payment') && init.method === 'POST') return writeMoney(JSON.parse(String(init.body)))
    if (path.endsWith('/sponsorships/2025/history')) return history
    throw new Error(`unexpected ${init.method} ${path}`)
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const bodies = (method: string, pathEnd: string) =>
  network.fetchMock.mock.calls
    .filter(([input, init]) => init?.method === method && String(input).endsWith(pathEnd))
    .map(([, init]) => JSON.parse(String(init?.body)))

async function showDetail() {
  const mounted = await mountAt(SponsorDetailView, '/regions/yamato/sponsors/7')
  await flushPromises()
  return mounted.wrapper
}

function row(wrapper: VueWrapper, fiscalYear: number) {
  return wrapper.get(`[data-test="sponsorship-row"][data-year="${fiscalYear}"]`)
}

async function openAnswer(wrapper: VueWrapper, fiscalYear = 2026) {
  await row(wrapper, fiscalYear).get('[data-test="sponsorship-answer"]').trigger('click')
  await flushPromises()
}

async function choose(testId: string) {
  const option = document.querySelector<HTMLElement>(`[data-test="${testId}"]`)
  if (!option) throw new Error(`no ${testId}`)
  option.click()
  await flushPromises()
}

async function typeUnits(wrapper: VueWrapper, value: string) {
  const input = wrapper.get('input[data-test="sponsorship-units"]')
  await input.setValue(value)
  await input.trigger('change')
}

const unitsValue = (wrapper: VueWrapper) => (wrapper.get('input[data-test="sponsorship-units"]').element as HTMLInputElement).value
const statusShown = (wrapper: VueWrapper) => wrapper.get('[data-test="sponsorship-status-select"]').text()

async function save(wrapper: VueWrapper) {
  await wrapper.get('[data-test="sponsorship-save"]').trigger('click')
  await settle()
}

// Generous time: Element Plus debounces form errors and the dialogs animate, which is slow on a busy machine.
describe('協賛年度 on the sponsor page', { timeout: 20000 }, () => {
  it('lists each year with its era and western year, answer, units, fee, benefits and payment', async () => {
    const wrapper = await showDetail()
    const current = row(wrapper, 2026).text()
    expect(current).toContain('令和8年度')
    expect(current).toContain('2026年度')
    expect(current).toContain('未回答')
    expect(current).toContain('2口')
    expect(current).toContain('¥20,000')
    expect(current).toContain('ホームページ掲載')
    const last = row(wrapper, 2025).text()
    expect(last).toContain('継続')
    expect(last).toContain('2025-06-10')
    expect(last).toContain('振込 ¥20,000')
    // 未回答 has no fee to ask for yet; the paid 継続 year can have its invoice and receipt.
    expect(row(wrapper, 2026).find('[data-test="sponsorship-invoice"]').exists()).toBe(false)
    expect(row(wrapper, 2025).find('[data-test="sponsorship-receipt"]').exists()).toBe(true)
  })

  it('is not asked for by centre staff', async () => {
    await mountAt(SponsorDetailView, '/regions/yamato/sponsors/7', { ...regionAdmin, roles: ['centre-staff'] })
    await flushPromises()
    expect(network.urls().some((u) => u.includes('/sponsorships'))).toBe(false)
    expect(document.querySelector('[data-test="sponsorship-years-section"]')).toBeNull()
  })

  it('sends the answer with status, units, the kept benefits and the version it read', async () => {
    const wrapper = await showDetail()
    await openAnswer(wrapper)
    await choose('sponsorship-status-renewed')
    await typeUnits(wrapper, '3')
    await save(wrapper)
    expect(bodies('PUT', '/sponsorships/2026')).toEqual([
      { status: 'renewed', units: 3, benefits: ['ホームページ掲載'], notes: '電話で確認中', reason: null, version: 3 },
    ])
    expect(row(wrapper, 2026).text()).toContain('継続')
    expect(row(wrapper, 2026).text()).toContain('3口')
  })

  it('shows the server’s reason error next to a reason field', async () => {
    writeAnswer = () => problem(400, 'validation', [{ field: 'reason', message: '決定済みの年度を変更するには理由を入力してください' }])
    const wrapper = await showDetail()
    await openAnswer(wrapper)
    expect(wrapper.find('[data-test="sponsorship-reason"]').exists()).toBe(false)
    await choose('sponsorship-status-declined')
    await save(wrapper)
    await vi.waitFor(() =>
      expect(wrapper.get('[data-test="sponsorship-reason-item"]').text()).toContain('決定済みの年度を変更するには理由を入力してください'),
    )
    expect(wrapper.find('textarea[data-test="sponsorship-reason"]').exists()).toBe(true)
  })

  it('asks for a reason before changing a decided year', async () => {
    const wrapper = await showDetail()
    await openAnswer(wrapper, 2025)
    await choose('sponsorship-status-declined')
    await save(wrapper)
    expect(bodies('PUT', '/sponsorships/2025')).toHaveLength(0)
    await vi.waitFor(() => expect(wrapper.get('[data-test="sponsorship-reason-item"]').text()).toContain('変更の理由を入力してください'))

    await wrapper.get('textarea[data-test="sponsorship-reason"]').setValue('先方の理事会で辞退と決定')
    await save(wrapper)
    expect(bodies('PUT', '/sponsorships/2025')[0]).toMatchObject({ status: 'declined', reason: '先方の理事会で辞退と決定', version: 5 })
  })

  it('keeps what was typed when someone else saved first, then reloads the year on request', async () => {
    writeAnswer = () => problem(409, 'stale-version')
    const wrapper = await showDetail()
    await openAnswer(wrapper)
    await choose('sponsorship-status-renewed')
    await typeUnits(wrapper, '3')
    await save(wrapper)
    await vi.waitFor(() => expect(wrapper.get('[data-test="sponsorship-stale"]').text()).toContain('他の人がこの年度を先に更新したため'))
    expect(unitsValue(wrapper)).toBe('3')
    expect(statusShown(wrapper)).toContain('継続')

    years = [year(2026, { status: 'declined', units: 1, fee: 10000, version: 4 }), years[1]!]
    await wrapper.get('[data-test="sponsorship-reload"]').trigger('click')
    await flushPromises()
    expect(unitsValue(wrapper)).toBe('1')
    expect(statusShown(wrapper)).toContain('辞退')
    expect(row(wrapper, 2026).text()).toContain('辞退')

    await wrapper.get('[data-test="sponsorship-restore-draft"]').trigger('click')
    await flushPromises()
    expect(unitsValue(wrapper)).toBe('3')
    expect(statusShown(wrapper)).toContain('継続')

    writeAnswer = (body) => ({ ...years[0], ...body, version: 5 })
    await wrapper.get('textarea[data-test="sponsorship-reason"]').setValue('先方から訂正の連絡あり')
    await save(wrapper)
    expect(bodies('PUT', '/sponsorships/2026').at(-1)).toMatchObject({ status: 'renewed', units: 3, version: 4, reason: '先方から訂正の連絡あり' })
  })

  it('records a payment of the fee, today, by transfer', async () => {
    const wrapper = await showDetail()
    await row(wrapper, 2026).get('[data-test="sponsorship-payment"]').trigger('click')
    await flushPromises()
    expect((wrapper.get('input[data-test="payment-amount"]').element as HTMLInputElement).value).toBe('20000')
    await wrapper.get('[data-test="payment-method-cash"]').trigger('click')
    await wrapper.get('[data-test="payment-save"]').trigger('click')
    await settle()
    expect(bodies('POST', '/sponsorships/2026/payment')).toEqual([{ paidOn: '2026-06-15', method: 'cash', amount: 20000, version: 3 }])
  })

  it('keeps the typed amount when someone else recorded money first', async () => {
    writeMoney = () => problem(409, 'stale-version')
    const wrapper = await showDetail()
    await row(wrapper, 2026).get('[data-test="sponsorship-payment"]').trigger('click')
    await flushPromises()
    const amount = wrapper.get('input[data-test="payment-amount"]')
    await amount.setValue('15000')
    await amount.trigger('change')
    await wrapper.get('[data-test="payment-save"]').trigger('click')
    await settle()
    expect(wrapper.get('[data-test="sponsorship-payment-dialog"]').text()).toContain('他の人がこの年度を先に更新したため')
    expect((amount.element as HTMLInputElement).value).toBe('15000')

    years = [year(2026, { invoicedOn: '2026-06-01', version: 4 }), years[1]!]
    await wrapper.get('[data-test="sponsorship-reload"]').trigger('click')
    await flushPromises()
    await wrapper.get('[data-test="sponsorship-restore-draft"]').trigger('click')
    writeMoney = (body) => ({ ...years[0], ...body, version: 5 })
    await wrapper.get('[data-test="payment-save"]').trigger('click')
    await settle()
    expect(bodies('POST', '/sponsorships/2026/payment').at(-1)).toEqual({ paidOn: '2026-06-15', method: 'transfer', amount: 15000, version: 4 })
  })

  it('shows a year’s history with action labels, the reason and the changes', async () => {
    const wrapper = await showDetail()
    await row(wrapper, 2025).get('[data-test="sponsorship-history"]').trigger('click')
    await flushPromises()
    const entries = wrapper.findAll('[data-test="sponsorship-history-entry"]').map((e) => e.text())
    expect(entries).toHaveLength(2)
    expect(entries[0]).toContain('変更')
    expect(entries[0]).toContain('理由：先方の理事会で決定')
    expect(entries[0]).toMatch(/未回答\s*→\s*継続/)
    expect(entries[0]).toMatch(/¥10,000\s*→\s*¥20,000/)
    expect(entries[1]).toContain('更新開始')
  })

  it('adds a newcomer’s year without a version', async () => {
    const wrapper = await showDetail()
    await wrapper.get('[data-test="sponsorship-add"]').trigger('click')
    await flushPromises()
    await save(wrapper)
    expect(bodies('PUT', '/sponsorships/2027')).toEqual([
      { status: 'new', units: 2, benefits: ['ホームページ掲載'], notes: null, reason: null },
    ])
  })
})
