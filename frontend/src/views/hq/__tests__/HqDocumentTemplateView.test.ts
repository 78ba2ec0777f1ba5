import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { LibraryTemplate } from '@/api/documentTemplates'
import type { Me } from '@/api/me'
import { problem, requestKind, version } from '@/components/documentTemplates/__tests__/templateFixtures'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt, regionAdmin } from '@/test/harness'
import HqDocumentTemplatesView from '../HqDocumentTemplatesView.vue'
import HqDocumentTemplateView from '../HqDocumentTemplateView.vue'

const hq: Me = { ...regionAdmin, username: 'hq.tanaka', roles: ['hq'], regions: [], headOffice: true }
const BASE = '/api/v1/hq/document-templates'
const V2_BODY = '{sponsorName} 様\n協賛金：{fee}\n{dueDate}までにご回答ください。'

let library: LibraryTemplate
let publishAnswer: () => unknown
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  library = {
    kind: requestKind,
    latest: version(2, V2_BODY),
    versions: [
      { version: 2, note: '期限の一文を追加', publishedBy: 'hq.tanaka', publishedAt: '2026-05-01T01:00:00Z' },
      { version: 1, note: '初版', publishedBy: 'system', publishedAt: '2026-04-01T01:00:00Z' },
    ],
  }
  publishAnswer = () => version(3, 'x')
  network = mockFetch(async (url, init) => {
    const method = init.method ?? 'GET'
    const body = init.body ? JSON.parse(String(init.body)) : null
    if (url.pathname === BASE) {
      return [
        { key: 'renewal-request', nameJa: '協賛継続のお願い（依頼）', nameEn: 'Renewal request', latestVersion: 2, publishedAt: '2026-05-01T01:00:00Z', publishedBy: 'hq.tanaka' },
        { key: 'receipt', nameJa: '領収書', nameEn: 'Receipt', latestVersion: null, publishedAt: null, publishedBy: null },
      ]
    }
    if (url.pathname === '/api/v1/hq/statistics/template-overrides') {
      return { templates: [{ key: 'renewal-request', latestVersion: 2, regions: [{ region: 'ota', regionName: 'みま～も大田', baseVersion: 1 }] }] }
    }
    if (url.pathname === `${BASE}/renewal-request`) return library
    if (url.pathname === `${BASE}/renewal-request/preview`) {
      return body.body.includes('{feee}')
        ? problem(400, 'validation', [
            { field: 'body', message: '2行目 4文字目: 「{feee}」は使えない差し込み項目です' },
            { field: 'body', message: '3行目 1文字目: 対応する「{」のない「}」があります' },
          ])
        : { subject: '大森中央病院 様 協賛継続のお願い', body: body.body.replace('{sponsorName}', '大森中央病院') }
    }
    if (url.pathname === `${BASE}/renewal-request/versions` && method === 'POST') return publishAnswer()
    if (url.pathname === `${BASE}/renewal-request/versions/2`) {
      return { version: version(2, V2_BODY), changes: { fromVersion: 1, toVersion: 2, subject: [], body: [{ op: 'same', text: '{sponsorName} 様' }, { op: 'added', text: '{dueDate}までにご回答ください。' }] } }
    }
    throw new Error(`unexpected ${method} ${url.pathname}`)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

const bodies = (method: string, path: string) =>
  network.fetchMock.mock.calls
    .filter(([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path)
    .map(([, init]) => JSON.parse(String(init?.body)))

async function show() {
  const mounted = await mountAt(HqDocumentTemplateView, '/hq/document-templates/renewal-request', hq)
  await flushPromises()
  return mounted.wrapper
}

const bodyArea = (wrapper: Awaited<ReturnType<typeof show>>) => wrapper.get<HTMLTextAreaElement>('textarea[data-test="template-body"], [data-test="template-body"] textarea')

async function confirmPublish() {
  const selector = '.el-message-box__btns .el-button--primary'
  await vi.waitFor(() => expect(document.querySelector(selector)).not.toBeNull())
  const box = document.querySelector('.el-message-box')?.textContent ?? ''
  document.querySelector<HTMLElement>(selector)?.click()
  await flushPromises()
  await vi.waitFor(() => expect(bodies('POST', `${BASE}/renewal-request/versions`).length).toBeGreaterThan(0))
  await flushPromises()
  return box
}

describe('head office document templates', { timeout: 20000 }, () => {
  it('lists every template with its latest version, and one not yet published', async () => {
    const { wrapper } = await mountAt(HqDocumentTemplatesView, '/hq/document-templates', hq)
    await flushPromises()
    const text = wrapper.get('[data-test="hq-templates"]').text()
    expect(text).toContain('協賛継続のお願い（依頼）')
    expect(text).toContain('第2版')
    expect(text).toContain('未公開')
    const overrides = wrapper.get('[data-test="hq-template-overrides-renewal-request"]').text()
    expect(overrides).toContain('1地域')
    expect(overrides).toContain('みま～も大田')
    expect(overrides).toContain('第1版をもとにしている')
    expect(wrapper.get('[data-test="hq-template-overrides-receipt"]').text()).toContain('なし')
    expect(wrapper.get('[data-test="hq-template-open-renewal-request"]').attributes('href')).toBe('/hq/document-templates/renewal-request')
  })

  it('starts from the latest version and inserts a placeholder where the cursor is', async () => {
    const wrapper = await show()
    expect(wrapper.get('[data-test="hq-template-latest"]').text()).toBe('最新：第2版')
    const area = bodyArea(wrapper)
    expect(area.element.value).toBe(V2_BODY)
    area.element.setSelectionRange(0, 0)
    await wrapper.get('[data-test="placeholder-fee"]').trigger('click')
    await flushPromises()
    expect(bodyArea(wrapper).element.value).toBe(`{fee}${V2_BODY}`)
  })

  it('previews with sample data, and lists each mistake the server finds', async () => {
    const wrapper = await show()
    await wrapper.get('[data-test="template-preview-button"]').trigger('click')
    await flushPromises()
    expect(wrapper.get('[data-test="template-preview-text"]').text()).toContain('大森中央病院 様')

    await bodyArea(wrapper).setValue('{sponsorName}\n協賛{feee}\n}')
    await wrapper.get('[data-test="template-preview-button"]').trigger('click')
    await flushPromises()
    const items = wrapper.findAll('[data-test="template-body-problems"] li').map((li) => li.text())
    expect(items).toEqual(['2行目 4文字目: 「{feee}」は使えない差し込み項目です', '3行目 1文字目: 対応する「{」のない「}」があります'])
    expect(wrapper.find('[data-test="template-preview-text"]').exists()).toBe(false)
  })

  it('publishes the edited text as the next version with the note and the version it started from', async () => {
    const wrapper = await show()
    await bodyArea(wrapper).setValue(`${V2_BODY}\n追伸`)
    await wrapper.get('input[data-test="hq-template-note"], [data-test="hq-template-note"] input').setValue('追伸を追加')
    await wrapper.get('[data-test="hq-template-publish"]').trigger('click')
    const box = await confirmPublish()
    expect(box).toContain('第3版として公開しますか')
    expect(bodies('POST', `${BASE}/renewal-request/versions`)).toEqual([
      { subject: '{sponsorName} 様 協賛継続のお願い', body: `${V2_BODY}\n追伸`, note: '追伸を追加', baseVersion: 2 },
    ])
  })

  it('keeps what was typed when someone published first, and brings it back after loading the latest', async () => {
    publishAnswer = () => problem(409, 'stale-version')
    const wrapper = await show()
    await bodyArea(wrapper).setValue('わたしの文面')
    await wrapper.get('[data-test="hq-template-publish"]').trigger('click')
    await confirmPublish()
    expect(wrapper.get('[data-test="hq-template-stale"]').text()).toContain('他の人がこの文面を更新しました')

    library = { ...library, latest: version(3, '別の人の第3版') }
    await wrapper.get('[data-test="hq-template-reload"]').trigger('click')
    await flushPromises()
    expect(bodyArea(wrapper).element.value).toBe('別の人の第3版')
    expect(wrapper.get('[data-test="hq-template-latest"]').text()).toBe('最新：第3版')
    await wrapper.get('[data-test="hq-template-restore-draft"]').trigger('click')
    await flushPromises()
    expect(bodyArea(wrapper).element.value).toBe('わたしの文面')
  })

  it('opens a version from the history with what it changed', async () => {
    const wrapper = await show()
    expect(wrapper.get('[data-test="template-versions"]').text()).toContain('期限の一文を追加')
    await wrapper.get('[data-test="template-version-show-2"]').trigger('click')
    await flushPromises()
    const dialog = document.querySelector('[data-test="template-version-dialog"]')
    expect(dialog?.textContent).toContain('第1版からの変更')
    const added = [...(dialog?.querySelectorAll('[data-op="added"]') ?? [])].map((line) => line.textContent?.trim())
    expect(added).toEqual(['+{dueDate}までにご回答ください。'])
  })
})
