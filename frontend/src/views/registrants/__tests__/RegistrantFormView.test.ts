import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { mockFetch, mountAt, settle } from '@/test/harness'
import RegistrantFormView from '../RegistrantFormView.vue'
import { centres, centreStaff, fullRegistrant, problem } from './fixtures'

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

const putBodies = (network: ReturnType<typeof mockFetch>) =>
  network.fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT').map(([, init]) => JSON.parse(String(init?.body)))

// The whole registration form mounts with Element Plus: slower than the others on a busy machine.
describe('RegistrantFormView', { timeout: 20_000 }, () => {
  it('edits the connections in calling order and sends the version it read', async () => {
    const registrant = fullRegistrant({
      version: 4,
      connections: [
        { priority: 1, kind: 'family', name: '山田 一郎', relation: '長男', phone: '090-1234-5678', notes: null },
        { priority: 2, kind: 'neighbour', name: '佐藤 和子', relation: '隣人', phone: null, notes: null },
      ],
    })
    const network = mockFetch((url, init) => {
      if (url.pathname.endsWith('/centres')) return centres
      if (init.method === 'PUT') return registrant
      return registrant
    })
    const { wrapper } = await mountAt(RegistrantFormView, '/regions/ota/registrants/5/edit', centreStaff)
    await flushPromises()
    expect(wrapper.find('[data-test="registrant-birth-era"]').text()).toBe('昭和15年3月2日')
    await wrapper.findAll('[data-test="connection-up"]')[1]!.trigger('click')
    await wrapper.find('[data-test="connection-add"]').trigger('click')
    await wrapper.findAll('input[data-test="connection-name"]')[2]!.setValue('喫茶 山王')
    await wrapper.find('[data-test="registrant-save"]').trigger('click')
    await settle()
    const [body] = putBodies(network)
    expect(body.version).toBe(4)
    expect(body.connections.map((c: { priority: number; name: string }) => `${c.priority}:${c.name}`)).toEqual(['1:佐藤 和子', '2:山田 一郎', '3:喫茶 山王'])
  })

  it('keeps what was typed when someone else saved first', async () => {
    mockFetch((url, init) => {
      if (url.pathname.endsWith('/centres')) return centres
      if (init.method === 'PUT') return problem(409, 'stale-version')
      return fullRegistrant()
    })
    const { wrapper } = await mountAt(RegistrantFormView, '/regions/ota/registrants/5/edit', centreStaff)
    await flushPromises()
    await wrapper.find('input[data-test="registrant-address"]').setValue('東京都大田区山王2-3-4')
    await wrapper.find('[data-test="registrant-save"]').trigger('click')
    await settle()
    expect(wrapper.find('[data-test="registrant-stale"]').text()).toContain('他の人が先にこの登録者を保存しました')
    expect((wrapper.find('input[data-test="registrant-address"]').element as HTMLInputElement).value).toBe('東京都大田区山王2-3-4')
  })

  it('says which centre a new registrant joins, and refuses a reading in kanji before sending', async () => {
    const network = mockFetch((url) => {
      if (url.pathname.endsWith('/centres')) return centres
      throw new Error(`unexpected ${url.pathname}`)
    })
    const { wrapper } = await mountAt(RegistrantFormView, '/regions/ota/registrants/new', centreStaff)
    await flushPromises()
    expect(wrapper.find('[data-test="registrant-centre-note"]').text()).toContain('大森地域包括支援センター')
    await wrapper.find('input[data-test="registrant-kana"]').setValue('山田')
    await wrapper.find('[data-test="registrant-save"]').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('フリガナはカタカナで入力してください')
    expect(network.fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST')).toHaveLength(0)
  })
})
