import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, mountAt } from '@/test/harness'
import RegistrantFormView from '../RegistrantFormView.vue'
import { centres, centreStaff } from './fixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('the consent form version of a new registration', { timeout: 20_000 }, () => {
  it('is the version of the consent form in force', async () => {
    mockFetch((url) => {
      if (url.pathname.endsWith('/centres')) return centres
      if (url.pathname === '/api/v1/regions/ota/consent-form') {
        return { formVersion: '第2版・地域改訂1', version: 2, regionRevision: 1, title: '同意書', text: '…' }
      }
      throw new Error(`unexpected ${url.pathname}`)
    })
    const { wrapper } = await mountAt(RegistrantFormView, '/regions/ota/registrants/new', centreStaff)
    await flushPromises()
    expect((wrapper.find('input[data-test="registrant-consent-version"]').element as HTMLInputElement).value).toBe('第2版・地域改訂1')
  })
})
