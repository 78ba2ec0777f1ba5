import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RosterPreview } from '@/api/rosterFiles'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import RosterFilesView from '../RosterFilesView.vue'

const CSV_NAME = "attachment; filename=\"roster-2026-06-15.csv\"; filename*=UTF-8''%E5%A4%A7%E5%92%8C%E5%B8%82_%E5%8D%94%E8%B3%9B%E8%80%85%E5%90%8D%E7%B0%BF_2026-06-15.csv"

const previewWith = (p: Partial<RosterPreview>): RosterPreview => ({
  importId: 'imp-1',
  format: 'csv',
  encoding: 'utf-8',
  rows: 5,
  create: 2,
  update: 1,
  unchanged: 1,
  rejected: [],
  sample: [
    { row: 2, action: 'create', name: '山王薬局', nameKana: 'サンノウヤッキョク', categoryCode: 'pharmacy', changed: [] },
    { row: 3, action: 'update', name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', changed: ['address', 'phone'] },
  ],
  ...p,
})

let preview: RosterPreview
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  preview = previewWith({})
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path === '/api/v1/regions/yamato/roster/export') {
      return new Response(new Blob(['名称,フリガナ\n'], { type: 'text/csv' }), { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': CSV_NAME } })
    }
    if (method === 'POST' && path === '/api/v1/regions/yamato/roster/import/preview') return preview
    if (method === 'POST' && path === '/api/v1/regions/yamato/roster/import/imp-1/apply') {
      return { importId: 'imp-1', status: 'applied', created: 2, updated: 1, unchanged: 1 }
    }
    if (method === 'POST' && path === '/api/v1/regions/yamato/roster/import/imp-1/undo') {
      return { importId: 'imp-1', status: 'undone', archived: 2, restored: 1 }
    }
    throw new Error(`unexpected ${method} ${path}`)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  setLocale('ja')
})

const calls = (method: string, path: string) =>
  network.fetchMock.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname === path,
  )

async function show() {
  const mounted = await mountAt(RosterFilesView, '/regions/yamato/roster-files')
  await flushPromises()
  return mounted
}

async function chooseFile(wrapper: Awaited<ReturnType<typeof show>>['wrapper'], file: File) {
  const input = wrapper.find('[data-test="roster-import-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

async function previewFile(wrapper: Awaited<ReturnType<typeof show>>['wrapper']) {
  await chooseFile(wrapper, new File(['名称,フリガナ\n山王薬局,サンノウヤッキョク\n'], '名簿.csv', { type: 'text/csv' }))
  await wrapper.find('[data-test="roster-import-preview"]').trigger('click')
  await flushPromises()
}

describe('RosterFilesView', () => {
  it('exports the roster in the chosen format and saves it under the server name', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/roster')
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const saved: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download)
    })
    const { wrapper } = await show()
    expect(wrapper.find('h1').text()).toBe('名簿の取込・出力')
    expect(wrapper.find('[data-test="roster-export-format"]').exists()).toBe(true)

    await wrapper.find('[data-test="roster-export-format-csv-cp932"] input').setValue(true)
    await wrapper.find('[data-test="roster-export"]').trigger('click')
    await flushPromises()

    const [call] = calls('GET', '/api/v1/regions/yamato/roster/export')
    const url = new URL(String(call?.[0]), 'http://localhost')
    expect(url.searchParams.get('format')).toBe('csv')
    expect(url.searchParams.get('encoding')).toBe('cp932')
    expect(saved).toEqual(['大和市_協賛者名簿_2026-06-15.csv'])
  })

  it('refuses a file over 1 MB without sending it', async () => {
    const { wrapper } = await show()
    await chooseFile(wrapper, new File([new Uint8Array(1024 * 1024 + 1)], 'big.csv'))
    expect(wrapper.find('[data-test="roster-import-refused"]').text()).toContain('1 MB')
    expect(wrapper.find('[data-test="roster-import-preview"]').attributes('disabled')).toBeDefined()
    expect(network.fetchMock).not.toHaveBeenCalled()
  })

  it('sends the raw file for a preview and shows the counts and the rejected rows; apply stays disabled', async () => {
    preview = previewWith({ rejected: [{ row: 4, messages: ['名称を入力してください。', 'カテゴリ「xyz」は存在しません。'] }] })
    const { wrapper } = await show()
    await previewFile(wrapper)

    const [call] = calls('POST', '/api/v1/regions/yamato/roster/import/preview')
    const url = new URL(String(call?.[0]), 'http://localhost')
    expect(url.searchParams.get('fileName')).toBe('名簿.csv')
    expect(url.searchParams.has('encoding')).toBe(false)
    const headers = call?.[1]?.headers as Record<string, string>
    expect(headers['Content-Type']).toBe('application/octet-stream')
    expect(headers.Authorization).toBe('Bearer test-token')
    expect(call?.[1]?.body).toBeInstanceOf(Blob)

    const summary = wrapper.find('[data-test="roster-import-summary"]').text()
    expect(summary).toContain('新規 2 件')
    expect(summary).toContain('更新 1 件')
    expect(summary).toContain('変更なし 1 件')
    expect(summary).toContain('エラー 1 件')
    const rejected = wrapper.find('[data-test="roster-import-rejected"]').text()
    expect(rejected).toContain('4')
    expect(rejected).toContain('名称を入力してください。')
    expect(rejected).toContain('カテゴリ「xyz」は存在しません。')
    expect(wrapper.findAll('[data-test="roster-import-action"]').map((tag) => tag.text())).toEqual(['新規', '更新'])

    const apply = wrapper.find('[data-test="roster-import-apply"]')
    expect(apply.attributes('disabled')).toBeDefined()
    await apply.trigger('click')
    await flushPromises()
    expect(calls('POST', '/api/v1/regions/yamato/roster/import/imp-1/apply')).toHaveLength(0)
  })

  it('applies a clean preview, then undoes it after a confirmation', async () => {
    const { wrapper } = await show()
    await previewFile(wrapper)
    expect(wrapper.find('[data-test="roster-import-rejected"]').exists()).toBe(false)

    const apply = wrapper.find('[data-test="roster-import-apply"]')
    expect(apply.attributes('disabled')).toBeUndefined()
    await apply.trigger('click')
    await flushPromises()
    expect(calls('POST', '/api/v1/regions/yamato/roster/import/imp-1/apply')).toHaveLength(1)
    expect(wrapper.find('[data-test="roster-import-applied"]').text()).toContain('新規 2 件、更新 1 件')

    await wrapper.find('[data-test="roster-import-undo"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('.el-message-box__btns .el-button--primary')).not.toBeNull())
    document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')?.click()
    await vi.waitFor(() => expect(calls('POST', '/api/v1/regions/yamato/roster/import/imp-1/undo')).toHaveLength(1))
    await flushPromises()
    expect(wrapper.find('[data-test="roster-import-undone"]').text()).toContain('アーカイブ 2 件')
  })

  it('shows a refused apply (409) with the problem alert', async () => {
    const { wrapper } = await show()
    network.fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify(previewWith({})), { status: 200 }))
    await previewFile(wrapper)
    network.fetchMock.mockImplementationOnce(
      async () =>
        new Response(
          JSON.stringify({ type: 'https://noren.example/problems/conflict', title: '競合', status: 409, detail: 'この取り込みは適用済みです。' }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    )
    await wrapper.find('[data-test="roster-import-apply"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="problem"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="roster-import-applied"]').exists()).toBe(false)
  })
})
