import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, mountAt, settle } from '@/test/harness'
import RegistrantDetailView from '../RegistrantDetailView.vue'
import { centreStaff, fullRegistrant, limitedRegistrant, otaAdmin } from './fixtures'

const accessLog = [
  { id: 3, at: '2026-05-01T03:00:00Z', username: 'ota-admin', displayName: '佐藤 花子', roles: ['region-admin'], centreName: null,
    action: 'read', sections: ['identity'], access: 'full', purpose: '夜間の問い合わせ対応', outcome: 'shown' },
  { id: 2, at: '2026-04-30T03:00:00Z', username: 'other', displayName: 'other', roles: ['centre-staff'], centreName: '入新井地域包括支援センター',
    action: 'read', sections: ['identity'], access: 'limited', purpose: null, outcome: 'shown' },
]

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('RegistrantDetailView', () => {
  it('shows the full record of the own centre with the birth date in 和暦, the keychain and who looked', async () => {
    mockFetch((url) => (url.pathname.endsWith('/access-log') ? accessLog : fullRegistrant()))
    const { wrapper } = await mountAt(RegistrantDetailView, '/regions/ota/registrants/5', centreStaff)
    await flushPromises()
    const text = wrapper.text()
    expect(wrapper.find('[data-test="registrant-birth-japanese"]').text()).toBe('昭和15年3月2日')
    expect(text).toContain('86歳')
    expect(text).toContain('ペニシリン')
    expect(text).toContain('病院・警察')
    expect(wrapper.find('[data-test="keychain"]').text()).toContain('OTA-1234-5678-9')
    expect(wrapper.find('[data-test="keychain-card"]').exists()).toBe(true)
    const log = wrapper.find('[data-test="registrant-access-log"]').text()
    expect(log).toContain('この記録を見た人')
    expect(log).toContain('佐藤 花子（ota-admin）')
    expect(log).toContain('夜間の問い合わせ対応')
    expect(log).toContain('限定')
  })

  it('shows only the limited view of another centre and asks for a reason before showing everything', async () => {
    const network = mockFetch((url) => {
      if (url.pathname.endsWith('/access-log')) throw new Error('not for other centres')
      return url.searchParams.get('reason') ? fullRegistrant({ centreId: 2, mayEdit: false, accessPurpose: url.searchParams.get('reason') }) : limitedRegistrant()
    })
    const { wrapper } = await mountAt(RegistrantDetailView, '/regions/ota/registrants/5', centreStaff)
    await flushPromises()
    expect(wrapper.find('[data-test="registrant-limited"]').exists()).toBe(true)
    expect(wrapper.text()).not.toContain('ペニシリン')
    expect(wrapper.find('[data-test="registrant-access-log"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="registrant-edit"]').exists()).toBe(false)

    await wrapper.find('[data-test="registrant-show-full"]').trigger('click')
    await settle()
    const dialog = document.body.querySelector('[data-test="reason-dialog"]')!
    const input = dialog.querySelector('textarea')!
    input.value = '救急外来から本人確認の依頼'
    input.dispatchEvent(new Event('input'))
    await settle()
    ;(dialog.querySelector('[data-test="reason-submit"]') as HTMLButtonElement).click()
    await settle()
    const reads = network.urls().filter((u) => u.includes('/registrants/5'))
    expect(decodeURIComponent(reads.at(-1)!)).toContain('reason=救急外来から本人確認の依頼')
    expect(wrapper.find('[data-test="registrant-purpose"]').text()).toContain('救急外来から本人確認の依頼')
    expect(wrapper.text()).toContain('ペニシリン')
  })

  it('lets the admin see who looked but not change the record', async () => {
    mockFetch((url) => (url.pathname.endsWith('/access-log') ? accessLog : limitedRegistrant()))
    const { wrapper } = await mountAt(RegistrantDetailView, '/regions/ota/registrants/5', otaAdmin)
    await flushPromises()
    expect(wrapper.find('[data-test="registrant-access-log"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="keychain-revoke"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="status-change"]').exists()).toBe(false)
  })
})
