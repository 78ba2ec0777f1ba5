import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SponsorSummary } from '@/api/sponsors'
import { mockFetch, mountAt } from '@/test/harness'
import SponsorListView from '../SponsorListView.vue'

const categories = [
  { code: 'hospital', nameJa: '協賛病院', nameEn: 'Hospitals', sortOrder: 1 },
  { code: 'pharmacy', nameJa: '協賛薬局', nameEn: 'Pharmacies', sortOrder: 5 },
]

const omori: SponsorSummary = {
  id: 7,
  name: '大森中央病院',
  nameKana: 'オオモリチュウオウビョウイン',
  categoryCode: 'hospital',
  phone: '03-1234-5678',
  email: null,
  joinedOn: '2026-04-01',
  archived: false,
  version: 1,
}

let sponsors: SponsorSummary[]
let network: ReturnType<typeof mockFetch>

const sponsorCalls = () => network.urls().filter((u) => u.includes('/sponsors?'))
const lastSponsorQuery = () => new URL(sponsorCalls().at(-1) ?? '', 'http://localhost').searchParams

beforeEach(() => {
  sponsors = [omori]
  network = mockFetch((url) => {
    if (url.pathname.endsWith('/sponsor-categories')) return categories
    if (url.pathname.endsWith('/sponsors')) return { items: sponsors, total: sponsors.length, page: 0, size: 20 }
    throw new Error(`unexpected ${url.pathname}`)
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('SponsorListView', () => {
  it('asks for the first page of active sponsors by furigana when the URL has no state', async () => {
    await mountAt(SponsorListView, '/regions/yamato/sponsors')
    await flushPromises()
    expect(sponsorCalls()).toEqual(['/api/v1/regions/yamato/sponsors?status=active&sort=kana&dir=asc&page=0&size=20'])
  })

  it('builds the API query from the URL query', async () => {
    await mountAt(SponsorListView, '/regions/yamato/sponsors?q=病院&category=hospital&status=all&sort=name&dir=desc&page=3')
    await flushPromises()
    expect(Object.fromEntries(lastSponsorQuery())).toEqual({
      q: '病院',
      category: 'hospital',
      status: 'all',
      sort: 'name',
      dir: 'desc',
      page: '2',
      size: '20',
    })
  })

  it('ignores values the API would reject', async () => {
    await mountAt(SponsorListView, '/regions/yamato/sponsors?status=deleted&sort=password&page=-4')
    await flushPromises()
    expect(Object.fromEntries(lastSponsorQuery())).toMatchObject({ status: 'active', sort: 'kana', page: '0' })
  })

  it('shows a row per sponsor with its name and category label', async () => {
    const { wrapper } = await mountAt(SponsorListView, '/regions/yamato/sponsors')
    await flushPromises()
    const rows = wrapper.findAll('[data-test="sponsor-row"]')
    expect(rows).toHaveLength(1)
    expect(rows[0]?.text()).toContain('大森中央病院')
    expect(rows[0]?.text()).toContain('協賛病院')
    expect(rows[0]?.text()).toContain('令和8年')
    expect(wrapper.find('[data-test="sponsor-empty"]').exists()).toBe(false)
  })

  it('says so when a search finds nothing', async () => {
    sponsors = []
    const { wrapper } = await mountAt(SponsorListView, '/regions/yamato/sponsors?q=存在しない')
    await flushPromises()
    expect(wrapper.find('[data-test="sponsor-empty"]').text()).toContain('条件に合う協賛先はありません')
  })

  it('searches 300 ms after typing stops and keeps the words in the URL', async () => {
    vi.useFakeTimers()
    const { wrapper, router } = await mountAt(SponsorListView, '/regions/yamato/sponsors?page=2')
    await flushPromises()
    await wrapper.find('input[data-test="sponsor-search"]').setValue('ｵｵﾓﾘ')
    vi.advanceTimersByTime(299)
    await flushPromises()
    expect(router.currentRoute.value.query.q).toBeUndefined()
    vi.advanceTimersByTime(1)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'ｵｵﾓﾘ' })
    expect(lastSponsorQuery().get('q')).toBe('ｵｵﾓﾘ')
    expect(lastSponsorQuery().get('page')).toBe('0')
  })

  it('searches at once on Enter', async () => {
    const { wrapper, router } = await mountAt(SponsorListView, '/regions/yamato/sponsors')
    await flushPromises()
    const input = wrapper.find('input[data-test="sponsor-search"]')
    await input.setValue('大森')
    await input.trigger('keydown', { key: 'Enter' })
    await flushPromises()
    expect(router.currentRoute.value.query.q).toBe('大森')
  })

  it('sorts by a column and then reverses it', async () => {
    const { wrapper, router } = await mountAt(SponsorListView, '/regions/yamato/sponsors')
    await flushPromises()
    await wrapper.find('[data-test="sort-name"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'name' })
    await wrapper.find('[data-test="sort-name"]').trigger('click')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'name', dir: 'desc' })
    expect(lastSponsorQuery().get('dir')).toBe('desc')
  })

  it('sends the bearer token and Japanese as the language', async () => {
    await mountAt(SponsorListView, '/regions/yamato/sponsors')
    await flushPromises()
    const headers = network.fetchMock.mock.calls[0]?.[1]?.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer test-token')
    expect(headers['Accept-Language']).toBe('ja')
  })
})
