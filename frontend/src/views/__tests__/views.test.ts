import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import type { Me } from '@/api/me'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt, regionAdmin } from '@/test/harness'
import HqCategoriesView from '../hq/HqCategoriesView.vue'
import HqSponsorCountsView from '../hq/HqSponsorCountsView.vue'
import SponsorCountsView from '../sponsors/SponsorCountsView.vue'
import SponsorDetailView from '../sponsors/SponsorDetailView.vue'
import SponsorListView from '../sponsors/SponsorListView.vue'
import RegionUsersView from '../users/RegionUsersView.vue'

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
const hq: Me = { ...regionAdmin, roles: ['hq'], regions: [], headOffice: true }

const answers: Record<string, unknown> = {
  '/api/v1/regions/yamato/sponsor-categories': categories,
  '/api/v1/regions/yamato/sponsors': { items: [], total: 0, page: 0, size: 20 },
  '/api/v1/regions/yamato/sponsors/counts': [
    { categoryCode: 'hospital', count: 4 },
    { categoryCode: 'company', count: 34 },
  ],
  '/api/v1/regions/yamato/sponsors/7': {
    id: 7, name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', postalCode: '143-0016',
    address: '東京都大田区大森北1-2-3', phone: '03-1234-5678', email: null, joinedOn: '2019-05-01', notes: null,
    contacts: [], archived: true, archivedAt: '2026-10-01T01:00:00Z', version: 2, createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-10-01T01:00:00Z',
  },
  '/api/v1/regions/yamato/sponsors/7/history': [
    { at: '2026-10-01T01:00:00Z', actor: '大和 花子', action: 'archived', changes: [{ field: 'archived', from: false, to: true }] },
    { at: '2026-09-01T01:00:00Z', actor: '大和 花子', action: 'updated', changes: [{ field: 'categoryCode', from: 'company', to: 'hospital' }] },
  ],
  '/api/v1/regions/yamato/sponsors/7/sponsorships': [],
  '/api/v1/regions/yamato/sponsors/7/billing': { invoices: [], receipts: [] },
  '/api/v1/regions/yamato/users': [
    { id: 'u2', username: 'staff', email: 's@example.jp', firstName: '一郎', lastName: '鈴木', enabled: false, roles: ['centre-staff'] },
  ],
  '/api/v1/hq/sponsor-categories': categories.map((c) => ({ ...c, archived: c.code === 'company', version: 1 })),
  '/api/v1/hq/statistics/sponsor-counts': {
    regions: [{ code: 'ota', name: '大田区', nameEn: 'Ota' }, { code: 'yamato', name: '大和市', nameEn: 'Yamato' }],
    categories: categories.map(({ code, nameJa, nameEn }) => ({ code, nameJa, nameEn })),
    suppressBelow: 5,
    counts: [
      { regionCode: 'ota', categoryCode: 'hospital', count: null, suppressed: true },
      { regionCode: 'yamato', categoryCode: 'company', count: 12, suppressed: false },
    ],
    regionTotals: [{ code: 'ota', count: null, suppressed: true }, { code: 'yamato', count: 12, suppressed: false }],
    categoryTotals: [{ code: 'hospital', count: null, suppressed: true }, { code: 'company', count: 12, suppressed: false }],
    grandTotal: { code: null, count: 16, suppressed: false },
  },
}

async function render(component: Component, path: string, me: Me = regionAdmin) {
  mockFetch((url) => {
    if (!(url.pathname in answers)) throw new Error(`unexpected ${url.pathname}`)
    return answers[url.pathname]
  })
  const mounted = await mountAt(component, path, me)
  await flushPromises()
  return mounted.wrapper
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

describe('views with data', () => {
  it('detail shows an archived sponsor with its era date and history', async () => {
    const text = (await render(SponsorDetailView, '/regions/yamato/sponsors/7')).text()
    expect(text).toContain('大森中央病院')
    expect(text).toContain('2019-05-01')
    expect(text).toContain('令和元年')
    expect(text).toContain('アーカイブされています')
    expect(text).toContain('復元')
    expect(text).toContain('操作者：大和 花子')
    expect(text).toContain('協賛企業')
    expect(text).not.toContain('company')
    expect(text).toContain('協賛年度の記録はまだありません')
  })

  it('counts show every category and the total', async () => {
    const wrapper = await render(SponsorCountsView, '/regions/yamato/sponsor-counts')
    expect(wrapper.find('[data-test="sponsor-counts"]').text()).toContain('協賛企業')
    expect(wrapper.find('[data-test="sponsor-counts-total"]').text()).toContain('38')
    const option = JSON.parse(wrapper.find('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.series[0].data).toEqual([4, 34])
  })

  it('users list shows names, roles and state', async () => {
    const text = (await render(RegionUsersView, '/regions/yamato/users')).text()
    expect(text).toContain('鈴木 一郎')
    expect(text).toContain('包括支援センター職員')
    expect(text).toContain('無効')
    expect(text).toContain('有効にする')
  })

  it('head office sees categories including archived ones', async () => {
    const text = (await render(HqCategoriesView, '/hq/categories', hq)).text()
    expect(text).toContain('協賛病院')
    expect(text).toContain('アーカイブ済み')
    expect(text).toContain('復元')
  })

  it('head office sees a region × category matrix with totals and a stacked chart', async () => {
    const wrapper = await render(HqSponsorCountsView, '/hq/sponsor-counts', hq)
    const rows = wrapper.findAll('[data-test="hq-count-row"]').map((r) => r.text())
    expect(rows).toEqual(['大田区<50<5', '大和市01212'])
    const option = JSON.parse(wrapper.find('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.series.map((s: { stack: string }) => s.stack)).toEqual(['sponsors', 'sponsors'])
  })
})

describe('English', () => {
  it('switches the texts and the category names', async () => {
    setLocale('en')
    const wrapper = await render(SponsorCountsView, '/regions/yamato/sponsor-counts')
    setLocale('en')
    await flushPromises()
    const text = wrapper.text()
    expect(text).toContain('Sponsors by category')
    expect(text).toContain('Companies')
    expect(text).not.toMatch(/協賛/)
  })

  it('keeps the empty list message Japanese-free', async () => {
    const wrapper = await render(SponsorListView, '/regions/yamato/sponsors')
    setLocale('en')
    await flushPromises()
    expect(wrapper.find('[data-test="sponsor-empty"]').text()).toContain('No sponsors have been registered yet.')
  })
})
