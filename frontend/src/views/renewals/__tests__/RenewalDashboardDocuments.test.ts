import { flushPromises, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { SealView } from '@/api/billing'
import type { CampaignSummary, RenewalSettings } from '@/api/renewals'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt, settle } from '@/test/harness'
import RenewalDashboardView from '../RenewalDashboardView.vue'

vi.mock('vue-echarts', () => ({
  default: defineComponent({ setup: () => () => h('div', { 'data-test': 'chart' }) }),
}))

const NO_SEAL: SealView = { uploaded: false, mediaType: null, width: null, height: null, size: null, uploadedBy: null, uploadedAt: null }
const PNG_SEAL: SealView = { uploaded: true, mediaType: 'image/png', width: 120, height: 120, size: 2048, uploadedBy: 'admin.yamato', uploadedAt: '2026-06-15T03:00:00Z' }
const empty = (year: number): CampaignSummary => ({
  fiscalYear: year,
  fiscalYearLabel: `令和${year - 2018}年度`,
  total: { sponsors: 0, answered: 0, pending: 0, renewed: 0, declined: 0, newcomers: 0, feesExpected: 0, feesReceived: 0 },
  byCategory: [],
})

let settings: RenewalSettings
let seal: SealView
let onUpload: (body: Blob, contentType: string) => unknown
let network: ReturnType<typeof mockFetch>
let saved: string[]

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
  settings = { unitFee: 10000, proration: 'none', invoiceRegistrationNumber: 'T1234567890123', paymentNote: '振込先：大和信用金庫 本店 普通 1234567', version: 2 }
  seal = NO_SEAL
  onUpload = () => {
    seal = PNG_SEAL
    return seal
  }
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path.endsWith('/sponsor-categories')) return []
    if (path.endsWith('/renewal-settings')) return method === 'PUT' ? { ...JSON.parse(String(init.body)), version: 3 } : settings
    if (path.endsWith('/seal') && method === 'POST') return onUpload(init.body as Blob, (init.headers as Record<string, string>)['Content-Type'] ?? '')
    if (path.endsWith('/seal') && method === 'DELETE') {
      seal = NO_SEAL
      return new Response(null, { status: 204 })
    }
    if (path.endsWith('/seal')) return seal
    if (path.endsWith('/seal/image')) return new Response(new Blob(['png'], { type: 'image/png' }), { headers: { 'Content-Type': 'image/png' } })
    if (/\/renewals\/\d+$/.test(path)) return empty(Number(path.split('/').at(-1)))
    if (/\/renewals\/\d+\/activity-reports\.pdf$/.test(path)) {
      const year = Number(path.split('/').at(-2))
      return new Response(new Blob(['%PDF-1.7']), {
        headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': `attachment; filename="activity-reports-${year}.pdf"` },
      })
    }
    throw new Error(`unexpected ${method} ${path}`)
  })
  saved = []
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/file')
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
  setLocale('ja')
})

const calls = (method: string, pathEnd: string) =>
  network.fetchMock.mock.calls.filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname.endsWith(pathEnd))

async function showDashboard() {
  const mounted = await mountAt(RenewalDashboardView, '/regions/yamato/renewals')
  await flushPromises()
  return mounted.wrapper
}

async function choose(wrapper: VueWrapper, file: File) {
  const input = wrapper.get<HTMLInputElement>('input[data-test="renewal-seal-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

const image = (name: string, type: string, bytes = 2048) => new File([new Uint8Array(bytes)], name, { type })

describe('documents on the renewals page', { timeout: 20000 }, () => {
  it('saves the payment note printed on invoices with the other settings', async () => {
    const wrapper = await showDashboard()
    const note = wrapper.get('textarea[data-test="renewal-settings-payment-note"]')
    expect((note.element as HTMLTextAreaElement).value).toBe('振込先：大和信用金庫 本店 普通 1234567')
    await note.setValue('  振込先：大和信用金庫 駅前支店 普通 7654321  ')
    await wrapper.get('[data-test="renewal-settings-save"]').trigger('click')
    await settle()
    expect(JSON.parse(String(calls('PUT', '/renewal-settings')[0]?.[1]?.body))).toEqual({
      unitFee: 10000, proration: 'none', invoiceRegistrationNumber: 'T1234567890123', paymentNote: '振込先：大和信用金庫 駅前支店 普通 7654321', version: 2,
    })
  })

  it('uploads a seal as the image it is, then shows it', async () => {
    const wrapper = await showDashboard()
    expect(wrapper.get('[data-test="renewal-seal-none"]').text()).toBe('未登録')
    await choose(wrapper, image('inei.png', 'image/png'))
    const upload = calls('POST', '/seal')
    expect(upload).toHaveLength(1)
    expect((upload[0]?.[1]?.headers as Record<string, string>)['Content-Type']).toBe('image/png')
    expect(wrapper.find('[data-test="renewal-seal-preview"]').exists()).toBe(true)
    expect(wrapper.get('[data-test="renewal-seal-meta"]').text()).toContain('120×120 ピクセル')
  })

  it('refuses a file that is not a PNG or JPEG, or is over 1 MB, without sending it', async () => {
    const wrapper = await showDashboard()
    await choose(wrapper, image('inei.gif', 'image/gif'))
    expect(wrapper.get('[data-test="renewal-seal-refused"]').text()).toContain('inei.gif は PNG または JPEG ではありません')
    await choose(wrapper, image('big.jpg', 'image/jpeg', 1024 * 1024 + 1))
    expect(wrapper.get('[data-test="renewal-seal-refused"]').text()).toContain('big.jpg は 1MB を超えています')
    expect(calls('POST', '/seal')).toHaveLength(0)
  })

  it('shows the server’s reason when it cannot read the image', async () => {
    onUpload = () =>
      new Response(JSON.stringify({ type: 'https://noren.mimamo.jp/problems/validation', title: '入力内容に誤りがあります', status: 400,
        detail: '画像を読み取れません。ファイルが壊れていないか確認し、PNG または JPEG で保存し直してください。', errors: [] }),
      { status: 400, headers: { 'Content-Type': 'application/problem+json' } })
    const wrapper = await showDashboard()
    await choose(wrapper, image('broken.png', 'image/png'))
    expect(wrapper.get('[data-test="renewal-seal-refused"]').text()).toContain('画像を読み取れません')
    expect(wrapper.find('[data-test="renewal-seal-preview"]').exists()).toBe(false)
  })

  it('removes the seal after asking', async () => {
    seal = PNG_SEAL
    const wrapper = await showDashboard()
    expect(wrapper.find('[data-test="renewal-seal-preview"]').exists()).toBe(true)
    await wrapper.get('[data-test="renewal-seal-remove"]').trigger('click')
    await flushPromises()
    document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')?.click()
    await vi.waitFor(() => expect(calls('DELETE', '/seal')).toHaveLength(1))
    await flushPromises()
    expect(wrapper.get('[data-test="renewal-seal-none"]').text()).toBe('未登録')
  })

  it('downloads every sponsor’s activity report for the year shown or the year before', async () => {
    const wrapper = await showDashboard()
    const buttons = wrapper.get('[data-test="renewal-activity-reports"]')
    expect(buttons.text()).toContain('令和7年度の活動報告書（全協賛先）')
    expect(buttons.text()).toContain('令和8年度の活動報告書（全協賛先）')
    await wrapper.get('[data-test="renewal-activity-reports-2025"]').trigger('click')
    await vi.waitFor(() => expect(saved).toEqual(['activity-reports-2025.pdf']))
    expect(calls('GET', '/renewals/2025/activity-reports.pdf')).toHaveLength(1)
  })
})
