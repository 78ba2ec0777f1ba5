import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SponsorView } from '@/api/sponsors'
import { mockFetch, mountAt, settle } from '@/test/harness'
import SponsorFormView from '../SponsorFormView.vue'

const categories = [{ code: 'hospital', nameJa: '協賛病院', nameEn: 'Hospitals', sortOrder: 1 }]

function sponsor(version: number, name: string): SponsorView {
  return {
    id: 7,
    name,
    nameKana: 'オオモリチュウオウビョウイン',
    categoryCode: 'hospital',
    postalCode: '143-0016',
    address: '東京都大田区大森北1-2-3',
    phone: '03-1234-5678',
    email: 'info@example.jp',
    joinedOn: '2026-04-01',
    notes: '',
    contacts: [{ name: '山田 太郎', nameKana: 'ヤマダ タロウ', title: '事務長', phone: '', email: '' }],
    archived: false,
    archivedAt: null,
    version,
    createdAt: '2026-04-01T00:00:00Z',
    updatedAt: '2026-04-02T00:00:00Z',
  }
}

function problem(status: number, type: string, errors: { field: string; message: string }[] = []) {
  return new Response(JSON.stringify({ type: `https://noren.mimamo.jp/problems/${type}`, title: 'x', status, errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}

let server: SponsorView
let putAnswer: () => unknown
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  server = sponsor(3, '大森中央病院')
  putAnswer = () => server
  network = mockFetch((url, init) => {
    if (url.pathname.endsWith('/sponsor-categories')) return categories
    if (url.pathname.endsWith('/sponsors/7') && init.method === 'PUT') return putAnswer()
    if (url.pathname.endsWith('/sponsors/7')) return server
    throw new Error(`unexpected ${init.method} ${url.pathname}`)
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

async function editName(name: string) {
  const mounted = await mountAt(SponsorFormView, '/regions/yamato/sponsors/7/edit')
  await flushPromises()
  await mounted.wrapper.find('input[data-test="sponsor-name"]').setValue(name)
  await mounted.wrapper.find('[data-test="sponsor-save"]').trigger('click')
  await flushPromises()
  return mounted
}

const putBodies = () =>
  network.fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)))

describe('SponsorFormView', () => {
  it('sends the version it read with the edited form', async () => {
    await editName('大森中央総合病院')
    expect(putBodies()).toHaveLength(1)
    expect(putBodies()[0]).toMatchObject({ name: '大森中央総合病院', version: 3, categoryCode: 'hospital' })
    expect(putBodies()[0]).toMatchObject({ notes: null, contacts: [{ name: '山田 太郎', phone: null, email: null }] })
  })

  it('keeps what was typed when someone else saved first, then reloads on request', async () => {
    putAnswer = () => problem(409, 'stale-version')
    const { wrapper } = await editName('大森中央総合病院')
    expect(wrapper.find('[data-test="sponsor-stale"]').text()).toContain('他の人がこの協賛先を更新しました。再読み込みしてください')
    expect((wrapper.find('input[data-test="sponsor-name"]').element as HTMLInputElement).value).toBe('大森中央総合病院')

    server = sponsor(4, '大森中央病院（新館）')
    await wrapper.find('[data-test="sponsor-reload"]').trigger('click')
    await flushPromises()
    expect((wrapper.find('input[data-test="sponsor-name"]').element as HTMLInputElement).value).toBe('大森中央病院（新館）')

    await wrapper.find('[data-test="sponsor-restore-draft"]').trigger('click')
    await flushPromises()
    expect((wrapper.find('input[data-test="sponsor-name"]').element as HTMLInputElement).value).toBe('大森中央総合病院')

    putAnswer = () => server
    await wrapper.find('[data-test="sponsor-save"]').trigger('click')
    await flushPromises()
    expect(putBodies().at(-1)).toMatchObject({ name: '大森中央総合病院', version: 4 })
  })

  it('shows the server’s field errors next to the fields', async () => {
    putAnswer = () => problem(400, 'validation', [{ field: 'contacts[0].email', message: 'メールアドレスが正しくありません' }])
    const { wrapper } = await editName('大森中央総合病院')
    await settle()
    const contact = wrapper.find('[data-test="sponsor-contact"]')
    expect(contact.text()).toContain('メールアドレスが正しくありません')
  })

  it('refuses a malformed postal code before sending', async () => {
    const { wrapper } = await mountAt(SponsorFormView, '/regions/yamato/sponsors/7/edit')
    await flushPromises()
    const postal = wrapper.find('input[data-test="sponsor-postal"]')
    await postal.setValue('14-30016')
    await postal.trigger('blur')
    await wrapper.find('[data-test="sponsor-save"]').trigger('click')
    await settle()
    expect(putBodies()).toHaveLength(0)
    expect(wrapper.text()).toContain('郵便番号は 123-4567 の形式で入力してください')
  })

  it('puts the end-to-end test hooks on the native inputs', async () => {
    const { wrapper } = await mountAt(SponsorFormView, '/regions/yamato/sponsors/new')
    await flushPromises()
    const tags = ['name', 'kana', 'postal', 'address', 'phone', 'email', 'joined', 'notes'].map(
      (field) => wrapper.find(`[data-test="sponsor-${field}"]`).element.tagName,
    )
    expect(tags).toEqual(['INPUT', 'INPUT', 'INPUT', 'INPUT', 'INPUT', 'INPUT', 'INPUT', 'TEXTAREA'])
    const category = document.querySelectorAll('[data-test="sponsor-category"]')
    expect(category).toHaveLength(1)
    expect(category[0]?.classList.contains('el-select')).toBe(true)
    expect(document.querySelectorAll('[data-test="sponsor-joined"]')).toHaveLength(1)
    expect(wrapper.find('[data-test="sponsor-save"]').element.tagName).toBe('BUTTON')
  })

  it('shows the Japanese era beside the joining date', async () => {
    const { wrapper } = await mountAt(SponsorFormView, '/regions/yamato/sponsors/7/edit')
    await flushPromises()
    expect(wrapper.find('[data-test="sponsor-joined-era"]').text()).toBe('(令和8年)')
  })
})
