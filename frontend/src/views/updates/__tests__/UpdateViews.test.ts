import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Me } from '@/api/me'
import type { Progress, WorklistItem } from '@/api/updates'
import { mockFetch, mountAt, regionAdmin } from '@/test/harness'
import BirthMonthWorklistView from '../BirthMonthWorklistView.vue'
import UpdateProgressView from '../UpdateProgressView.vue'

vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-test': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const staff: Me = { ...regionAdmin, username: 'staff.yamato', roles: ['centre-staff'] }

const item = (over: Partial<WorklistItem>): WorklistItem => ({
  registrantId: 1, version: 0, name: '山田 ハナ', nameKana: 'ヤマダ ハナ', birthDate: '1944-11-15', age: 82, postalCode: '143-0016',
  address: '東京都大田区大森北1-2-3', phone: '03-3761-1234', livingSituation: 'alone', careLevel: 'support-1', cycleYear: 2026, cycleMonth: 11,
  monthsOverdue: 0, lastUpdatedOn: '2025-11-10', neverUpdated: false, attempts: 0, lastContact: null, firstContactName: '山田 一郎',
  firstContactRelation: '長男', firstContactPhone: '090-1234-5678', ...over,
})

/** Twelve months with only November due. */
const november = (due: number, done: number) => Array.from({ length: 12 }, (_, i) => (i === 10
  ? { month: 11, due, done, overdue: 0, percent: Math.round((done * 100) / due) }
  : { month: i + 1, due: 0, done: 0, overdue: 0, percent: null }))

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
})

describe('birth-month updates', () => {
  it('the worklist marks those carried over and asks for the chosen month', async () => {
    const { urls } = mockFetch(() => ({
      year: 2026, month: 11, centreId: 3, centreName: '大森地域包括支援センター', dueThisMonth: 1, carriedOver: 1,
      items: [item({}), item({ registrantId: 2, name: '佐藤 トメ', monthsOverdue: 2, cycleMonth: 9, attempts: 1,
        lastContact: { contactedOn: '2026-10-02', method: 'phone', outcome: 'unreachable', followUp: true } })],
    }))
    const { wrapper } = await mountAt(BirthMonthWorklistView, '/regions/yamato/birth-month-updates?month=2026-11', staff)
    await flushPromises()
    expect(urls()[0]).toContain('/api/v1/regions/yamato/updates/worklist?year=2026&month=11')
    expect(wrapper.find('[data-test="worklist-summary"]').text()).toContain('今月 1人・持ち越し 1人')
    const carried = wrapper.findAll('[data-test="worklist-carried"]')
    expect(carried).toHaveLength(1)
    expect(carried[0]!.text()).toBe('持ち越し 2か月')
    expect(wrapper.text()).toContain('連絡 1回（不在）')
    expect(wrapper.text()).toContain('要フォロー')
    expect(wrapper.text()).toContain('令和')
  })

  it('the progress shows each centre, the total row and a chart of due and done', async () => {
    const progress: Progress = {
      year: 2026, currentMonth: 11,
      centres: [
        { centreId: 3, centreName: '大森', months: november(4, 1),
          total: { month: 0, due: 4, done: 1, overdue: 0, percent: 25 } },
        { centreId: 4, centreName: '入新井', months: november(4, 3),
          total: { month: 0, due: 4, done: 3, overdue: 0, percent: 75 } },
      ],
      totals: november(8, 4),
    }
    mockFetch(() => progress)
    const { wrapper } = await mountAt(UpdateProgressView, '/regions/yamato/update-progress?year=2026')
    await flushPromises()
    expect(wrapper.find('[data-test="progress-3-percent"]').text()).toBe('25%')
    expect(wrapper.find('[data-test="progress-all-percent"]').text()).toBe('50%')
    expect(wrapper.find('[data-test="progress-all-11"]').text()).toBe('4/8')
    const option = JSON.parse(wrapper.find('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.series[0].data[10]).toBe(8)
    expect(option.series[1].data[10]).toBe(4)
  })
})
