import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { SealView } from '@/api/billing'
import type { CampaignSummary, OutstandingSponsor, RenewalSettings, SponsorshipView, Tally } from '@/api/renewals'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt, settle } from '@/test/harness'
import RenewalDashboardView from '../RenewalDashboardView.vue'

// happy-dom has no canvas: the chart itself is ECharts' business, the data handed to it is ours.
vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-test': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const categories = [
  { code: 'hospital', nameJa: '協賛病院', nameEn: 'Hospitals', sortOrder: 1 },
  { code: 'company', nameJa: '協賛企業', nameEn: 'Companies', sortOrder: 4 },
]

const tally = (t: Partial<Tally>): Tally => ({
  sponsors: 0, answered: 0, pending: 0, renewed: 0, declined: 0, newcomers: 0, feesExpected: 0, feesReceived: 0, ...t,
})

const summary: CampaignSummary = {
  fiscalYear: 2026,
  fiscalYearLabel: '令和8年度',
  total: tally({ sponsors: 10, answered: 7, pending: 3, renewed: 5, declined: 1, newcomers: 1, feesExpected: 120000, feesReceived: 40000 }),
  byCategory: [
    { categoryCode: 'company', tally: tally({ sponsors: 6, answered: 4, pending: 2, renewed: 3, declined: 1, feesExpected: 60000, feesReceived: 20000 }) },
    { categoryCode: 'hospital', tally: tally({ sponsors: 4, answered: 3, pending: 1, renewed: 2, newcomers: 1, feesExpected: 60000, feesReceived: 20000 }) },
  ],
}

const outstanding: OutstandingSponsor[] = [
  { sponsorId: 7, name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', phone: '03-1234-5678', email: null, units: 2, fee: 20000, version: 3 },
  { sponsorId: 9, name: '山王薬局', nameKana: 'サンノウヤッキョク', categoryCode: 'company', phone: null, email: null, units: 1, fee: 10000, version: 1 },
]

const omoriYear: SponsorshipView = {
  sponsorId: 7, fiscalYear: 2026, fiscalYearLabel: '令和8年度', status: 'pending', units: 2, unitFee: 10000, fee: 20000,
  benefits: ['ホームページ掲載'], answeredAt: null, invoicedOn: null, paidOn: null, paymentMethod: null, paidAmount: null,
  notes: '理事会は6月', version: 3,
}

const NO_SEAL: SealView = { uploaded: false, mediaType: null, width: null, height: null, size: null, uploadedBy: null, uploadedAt: null }

let settings: RenewalSettings
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
  settings = { unitFee: 10000, proration: 'none', invoiceRegistrationNumber: null, paymentNote: null, version: null }
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path.endsWith('/sponsor-categories')) return categories
    if (path.endsWith('/renewal-settings')) return method === 'PUT' ? { ...JSON.parse(String(init.body)), version: 1 } : settings
    if (path.endsWith('/seal')) return NO_SEAL
    if (path.endsWith('/renewals/2026/open') && method === 'POST') return { fiscalYear: 2026, fiscalYearLabel: '令和8年度', created: 3, alreadyOpen: 7 }
    if (/\/renewals\/\d+$/.test(path)) return { ...summary, fiscalYear: Number(path.split('/').at(-1)) }
    if (/\/renewals\/\d+\/sends$/.test(path) && method === 'GET') return []
    if (/\/renewals\/\d+\/outstanding$/.test(path)) return { items: outstanding, total: outstanding.length, page: 0, size: 20 }
    if (path.endsWith('/sponsors/7/sponsorships')) return [omoriYear]
    if (path.endsWith('/sponsors/7/sponsorships/2026') && method === 'PUT') return { ...omoriYear, status: 'renewed', version: 4 }
    throw new Error(`unexpected ${method} ${path}`)
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

async function showDashboard(path = '/regions/yamato/renewals') {
  const mounted = await mountAt(RenewalDashboardView, path)
  await flushPromises()
  return mounted
}

const calls = (method: string, pathEnd: string) =>
  network.fetchMock.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname.endsWith(pathEnd))

describe('RenewalDashboardView', { timeout: 20000 }, () => {
  it('opens on this fiscal year, named in the era with its western year', async () => {
    const { wrapper } = await showDashboard()
    expect(calls('GET', '/renewals/2026')).toHaveLength(1)
    expect(wrapper.get('[data-test="renewal-year-select"]').text()).toContain('令和8年度 (2026)')
    expect(wrapper.get('[data-test="renewal-open"]').text()).toBe('令和8年度の更新を開始')
  })

  it('shows the numbers, the table by category and the chart of the summary', async () => {
    const { wrapper } = await showDashboard()
    const cards = wrapper.get('[data-test="renewal-summary"]')
    const card = (key: string) => cards.get(`[data-test="renewal-card-${key}"]`).text()
    expect(card('sponsors')).toContain('10 件')
    expect(card('answered')).toContain('7 件')
    expect(card('answered')).toContain('回答率 70%')
    expect(card('renewed')).toContain('継続5 件')
    expect(card('declined')).toContain('辞退1 件')
    expect(card('newcomers')).toContain('新規1 件')
    expect(card('pending')).toContain('未回答3 件')
    expect(card('feesExpected')).toContain('¥120,000')
    expect(card('feesReceived')).toContain('¥40,000')
    expect(card('feesReceived')).toContain('見込みの 33%')

    const rows = wrapper.findAll('[data-test="renewal-category-row"]').map((r) => r.text())
    expect(rows).toEqual(['協賛病院42101¥60,000¥20,000', '協賛企業63012¥60,000¥20,000'])
    expect(wrapper.get('[data-test="renewal-category-total"]').text()).toContain('¥120,000')

    const option = JSON.parse(wrapper.get('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.yAxis.data).toEqual(['協賛病院', '協賛企業'])
    expect(option.series.map((s: { name: string }) => s.name)).toEqual(['継続', '新規', '辞退', '未回答'])
    expect(option.series.map((s: { data: number[] }) => s.data)).toEqual([[2, 3], [1, 0], [0, 1], [1, 2]])
    expect(new Set(option.series.map((s: { stack: string }) => s.stack))).toEqual(new Set(['answers']))
  })

  it('lists the sponsors yet to answer, and a row opens the sponsor', async () => {
    const { wrapper, router } = await showDashboard()
    expect(calls('GET', '/renewals/2026/outstanding')[0]?.[0]).toContain('page=0&size=20')
    const rows = wrapper.findAll('[data-test="renewal-outstanding-row"]')
    expect(rows).toHaveLength(2)
    expect(rows[0]?.text()).toContain('大森中央病院')
    expect(rows[0]?.text()).toContain('協賛病院')
    expect(rows[0]?.text()).toContain('¥20,000')
    await rows[0]?.trigger('click')
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/regions/yamato/sponsors/7'))
  })

  it('opens the campaign and reports how many rows it created', async () => {
    const { wrapper } = await showDashboard()
    await wrapper.get('[data-test="renewal-open"]').trigger('click')
    await flushPromises()
    expect(calls('POST', '/api/v1/regions/yamato/renewals/2026/open')).toHaveLength(1)
    expect(wrapper.get('[data-test="renewal-opened"]').text()).toContain('3 件の協賛先に未回答の行を作成しました（既存 7 件）')
    expect(calls('GET', '/renewals/2026')).toHaveLength(2)
    expect(calls('GET', '/renewals/2026/outstanding')).toHaveLength(2)
  })

  it('answers 継続 from the list with the row’s version, keeping units, benefits and notes, then refreshes', async () => {
    const { wrapper, router } = await showDashboard()
    const push = vi.spyOn(router, 'push')
    await wrapper.findAll('[data-test="renewal-answer-renewed"]')[0]?.trigger('click')
    await flushPromises()
    const puts = calls('PUT', '/sponsors/7/sponsorships/2026').map(([, init]) => JSON.parse(String(init?.body)))
    expect(puts).toEqual([{ status: 'renewed', units: 2, benefits: ['ホームページ掲載'], notes: '理事会は6月', reason: null, version: 3 }])
    expect(push).not.toHaveBeenCalled()
    expect(calls('GET', '/renewals/2026')).toHaveLength(2)
    expect(calls('GET', '/renewals/2026/outstanding')).toHaveLength(2)
  })

  it('follows the chosen year in the URL and offers no start for a past year', async () => {
    const { wrapper, router } = await showDashboard()
    document.querySelector<HTMLElement>('[data-test="renewal-year-2025"]')?.click()
    await flushPromises()
    expect(router.currentRoute.value.query.year).toBe('2025')
    expect(calls('GET', '/renewals/2025')).toHaveLength(1)
    expect(wrapper.find('[data-test="renewal-open"]').exists()).toBe(false)
  })

  it('saves the settings the first time without a version, with the registration number normalised', async () => {
    const { wrapper } = await showDashboard()
    const number = wrapper.get('input[data-test="renewal-settings-registration-number"]')
    await number.setValue('ｔ1234-5678-90123')
    await number.trigger('blur')
    await wrapper.get('[data-test="renewal-settings-save"]').trigger('click')
    await settle()
    const puts = calls('PUT', '/renewal-settings').map(([, init]) => JSON.parse(String(init?.body)))
    expect(puts).toEqual([{ unitFee: 10000, proration: 'none', invoiceRegistrationNumber: 'T1234567890123', paymentNote: null }])

    await wrapper.get('[data-test="renewal-settings-save"]').trigger('click')
    await settle()
    expect(calls('PUT', '/renewal-settings').map(([, init]) => JSON.parse(String(init?.body))).at(-1)).toMatchObject({ version: 1 })
  })

  it('refuses a registration number that is not T and 13 digits', async () => {
    const { wrapper } = await showDashboard()
    const number = wrapper.get('input[data-test="renewal-settings-registration-number"]')
    await number.setValue('T123')
    await number.trigger('blur')
    await wrapper.get('[data-test="renewal-settings-save"]').trigger('click')
    await settle()
    expect(calls('PUT', '/renewal-settings')).toHaveLength(0)
    await vi.waitFor(() => expect(wrapper.get('[data-test="renewal-settings"]').text()).toContain('登録番号は T に続く13桁の数字で入力してください'))
  })

  it('speaks English', async () => {
    const { wrapper } = await showDashboard()
    setLocale('en')
    await flushPromises()
    expect(wrapper.get('[data-test="renewal-open"]').text()).toBe('Start the renewal for FY2026')
    expect(wrapper.get('[data-test="renewal-year-select"]').text()).toContain('FY2026 (Reiwa 8)')
    const option = JSON.parse(wrapper.get('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.yAxis.data).toEqual(['Hospitals', 'Companies'])
  })
})
