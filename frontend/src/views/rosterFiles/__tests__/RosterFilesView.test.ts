import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RosterImportStatus, RosterMapping, RosterPreview } from '@/api/rosterFiles'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import RosterFilesView from '../RosterFilesView.vue'

const CSV_NAME = "attachment; filename=\"roster-2026-06-15.csv\"; filename*=UTF-8''%E5%A4%A7%E5%92%8C%E5%B8%82_%E5%8D%94%E8%B3%9B%E8%80%85%E5%90%8D%E7%B0%BF_2026-06-15.csv"
const IMPORT = '/api/v1/regions/yamato/roster/import'

const columns = [
  { index: 0, header: '名称', field: 'name', source: 'title' as const },
  { index: 1, header: 'フリガナ', field: 'nameKana', source: 'title' as const },
  { index: 2, header: 'カテゴリ', field: 'categoryCode', source: 'title' as const },
  { index: 3, header: '年度', field: 'fiscalYear', source: 'title' as const },
]

const previewWith = (p: Partial<RosterPreview>): RosterPreview => ({
  importId: 'imp-1',
  format: 'csv',
  encoding: 'UTF-8',
  rows: 5,
  create: 2,
  update: 1,
  unchanged: 1,
  years: { create: 3, update: 1, unchanged: 0 },
  rejectedCount: 0,
  rejected: [],
  sample: [
    { row: 2, action: 'create', name: '山王薬局', nameKana: 'サンノウヤッキョク', categoryCode: 'pharmacy', changed: [], fiscalYear: 2026, yearAction: 'create', yearChanged: [] },
    { row: 3, action: 'update', name: '大森中央病院', nameKana: 'オオモリチュウオウビョウイン', categoryCode: 'hospital', changed: ['address', 'phone'], fiscalYear: 2025, yearAction: 'update', yearChanged: ['units', 'paidOn'] },
  ],
  columns,
  missing: [],
  ...p,
})

const statusWith = (s: Partial<RosterImportStatus>): RosterImportStatus => ({
  importId: 'imp-1',
  status: 'applying',
  done: 0,
  total: 8,
  create: 2,
  update: 1,
  unchanged: 1,
  years: { create: 3, update: 1, unchanged: 0 },
  error: null,
  ...s,
})

const mapping: RosterMapping = {
  entries: [{ header: '古い見出し', field: 'notes' }],
  version: 3,
  fields: [
    { id: 'name', title: '名称', required: true, ofYear: false },
    { id: 'nameKana', title: 'フリガナ', required: true, ofYear: false },
    { id: 'categoryCode', title: 'カテゴリ', required: true, ofYear: false },
    { id: 'notes', title: '備考', required: false, ofYear: false },
  ],
}

let previews: RosterPreview[]
let statuses: RosterImportStatus[]
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  previews = [previewWith({})]
  statuses = [statusWith({ done: 4 }), statusWith({ status: 'applied', done: 8 })]
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path === '/api/v1/regions/yamato/roster/export') {
      return new Response(new Blob(['名称,フリガナ\n'], { type: 'text/csv' }), { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': CSV_NAME } })
    }
    if (method === 'POST' && path === `${IMPORT}/preview`) return previews.length > 1 ? previews.shift() : previews[0]
    if (method === 'POST' && path === `${IMPORT}/imp-1/apply`) return new Response(JSON.stringify(statusWith({})), { status: 202 })
    if (method === 'GET' && path === `${IMPORT}/imp-1`) return statuses.length > 1 ? statuses.shift() : statuses[0]
    if (method === 'POST' && path === `${IMPORT}/imp-1/undo`) {
      return { importId: 'imp-1', status: 'undone', archived: 2, restored: 1, yearsRemoved: 3, yearsRestored: 1 }
    }
    if (method === 'GET' && path === '/api/v1/regions/yamato/roster/mapping') return mapping
    if (method === 'PUT' && path === '/api/v1/regions/yamato/roster/mapping') return { ...mapping, version: 4 }
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

type Wrapper = Awaited<ReturnType<typeof show>>['wrapper']

async function chooseFile(wrapper: Wrapper, file: File) {
  const input = wrapper.find('[data-test="roster-import-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

async function previewFile(wrapper: Wrapper) {
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

    await wrapper.find('[data-test="roster-export-format-csv-cp932"] input').setValue(true)
    await wrapper.find('[data-test="roster-export"]').trigger('click')
    await flushPromises()

    const [call] = calls('GET', '/api/v1/regions/yamato/roster/export')
    const url = new URL(String(call?.[0]), 'http://localhost')
    expect(url.searchParams.get('format')).toBe('csv')
    expect(url.searchParams.get('encoding')).toBe('cp932')
    expect(saved).toEqual(['大和市_協賛者名簿_2026-06-15.csv'])
  })

  it('refuses a file over 32 MB without sending it', async () => {
    const { wrapper } = await show()
    await chooseFile(wrapper, new File([new Uint8Array(32 * 1024 * 1024 + 1)], 'big.csv'))
    expect(wrapper.find('[data-test="roster-import-refused"]').text()).toContain('32 MB')
    expect(wrapper.find('[data-test="roster-import-preview"]').attributes('disabled')).toBeDefined()
    expect(network.fetchMock).not.toHaveBeenCalled()
  })

  it('sends the chosen encoding with the raw file', async () => {
    const { wrapper } = await show()
    await chooseFile(wrapper, new File(['名称\n'], '名簿.csv'))
    document.querySelector<HTMLElement>('[data-test="roster-import-encoding-cp932"]')?.click()
    await flushPromises()
    await wrapper.find('[data-test="roster-import-preview"]').trigger('click')
    await flushPromises()
    const [call] = calls('POST', `${IMPORT}/preview`)
    const url = new URL(String(call?.[0]), 'http://localhost')
    expect(url.searchParams.get('encoding')).toBe('cp932')
    expect(url.searchParams.get('fileName')).toBe('名簿.csv')
    expect((call?.[1]?.headers as Record<string, string>)['Content-Type']).toBe('application/octet-stream')
  })

  it('shows the counts of sponsors and years and every rejected row; apply stays disabled', async () => {
    previews = [previewWith({ rejectedCount: 501, rejected: [{ row: 4, messages: ['口数: 0〜1,000の範囲で指定してください'] }] })]
    const { wrapper } = await show()
    await previewFile(wrapper)

    expect(wrapper.find('[data-test="roster-import-summary"]').text()).toContain('新規 2 件')
    expect(wrapper.find('[data-test="roster-import-years"]').text()).toContain('新規 3 件')
    expect(wrapper.find('[data-test="roster-import-count-rejected"]').text()).toContain('エラー 501 行')
    expect(wrapper.find('[data-test="roster-import-rejected-more"]').text()).toContain('先頭の 1 行')
    expect(wrapper.find('[data-test="roster-import-rejected"]').text()).toContain('口数: 0〜1,000の範囲で指定してください')
    expect(wrapper.findAll('[data-test="roster-import-year-action"]').map((tag) => tag.text())).toEqual(['新規', '更新'])
    expect(wrapper.find('[data-test="roster-import-sample"]').text()).toContain('口数、入金日')
    expect(wrapper.find('[data-test="roster-import-apply"]').attributes('disabled')).toBeDefined()
  })

  it('applies in the background with a progress bar, shows the result, then undoes it', async () => {
    const { wrapper } = await show()
    await previewFile(wrapper)
    await wrapper.find('[data-test="roster-import-apply"]').trigger('click')
    await flushPromises()
    expect(calls('POST', `${IMPORT}/imp-1/apply`)).toHaveLength(1)
    expect(wrapper.find('[data-test="roster-import-progress"]').exists()).toBe(true)

    await vi.waitFor(() => expect(wrapper.find('[data-test="roster-import-progress"]').text()).toContain('4 / 8'), { timeout: 3000 })
    expect(wrapper.find('.el-progress').attributes('aria-valuenow')).toBe('50')
    await vi.waitFor(() => expect(wrapper.find('[data-test="roster-import-applied"]').exists()).toBe(true), { timeout: 3000 })
    expect(wrapper.find('[data-test="roster-import-applied"]').text()).toContain('新規 2 件、更新 1 件／年度: 新規 3 件')
    expect(wrapper.find('[data-test="roster-import-progress"]').exists()).toBe(false)

    await wrapper.find('[data-test="roster-import-undo"]').trigger('click')
    await vi.waitFor(() => expect(document.querySelector('.el-message-box__btns .el-button--primary')).not.toBeNull())
    document.querySelector<HTMLElement>('.el-message-box__btns .el-button--primary')?.click()
    await vi.waitFor(() => expect(calls('POST', `${IMPORT}/imp-1/undo`)).toHaveLength(1))
    await flushPromises()
    expect(wrapper.find('[data-test="roster-import-undone"]').text()).toContain('削除した年度 3 件')
  })

  it('shows why a background import failed and offers to try again', async () => {
    statuses = [statusWith({ status: 'failed', error: '取り込み中にエラーが起きたため、何も書き込まれていません。' })]
    const { wrapper } = await show()
    await previewFile(wrapper)
    await wrapper.find('[data-test="roster-import-apply"]').trigger('click')
    await vi.waitFor(() => expect(wrapper.find('[data-test="roster-import-failed"]').exists()).toBe(true), { timeout: 3000 })
    expect(wrapper.find('[data-test="roster-import-failed"]').text()).toContain('何も書き込まれていません')
    expect(wrapper.find('[data-test="roster-import-apply"]').text()).toBe('もう一度取り込む')
    expect(wrapper.find('[data-test="roster-import-apply"]').attributes('disabled')).toBeUndefined()
  })

  it('asks for a mapping when a required field has no column, saves it and reads the file again', async () => {
    const own = [
      { index: 0, header: '事業所名', field: null, source: null },
      { index: 1, header: 'フリガナ', field: 'nameKana', source: 'title' as const },
      { index: 2, header: 'カテゴリ', field: 'categoryCode', source: 'title' as const },
    ]
    previews = [previewWith({ importId: null, columns: own, missing: ['name'], sample: [] }), previewWith({})]
    const { wrapper } = await show()
    await previewFile(wrapper)
    expect(wrapper.find('[data-test="roster-mapping-missing"]').text()).toContain('名称')
    expect(wrapper.find('[data-test="roster-import-result"]').exists()).toBe(false)

    document.querySelector<HTMLElement>('[data-test="roster-mapping-option-0-name"]')?.click()
    await flushPromises()
    await wrapper.find('[data-test="roster-mapping-save"]').trigger('click')
    await flushPromises()

    const [put] = calls('PUT', '/api/v1/regions/yamato/roster/mapping')
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      entries: [
        { header: '古い見出し', field: 'notes' },
        { header: '事業所名', field: 'name' },
        { header: 'フリガナ', field: 'nameKana' },
        { header: 'カテゴリ', field: 'categoryCode' },
      ],
      version: 3,
    })
    expect(calls('POST', `${IMPORT}/preview`)).toHaveLength(2)
    expect(wrapper.find('[data-test="roster-import-result"]').exists()).toBe(true)
  })

  it('shows a refused apply (409) with the problem alert', async () => {
    const { wrapper } = await show()
    await previewFile(wrapper)
    network.fetchMock.mockImplementationOnce(
      async () =>
        new Response(
          JSON.stringify({ type: 'https://noren.example/problems/conflict', title: '競合', status: 409, detail: 'この取り込みは既に反映されています。' }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    )
    await wrapper.find('[data-test="roster-import-apply"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="problem"]').text()).toContain('既に反映されています')
    expect(wrapper.find('[data-test="roster-import-applied"]').exists()).toBe(false)
  })
})
