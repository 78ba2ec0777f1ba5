import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RegistryImportStatus, RegistryPreview } from '@/api/registryFiles'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import RegistryFilesView from '../RegistryFilesView.vue'

const IMPORT = '/api/v1/regions/yamato/registry/import'

const previewWith = (p: Partial<RegistryPreview['summary']>): RegistryPreview => ({
  importId: 'imp-9',
  missing: [],
  summary: {
    format: 'csv',
    encoding: 'windows-31j',
    rows: 3,
    create: 3,
    update: 0,
    unchanged: 0,
    issue: 3,
    rejectedCount: 0,
    rejected: [],
    sample: [{ row: 2, action: 'create', name: '大森 花子', nameKana: 'オオモリ ハナコ', centre: '大森地域包括支援センター', changed: [], number: null, issueNumber: true }],
    columns: [],
    issueNumbers: true,
    ...p,
  },
})

const statusWith = (s: Partial<RegistryImportStatus>): RegistryImportStatus => ({
  importId: 'imp-9',
  status: 'applying',
  done: 0,
  total: 3,
  create: 3,
  update: 0,
  unchanged: 0,
  issue: 3,
  error: null,
  ...s,
})

let preview: RegistryPreview
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  preview = previewWith({})
  const statuses = [statusWith({ status: 'applied', done: 3 })]
  network = mockFetch((url, init) => {
    const method = init.method ?? 'GET'
    if (method === 'POST' && url.pathname === `${IMPORT}/preview`) return preview
    if (method === 'POST' && url.pathname === `${IMPORT}/imp-9/apply`) return new Response(JSON.stringify(statusWith({})), { status: 202 })
    if (method === 'GET' && url.pathname === `${IMPORT}/imp-9`) return statuses[0]
    throw new Error(`unexpected ${method} ${url.pathname}`)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  setLocale('ja')
})

async function previewFile() {
  const { wrapper } = await mountAt(RegistryFilesView, '/regions/yamato/registry-files')
  await flushPromises()
  const input = wrapper.find('[data-test="registry-import-file"]')
  Object.defineProperty(input.element, 'files', { value: [new File(['氏名\n'], '登録者.csv', { type: 'text/csv' })], configurable: true })
  await input.trigger('change')
  await wrapper.find('[data-test="registry-import-issue"] input').setValue(true)
  await wrapper.find('[data-test="registry-import-preview"]').trigger('click')
  await flushPromises()
  return wrapper
}

describe('RegistryFilesView', () => {
  it('sends the file with the choice to issue numbers, shows the counts, applies and reports the result', async () => {
    const wrapper = await previewFile()

    const [call] = network.fetchMock.mock.calls
    const url = new URL(String(call?.[0]), 'http://localhost')
    expect(url.searchParams.get('issueNumbers')).toBe('true')
    expect(url.searchParams.get('fileName')).toBe('登録者.csv')
    expect(wrapper.find('[data-test="registry-preview-counts"]').text()).toContain('新規 3件')
    expect(wrapper.find('[data-test="registry-preview-sample"]').text()).toContain('大森 花子')

    await wrapper.find('[data-test="registry-import-apply"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="registry-import-applied"]').exists()).toBe(true), { timeout: 3000 })
    expect(wrapper.find('[data-test="registry-import-applied"]').text()).toContain('新規 3件')
  })

  it('lists rejected rows in Japanese and keeps apply disabled', async () => {
    preview = previewWith({ rejectedCount: 1, rejected: [{ row: 4, messages: ['生年月日: 日付として読めません'] }] })
    const wrapper = await previewFile()

    expect(wrapper.find('[data-test="registry-preview-rejected"]').text()).toContain('4行目: 生年月日: 日付として読めません')
    expect(wrapper.find('[data-test="registry-import-apply"]').attributes('disabled')).toBeDefined()
  })
})
