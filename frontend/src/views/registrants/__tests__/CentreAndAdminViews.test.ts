import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, mountAt, settle } from '@/test/harness'
import CentreListView from '../../centres/CentreListView.vue'
import RegistryAdminView from '../RegistryAdminView.vue'
import { centres, centreStaff, otaAdmin } from './fixtures'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('CentreListView', () => {
  it('shows the centres with their out-of-hours contact and marks the caller’s own', async () => {
    mockFetch(() => centres)
    const { wrapper } = await mountAt(CentreListView, '/regions/ota/centres', centreStaff)
    await flushPromises()
    const text = wrapper.find('[data-test="centre-table"]').text()
    expect(text).toContain('大森地域包括支援センター')
    expect(text).toContain('夜間窓口 03-5764-0699')
    expect(wrapper.findAll('[data-test="centre-mine"]')).toHaveLength(1)
    expect(wrapper.find('[data-test="centre-new"]').exists()).toBe(false)
  })

  it('lets the admin add a centre with the phone normalised', async () => {
    const network = mockFetch((_url, init) => (init.method === 'POST' ? centres[0] : centres))
    const { wrapper } = await mountAt(CentreListView, '/regions/ota/centres', otaAdmin)
    await flushPromises()
    await wrapper.find('[data-test="centre-new"]').trigger('click')
    await settle()
    const dialog = document.body.querySelector('[data-test="centre-dialog"]')!
    const set = (test: string, value: string) => {
      const input = dialog.querySelector(`input[data-test="${test}"]`) as HTMLInputElement
      input.value = value
      input.dispatchEvent(new Event('input'))
      input.dispatchEvent(new FocusEvent('blur'))
    }
    set('centre-name', '馬込地域包括支援センター')
    set('centre-phone', '０３－３７７２－１２３４')
    await settle()
    ;(dialog.querySelector('[data-test="centre-save"]') as HTMLButtonElement).click()
    await settle()
    const post = network.fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')
    expect(JSON.parse(String(post?.[1]?.body))).toMatchObject({ name: '馬込地域包括支援センター', phone: '03-3772-1234', nameKana: null })
  })
})

describe('RegistryAdminView', () => {
  it('saves the retention period with the version it read and exports the access log for a period', async () => {
    const network = mockFetch((url, init) => {
      if (url.pathname.endsWith('/export')) return new Response('日時', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="a.csv"' } })
      if (init.method === 'PUT') return { withdrawalRetentionDays: 90, version: 3 }
      return { withdrawalRetentionDays: 30, version: 2 }
    })
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/access-log')
    const { wrapper } = await mountAt(RegistryAdminView, '/regions/ota/registry-admin', otaAdmin)
    await flushPromises()
    await wrapper.find('[data-test="registry-retention-days"] input').setValue('90')
    await wrapper.find('[data-test="registry-retention-save"]').trigger('click')
    await settle()
    const put = network.fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({ withdrawalRetentionDays: 90, version: 2 })
    await wrapper.find('[data-test="registry-export-download"]').trigger('click')
    await settle()
    const exported = network.urls().find((u) => u.includes('/access-log/export'))!
    expect(exported).toMatch(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&format=xlsx/)
  })
})
