import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, mountAt, settle } from '@/test/harness'
import RegistrantListView from '../RegistrantListView.vue'
import { centres, centreStaff, otaAdmin } from './fixtures'

const page = {
  items: [
    { id: 5, name: '山田 ハナ', nameKana: 'ヤマダ ハナ', centreId: 1, centreName: '大森地域包括支援センター', status: 'active', statusSince: '2025-06-01',
      number: 'OTA123456789', erased: false, version: 0 },
    { id: 6, name: '鈴木 トメ', nameKana: 'スズキ トメ', centreId: 2, centreName: '入新井地域包括支援センター', status: 'in-hospital', statusSince: '2025-06-01',
      number: null, erased: false, version: 0 },
  ],
  total: 2,
  page: 0,
  size: 20,
}

const revoked = { number: 'YAM000000199', display: 'YAM-0000-0019-9', state: 'revoked', registrantId: 5, centreId: 1, centreName: '大森地域包括支援センター',
  registrationStatus: 'active', issuedAt: '2025-06-01T00:00:00Z', revokedAt: '2026-01-01T00:00:00Z', revokeReason: 'lost', replacedBy: 'OTA123456789' }

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

function serve() {
  return mockFetch((url) => {
    if (url.pathname.endsWith('/centres')) return centres
    if (url.pathname.endsWith('/registrants')) return page
    if (url.pathname.includes('/keychains/')) return revoked
    throw new Error(`unexpected ${url.pathname}`)
  })
}

describe('RegistrantListView', () => {
  it('lists registrants in reading order with their numbers grouped, and only the own centre can be ticked for cards', async () => {
    const network = serve()
    const { wrapper } = await mountAt(RegistrantListView, '/regions/ota/registrants?q=やまだ&status=all', centreStaff)
    await flushPromises()
    const rows = wrapper.findAll('[data-test="registrant-row"]').map((r) => r.text())
    expect(rows[0]).toContain('OTA-1234-5678-9')
    expect(rows[0]).toContain('登録中')
    expect(rows[1]).toContain('未発行')
    expect(rows[1]).toContain('入院中')
    expect(wrapper.findAll('[data-test="registrant-select"]')).toHaveLength(1)
    expect(wrapper.find('[data-test="registrant-new"]').exists()).toBe(true)
    const search = network.urls().find((u) => u.includes('/registrants?'))!
    expect(decodeURIComponent(search)).toContain('q=やまだ')
    expect(search).toContain('status=all')
  })

  it('points out a mistyped number without asking the server', async () => {
    const network = serve()
    const { wrapper } = await mountAt(RegistrantListView, '/regions/ota/registrants', centreStaff)
    await flushPromises()
    await wrapper.find('input[data-test="number-check-input"]').setValue('OTA-1234-5678-0')
    await wrapper.find('[data-test="number-check"]').trigger('submit')
    await settle()
    expect(wrapper.find('[data-test="number-check-problem"]').text()).toContain('確認数字が合いません')
    expect(network.urls().some((u) => u.includes('/keychains/'))).toBe(false)
  })

  it('says when a checked number was revoked and what replaced it', async () => {
    serve()
    const { wrapper } = await mountAt(RegistrantListView, '/regions/ota/registrants', centreStaff)
    await flushPromises()
    await wrapper.find('input[data-test="number-check-input"]').setValue('yam-0000-0019-9')
    await wrapper.find('[data-test="number-check"]').trigger('submit')
    await settle()
    const result = wrapper.find('[data-test="number-check-result"]').text()
    expect(result).toContain('この番号は無効です（紛失）')
    expect(result).toContain('OTA-1234-5678-9')
  })

  it('gives the branch admin no registration or card printing', async () => {
    serve()
    const { wrapper } = await mountAt(RegistrantListView, '/regions/ota/registrants', otaAdmin)
    await flushPromises()
    expect(wrapper.find('[data-test="registrant-new"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="registrant-print-cards"]').exists()).toBe(false)
    expect(wrapper.findAll('[data-test="registrant-row"]')).toHaveLength(2)
  })
})
