import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegionTemplate } from '@/api/documentTemplates'
import { problem, requestKind, version } from '@/components/documentTemplates/__tests__/templateFixtures'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import DocumentTemplatesView from '../DocumentTemplatesView.vue'
import DocumentTemplateView from '../DocumentTemplateView.vue'

const BASE = '/api/v1/regions/yamato/document-templates'
const SHARED_V3 = '{sponsorName} 様\n協賛金：{fee}\n振込先が変わりました。'
const OWN = '{sponsorName} 様\n大和の交流会にご招待します。\n協賛金：{fee}'

const usingShared = (): RegionTemplate => ({ kind: requestKind, shared: version(3, SHARED_V3), override: null, revision: 0, upstreamChanges: null })

const overriddenOn = (base: number): RegionTemplate => ({
  kind: requestKind,
  shared: version(3, SHARED_V3),
  override: { revision: 4, baseVersion: base, subject: '大和から {sponsorName} 様へ', body: OWN, actor: 'admin.yamato', at: '2026-05-10T01:00:00Z' },
  revision: 4,
  upstreamChanges: base === 3 ? null : {
    fromVersion: base,
    toVersion: 3,
    subject: [{ op: 'same', text: '{sponsorName} 様 協賛継続のお願い' }],
    body: [
      { op: 'same', text: '{sponsorName} 様' },
      { op: 'same', text: '協賛金：{fee}' },
      { op: 'removed', text: '振込先：大田信用金庫' },
      { op: 'added', text: '振込先が変わりました。' },
    ],
  },
})

let current: RegionTemplate
let answers: Record<string, () => unknown>
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  current = usingShared()
  answers = {}
  network = mockFetch((url, init) => {
    const method = init.method ?? 'GET'
    const answer = answers[`${method} ${url.pathname}`]
    if (answer) return answer()
    if (method === 'GET' && url.pathname === BASE) {
      return [
        { key: 'renewal-reminder', nameJa: '協賛継続のお願い（催促）', nameEn: 'Renewal reminder', latestVersion: 1, overridden: false, baseVersion: null, upstreamChanged: false },
        { key: 'renewal-request', nameJa: '協賛継続のお願い（依頼）', nameEn: 'Renewal request', latestVersion: 3, overridden: true, baseVersion: 2, upstreamChanged: true },
      ]
    }
    if (method === 'GET' && url.pathname === `${BASE}/renewal-request`) return current
    throw new Error(`unexpected ${method} ${url.pathname}`)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

const sent = (method: string, path: string) =>
  network.fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
    .map(([, init]) => JSON.parse(String(init?.body)))

async function show() {
  const mounted = await mountAt(DocumentTemplateView, '/regions/yamato/document-templates/renewal-request')
  await flushPromises()
  return mounted.wrapper
}

const bodyArea = (wrapper: Awaited<ReturnType<typeof show>>) => wrapper.get<HTMLTextAreaElement>('[data-test="template-body"] textarea, textarea[data-test="template-body"]')

async function confirmBox() {
  const selector = '.el-message-box__btns .el-button--primary'
  await vi.waitFor(() => expect(document.querySelector(selector)).not.toBeNull())
  const text = document.querySelector('.el-message-box')?.textContent ?? ''
  document.querySelector<HTMLElement>(selector)?.click()
  await flushPromises()
  await vi.waitFor(() => expect(sent('POST', `${BASE}/renewal-request/override/revert`).length).toBe(1))
  await flushPromises()
  return text
}

describe('a region’s document templates', { timeout: 20000 }, () => {
  it('lists which texts the region uses and which head office has updated', async () => {
    const { wrapper } = await mountAt(DocumentTemplatesView, '/regions/yamato/document-templates')
    await flushPromises()
    expect(wrapper.get('[data-test="region-template-source-renewal-reminder"]').text()).toBe('本部のひな形')
    expect(wrapper.get('[data-test="region-template-source-renewal-request"]').text()).toBe('地域独自の文面本部のひな形が更新されています')
    expect(wrapper.get('[data-test="region-template-open-renewal-request"]').attributes('href')).toBe('/regions/yamato/document-templates/renewal-request')
  })

  it('starts the region’s own text from head office’s latest version', async () => {
    answers[`PUT ${BASE}/renewal-request/override`] = () => overriddenOn(3)
    const wrapper = await show()
    expect(wrapper.get('[data-test="template-no-own"]').text()).toContain('本部のひな形をそのまま使っています')
    expect(wrapper.get('[data-test="template-shared-text"]').text()).toContain('振込先が変わりました。')
    expect(wrapper.find('[data-test="template-upstream"]').exists()).toBe(false)

    await wrapper.get('[data-test="template-start-own"]').trigger('click')
    expect(bodyArea(wrapper).element.value).toBe(SHARED_V3)
    await bodyArea(wrapper).setValue(OWN)
    await wrapper.get('[data-test="template-save"]').trigger('click')
    await flushPromises()

    expect(sent('PUT', `${BASE}/renewal-request/override`)).toEqual([
      { subject: '{sponsorName} 様 協賛継続のお願い', body: OWN, revision: 0, baseVersion: 3 },
    ])
    expect(wrapper.get('[data-test="template-source"]').text()).toBe('地域独自の文面')
    expect(wrapper.get('[data-test="template-own-based-on"]').text()).toContain('本部の第3版をもとにしています')
  })

  it('shows head office’s changes since the base version and marks them reviewed', async () => {
    current = overriddenOn(2)
    answers[`POST ${BASE}/renewal-request/override/rebase`] = () => ({ ...overriddenOn(3), revision: 5, override: { ...overriddenOn(3).override!, revision: 5 } })
    const wrapper = await show()

    const upstream = wrapper.get('[data-test="template-upstream"]')
    expect(upstream.text()).toContain('本部のひな形が更新されています')
    expect(upstream.text()).toContain('本部の第2版をもとにしています。本部はその後、第3版を公開しました')
    expect(upstream.findAll('[data-op="removed"]').map((l) => l.text())).toEqual(['−振込先：大田信用金庫'])
    expect(upstream.findAll('[data-op="added"]').map((l) => l.text())).toEqual(['+振込先が変わりました。'])
    expect(upstream.find('[data-test="template-diff-subject"]').exists()).toBe(false)
    expect(bodyArea(wrapper).element.value).toBe(OWN)

    await wrapper.get('[data-test="template-rebase"]').trigger('click')
    await flushPromises()
    expect(sent('POST', `${BASE}/renewal-request/override/rebase`)).toEqual([{ revision: 4 }])
    expect(wrapper.find('[data-test="template-upstream"]').exists()).toBe(false)
  })

  it('goes back to head office’s text after confirming', async () => {
    current = overriddenOn(3)
    answers[`POST ${BASE}/renewal-request/override/revert`] = () => ({ ...usingShared(), revision: 5 })
    const wrapper = await show()
    await wrapper.get('[data-test="template-revert"]').trigger('click')
    const box = await confirmBox()
    expect(box).toContain('本部のひな形（第3版）に戻しますか')
    expect(sent('POST', `${BASE}/renewal-request/override/revert`)).toEqual([{ revision: 4 }])
    expect(wrapper.get('[data-test="template-source"]').text()).toBe('本部のひな形')
    expect(wrapper.find('[data-test="template-no-own"]').exists()).toBe(true)
  })

  it('lists each mistake under its field, and keeps what was typed when someone else saved first', async () => {
    current = overriddenOn(3)
    answers[`PUT ${BASE}/renewal-request/override`] = () => problem(400, 'validation', [
      { field: 'subject', message: '1行目 5文字目: 「{name}」は使えない差し込み項目です' },
      { field: 'body', message: '2行目 1文字目: 「{」が同じ行の「}」で閉じられていません' },
    ])
    const wrapper = await show()
    await bodyArea(wrapper).setValue('{sponsorName}\n{fee')
    await wrapper.get('[data-test="template-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="template-subject-problems"]').text()).toBe('1行目 5文字目: 「{name}」は使えない差し込み項目です')
    expect(wrapper.get('[data-test="template-body-problems"]').text()).toBe('2行目 1文字目: 「{」が同じ行の「}」で閉じられていません')

    answers[`PUT ${BASE}/renewal-request/override`] = () => problem(409, 'stale-version')
    await bodyArea(wrapper).setValue('大和の新しい文面 {sponsorName}')
    await wrapper.get('[data-test="template-save"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="template-stale"]').text()).toContain('他の人がこの文面を更新しました')
    await wrapper.get('[data-test="template-reload"]').trigger('click')
    await flushPromises()
    expect(bodyArea(wrapper).element.value).toBe(OWN)
    await wrapper.get('[data-test="template-restore-draft"]').trigger('click')
    await flushPromises()
    expect(bodyArea(wrapper).element.value).toBe('大和の新しい文面 {sponsorName}')
  })

  it('previews the region’s text with sample data', async () => {
    current = overriddenOn(3)
    answers[`POST ${BASE}/renewal-request/preview`] = () => ({ subject: '大和から 大森中央病院 様へ', body: '大森中央病院 様\n大和の交流会にご招待します。' })
    const wrapper = await show()
    await wrapper.get('[data-test="template-preview-button"]').trigger('click')
    await flushPromises()
    expect(sent('POST', `${BASE}/renewal-request/preview`)).toEqual([{ subject: '大和から {sponsorName} 様へ', body: OWN }])
    expect(wrapper.get('[data-test="template-preview-text"]').text()).toContain('件名：大和から 大森中央病院 様へ')
  })

  it('speaks English', async () => {
    setLocale('en')
    current = overriddenOn(2)
    const wrapper = await show()
    setLocale('en')
    await flushPromises()
    expect(wrapper.get('[data-test="template-upstream"]').text()).toContain('Head office has updated the template')
    expect(wrapper.get('h1').text()).toBe('Renewal request')
    expect(wrapper.get('[data-test="template-placeholders"]').text()).toContain('Sponsor name')
  })
})
