import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Me } from '@/api/me'
import type { LookupResult } from '@/api/lookups'
import { mockFetch, mountAt } from '@/test/harness'
import LookupView from '../LookupView.vue'

const responder: Me = {
  username: 'yamato-responder', displayName: '斉藤 翔太', email: 'r@example.jp', roles: ['responder'],
  regions: [{ code: 'yamato', name: '大和市', nameEn: 'Yamato' }], headOffice: false,
}
const shown: LookupResult = {
  number: 'OTA123456789', display: 'OTA-1234-5678-9', result: 'shown', emergency: false, regionName: '大田区',
  person: { name: '山田 ハナ', nameKana: 'ヤマダ ハナ', birthDate: '1940-03-02', photo: null },
  centre: { name: '大森地域包括支援センター', phone: '03-5764-0601', afterHoursContact: '夜間窓口', afterHoursPhone: '03-5764-0699' },
  connections: [
    { priority: 1, name: '山田 一郎', relation: '長男', phone: '090-1234-5678' },
    { priority: 2, name: '佐藤 和子', relation: '隣人', phone: '03-3761-9999' },
  ],
  medical: null, medicalWithheld: true, shownFields: ['name', 'nameKana', 'birthDate', 'centre', 'connections'], at: '2026-11-25T01:00:00Z',
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('LookupView', () => {
  it('opens from a card with the number filled and shows the person and whom to call, in order', async () => {
    const network = mockFetch((_url, init) =>
      init.method === 'POST' ? shown : { username: 'yamato-responder', organisationId: 1, organisationName: '大和市消防本部', organisationKind: 'fire', approved: true })
    const { wrapper, router } = await mountAt(LookupView, '/k/OTA123456789', responder)
    await flushPromises()
    expect(router.currentRoute.value.fullPath).toBe('/regions/yamato/lookup?number=OTA123456789')
    expect((wrapper.find('[data-test="lookup-number"]').element as HTMLInputElement).value).toBe('OTA123456789')
    expect(wrapper.find('[data-test="lookup-organisation"]').text()).toContain('大和市消防本部')
    expect(wrapper.find('[data-test="lookup-submit"]').attributes('disabled')).toBeDefined()

    await wrapper.find('[data-test="lookup-reason-transport"]').trigger('click')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    const post = network.fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!
    expect(JSON.parse(String(post[1]!.body))).toEqual({ number: 'OTA123456789', reason: 'transport', reasonText: null, emergencyReason: null })
    expect(wrapper.find('[data-test="lookup-name"]').text()).toBe('山田 ハナ')
    expect(wrapper.find('[data-test="lookup-connections"]').text()).toMatch(/山田 一郎[\s\S]*佐藤 和子/)
    expect(wrapper.find('[data-test="lookup-medical-withheld"]').exists()).toBe(true)
  })

  it('points out a wrong check digit before anything is sent and asks an unapproved responder for an emergency reason', async () => {
    const network = mockFetch(() => ({ username: 'x', organisationId: 3, organisationName: '新しい診療所', organisationKind: 'hospital', approved: false }))
    const { wrapper } = await mountAt(LookupView, '/regions/yamato/lookup?number=OTA-1234-5678-6', responder)
    await flushPromises()
    expect(wrapper.find('[data-test="lookup-number-problem"]').text()).toContain('確認数字が合いません')
    expect(wrapper.find('[data-test="lookup-unapproved"]').text()).toContain('新しい診療所')
    expect(wrapper.find('[data-test="lookup-emergency-reason"]').exists()).toBe(true)
    await wrapper.find('[data-test="lookup-reason-transport"]').trigger('click')
    expect(wrapper.find('[data-test="lookup-submit"]').attributes('disabled')).toBeDefined()
    expect(network.fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false)
  })
})
