import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import SeminarDetailView from '../SeminarDetailView.vue'
import SeminarFormView from '../SeminarFormView.vue'
import SeminarListView from '../SeminarListView.vue'
import SeminarStatisticsView from '../SeminarStatisticsView.vue'
import SessionAttendanceView from '../SessionAttendanceView.vue'

// Mounting Element Plus's date pickers and remote selects takes seconds on a busy two-core machine.
vi.setConfig({ testTimeout: 20_000 })

vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-test': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const session = {
  id: 31, seminarId: 30, startsAt: '2099-05-16T14:00:00', endsAt: '2099-05-16T16:00:00', cancelled: false,
  capacity: 2, registered: 2, waitlisted: 1, attended: 1, version: 0,
}
const seminar = {
  id: 30, kind: 'single', title: '地域づくりセミナー「お口の健康」', description: null, venueId: 5, venueName: 'アキナイ山王亭',
  capacity: 2, fee: 0, audience: 'open', questions: ['補聴器を使用'],
  organisers: [
    { sponsorId: 7, name: '山王みなみ病院', role: 'medical', roleLabel: '医療', part: 'lecture' },
    { sponsorId: null, name: '山王商店会', role: 'shopping-street', roleLabel: '商店街', part: 'support' },
  ],
  ruleOfThree: { met: false, organisations: 2, roles: ['medical', 'shopping-street'], missingRoles: 1 },
  sessions: [session], version: 3,
}
const registration = (id: number, name: string, kana: string, status: string) => ({
  id, sessionId: 31, sessionStartsAt: session.startsAt, participantId: id + 100, name, nameKana: kana, phone: '03-1111-0000',
  email: null, channel: 'phone', status, waitlistPosition: status === 'waitlisted' ? 1 : null, answers: {}, attendedAt: null,
  createdAt: '2026-04-01T00:00:00Z', checkInCode: 'ABCD2345', version: 0,
})

type Answer = (url: URL, init: RequestInit) => unknown

async function render(component: Component, path: string, answer: Answer) {
  const fetch = mockFetch(answer)
  const mounted = await mountAt(component, path)
  await flushPromises()
  return { wrapper: mounted.wrapper, fetch }
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

describe('seminar views', () => {
  it('the list flags a seminar below the rule of three', async () => {
    const { wrapper } = await render(SeminarListView, '/regions/yamato/seminars', () => [
      { id: 30, kind: 'single', title: '二者のセミナー', venueName: '会館', audience: 'open', capacity: 100, fee: 0, sessions: 1,
        firstStartsAt: session.startsAt, lastStartsAt: session.startsAt, nextStartsAt: session.startsAt, ruleOfThree: false, organisations: 2 },
    ])
    const text = wrapper.find('[data-test="seminar-list"]').text()
    expect(text).toContain('二者のセミナー')
    expect(text).toContain('三者の原則に満たない')
    expect(text).toContain('2099-05-16')
  })

  it('the detail shows the organisers, the missing role and the seats', async () => {
    const { wrapper } = await render(SeminarDetailView, '/regions/yamato/seminars/30', (url) =>
      url.pathname.endsWith('/participation')
        ? { seminarId: 30, title: seminar.title, sessions: [], totalAttendances: 0, uniqueParticipants: 0, firstTimers: 0, returning: 0, noShows: 0, walkIns: 0 }
        : seminar,
    )
    const text = wrapper.text()
    expect(text).toContain('山王みなみ病院（医療・講師）')
    expect(text).toContain('三者の原則まであと1者')
    expect(wrapper.find('[data-test="sessions"]').text()).toContain('申込 2 / 定員 2')
    expect(wrapper.find('[data-test="sessions"]').text()).toContain('キャンセル待ち 1名')
  })

  it('the form counts the roles still missing as organisers are added', async () => {
    const { wrapper } = await render(SeminarFormView, '/regions/yamato/seminars/new', () => [])
    expect(wrapper.find('[data-test="rule-of-three"]').text()).toContain('あと3者')
    await wrapper.find('[data-test="organiser-add"]').trigger('click')
    expect(wrapper.findAll('[data-test="organiser-row"]')).toHaveLength(1)
    expect(wrapper.find('[data-test="rule-of-three"]').text()).toContain('あと2者')
  })

  it('a tap at the door ticks the person and the count follows', async () => {
    const people = [registration(1, '髙橋 﨑子', 'タカハシ サキコ', 'registered'), registration(2, '森 一郎', 'モリ イチロウ', 'waitlisted')]
    const { wrapper, fetch } = await render(SessionAttendanceView, '/regions/yamato/seminars/30/sessions/31/attendance', (url, init) => {
      if (url.pathname.endsWith('/attendance') && init.method === 'POST') return { ...people[0], status: 'attended' }
      return url.pathname.endsWith('/registrations') ? people : seminar
    })
    expect(wrapper.find('[data-test="attendance-counts"]').text()).toBe('出席 0 / 申込 1')
    await wrapper.findAll('[data-test="attendance-person"]')[0]!.trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-test="attendance-counts"]').text()).toBe('出席 1 / 申込 1')
    const tick = fetch.fetchMock.mock.calls.find(([u]) => String(u).endsWith('/seminar-registrations/1/attendance'))
    expect(JSON.parse(String(tick?.[1]?.body))).toEqual({ attended: true })
  })

  it('the statistics show the year totals and the share meeting the rule', async () => {
    const { wrapper } = await render(SeminarStatisticsView, '/regions/yamato/seminar-statistics', (url) =>
      url.pathname.endsWith('/lapsed')
        ? []
        : {
            fiscalYear: 2026, fiscalYearLabel: '令和8年度', sessionsHeld: 430, attendances: 4950, uniqueParticipants: 812, firstTimers: 120,
            returning: 692, noShows: 50, walkIns: 30, seminars: 40, seminarsMeetingRuleOfThree: 30, sessionsMeetingRuleOfThree: 400,
            ruleOfThreePercent: 75, months: Array.from({ length: 12 }, (_, i) => ({ year: 2026, month: ((i + 3) % 12) + 1, sessions: 1, attendances: 2 })),
            bySeminar: [],
          },
    )
    const cards = wrapper.find('[data-test="statistics-cards"]').text()
    expect(cards).toContain('430')
    expect(cards).toContain('4,950')
    expect(cards).toContain('75%')
    const option = JSON.parse(wrapper.find('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.xAxis.data[0]).toBe('4月')
  })
})

describe('registrations', () => {
  it('lists the seat holders and the waitlist with its order, each cancellable before the session', async () => {
    const { default: SessionRegistrationsView } = await import('../SessionRegistrationsView.vue')
    const people = [registration(1, '髙橋 﨑子', 'タカハシ サキコ', 'registered'), registration(2, '森 一郎', 'モリ イチロウ', 'waitlisted')]
    const { wrapper } = await render(SessionRegistrationsView, '/regions/yamato/seminars/30/sessions/31/registrations', (url) =>
      url.pathname.endsWith('/registrations') ? people : seminar,
    )
    expect(wrapper.find('[data-test="capacity"]').text()).toContain('満席です')
    const table = wrapper.find('[data-test="registrations"]').text()
    expect(table).toContain('キャンセル待ち')
    expect(table).toContain('1番目')
    expect(wrapper.findAll('[data-test="cancel"]')).toHaveLength(2)
  })
})
