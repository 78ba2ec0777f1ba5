import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { configureApiClient } from '@/api/client'
import type { PublicEvent } from '@/api/publicEvents'
import { i18n } from '@/i18n'
import { mockFetch } from '@/test/harness'
import { publicRoutes } from '@/public/publicPages'
import PublicEventsView from '../PublicEventsView.vue'

function event(sessionId: number, title: string, availability: PublicEvent['availability'], seatsLeft: number): PublicEvent {
  return {
    sessionId, seminarId: sessionId + 100, title, description: null, kind: 'single', venueName: '入新井集会室', venueAddress: '大田区大森北1-1-1',
    startsAt: '2026-12-02T14:00', endsAt: '2026-12-02T16:00', dateLabel: '令和8年12月2日（水）', timeLabel: '14:00〜16:00',
    fee: 0, seatsLeft, availability, questions: ['補聴器を使用'],
  }
}

const calendar = {
  regionCode: 'ota', regionName: '大田区見守りネットワーク',
  events: [event(1, '転倒予防講座', 'open', 12), event(2, 'お口の健康', 'few', 2), event(3, '満員の講座', 'full', 0)],
}

async function render() {
  i18n.global.locale.value = 'ja'
  configureApiClient({ token: async () => 'should-not-be-sent', language: () => 'ja' })
  const router = createRouter({ history: createMemoryHistory(), routes: publicRoutes })
  await router.push('/p/ota/events')
  await router.isReady()
  const wrapper = mount(PublicEventsView, { global: { plugins: [router, i18n] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('PublicEventsView', () => {
  it('lists the sessions with the day of the week and the seats in words, without a login', async () => {
    const network = mockFetch((url) => {
      if (url.pathname === '/api/v1/public/regions/ota/events') return calendar
      throw new Error(`unexpected ${url.pathname}`)
    })
    const wrapper = await render()
    const cards = wrapper.findAll('[data-test="public-event"]')
    expect(cards).toHaveLength(3)
    expect(cards[0]!.find('[data-test="public-event-when"]').text()).toBe('令和8年12月2日（水） 14:00〜16:00')
    expect(cards[0]!.find('[data-test="public-event-seats"]').text()).toBe('残り 12 席')
    expect(cards[1]!.find('[data-test="public-event-seats"]').text()).toBe('残りわずか（2 席）')
    expect(cards[2]!.find('[data-test="public-event-seats"]').text()).toContain('満席')
    expect(cards[2]!.find('[data-test="public-apply"]').text()).toBe('キャンセル待ちで申し込む')
    expect(cards[0]!.text()).toContain('無料')
    const headers = network.fetchMock.mock.calls[0]![1]!.headers as Record<string, string>
    expect(headers.Authorization).toBeUndefined()
  })

  it('sends the application with the form token and an empty honeypot, then shows the waitlist receipt', async () => {
    let sent: Record<string, unknown> = {}
    mockFetch((url, init) => {
      if (url.pathname === '/api/v1/public/regions/ota/events') return calendar
      if (url.pathname === '/api/v1/public/regions/ota/application-form') return { formToken: 'signed-token' }
      if (url.pathname === '/api/v1/public/regions/ota/events/3/applications') {
        sent = JSON.parse(String(init.body))
        return new Response(JSON.stringify({ status: 'waitlisted', waitlistPosition: 2, title: '満員の講座', startsAt: '2026-12-02T14:00',
          endsAt: '2026-12-02T16:00', venueName: null, emailed: true }), { status: 201, headers: { 'Content-Type': 'application/json' } })
      }
      throw new Error(`unexpected ${url.pathname}`)
    })
    const wrapper = await render()
    await wrapper.findAll('[data-test="public-apply"]')[2]!.trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="public-name"]').setValue('山田 太郎')
    await wrapper.find('[data-test="public-kana"]').setValue('ヤマダ タロウ')
    await wrapper.find('[data-test="public-email"]').setValue('yamada@example.jp')
    await wrapper.find('[data-test="public-consent"]').setValue(true)
    await wrapper.find('[data-test="public-form"]').trigger('submit')
    await flushPromises()

    expect(sent).toMatchObject({ name: '山田 太郎', nameKana: 'ヤマダ タロウ', email: 'yamada@example.jp', consent: true,
      formToken: 'signed-token', website: '' })
    const receipt = wrapper.find('[data-test="public-receipt"]')
    expect(receipt.text()).toContain('キャンセル待ち（2 番目）')
    expect(receipt.text()).toContain('メールでお送りしました')
  })

  it('shows the server’s Japanese reason when applications come too fast', async () => {
    mockFetch((url) => {
      if (url.pathname === '/api/v1/public/regions/ota/events') return calendar
      if (url.pathname === '/api/v1/public/regions/ota/application-form') return { formToken: 't' }
      return new Response(JSON.stringify({ type: 'https://noren.mimamo.jp/problems/too-many-requests', title: '送信が多すぎます', status: 429,
        detail: 'しばらく待ってから、もう一度お試しください。', errors: [] }), { status: 429, headers: { 'Content-Type': 'application/problem+json' } })
    })
    const wrapper = await render()
    await wrapper.findAll('[data-test="public-apply"]')[0]!.trigger('click')
    await flushPromises()
    await wrapper.find('[data-test="public-form"]').trigger('submit')
    await flushPromises()
    expect(wrapper.find('[data-test="public-problem"]').text()).toBe('しばらく待ってから、もう一度お試しください。')
  })

  it('says so in Japanese for a region that does not exist', async () => {
    mockFetch(() => new Response(JSON.stringify({ type: 'https://noren.mimamo.jp/problems/not-found', title: '見つかりません', status: 404, errors: [] }),
      { status: 404, headers: { 'Content-Type': 'application/problem+json' } }))
    const wrapper = await render()
    expect(wrapper.text()).toContain('このページは見つかりません')
  })
})
