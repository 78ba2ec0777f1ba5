import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { Me } from '@/api/me'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt, regionAdmin } from '@/test/harness'
import HqFiguresView from '../../hq/HqFiguresView.vue'
import RegionComparisonView from '../RegionComparisonView.vue'

vi.mock('vue-echarts', () => ({
  default: defineComponent({
    props: { option: { type: Object, required: true } },
    setup: (props) => () => h('div', { 'data-test': 'chart', 'data-option': JSON.stringify(props.option) }),
  }),
}))

const hq: Me = { ...regionAdmin, roles: ['hq'], regions: [], headOffice: true }
const metrics = [
  { code: 'registrants', kind: 'count', title: 'キーホルダー登録者（有効）' },
  { code: 'renewal-rate', kind: 'rate', title: '更新率' },
]
const regions = [
  { code: 'ota', name: '大田区', nameEn: 'Ota' },
  { code: 'yamato', name: '大和市', nameEn: 'Yamato' },
]
const cell = (regionCode: string | null, fiscalYear: number, metric: string, value: number | null, suppressed = false) => ({
  regionCode, fiscalYear, metric, value, suppressed,
})

function figures(from: number, to: number) {
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  return {
    suppressBelow: 5,
    years: years.map((year) => ({ year, label: `${year}年度`, published: false })),
    metrics,
    regions,
    cells: years.flatMap((y) => [
      cell('ota', y, 'registrants', 120), cell('yamato', y, 'registrants', null, true),
      cell('ota', y, 'renewal-rate', 0.875), cell('yamato', y, 'renewal-rate', null),
    ]),
    medians: years.flatMap((y) => [cell(null, y, 'registrants', null), cell(null, y, 'renewal-rate', null)]),
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  document.body.innerHTML = ''
  setLocale('ja')
})

describe('head office figures', () => {
  it('shows regions side by side with small counts as <5 and draws the chosen figure', async () => {
    mockFetch((url) => {
      if (url.pathname !== '/api/v1/hq/statistics/figures') throw new Error(`unexpected ${url.pathname}`)
      return figures(Number(url.searchParams.get('from')), Number(url.searchParams.get('to')))
    })
    const { wrapper } = await mountAt(HqFiguresView, '/hq/figures', hq)
    await flushPromises()
    const rows = wrapper.findAll('[data-test="hq-figures-row"]').map((r) => r.text())
    expect(rows[0]).toContain('大田区')
    expect(rows[0]).toContain('120')
    expect(rows[0]).toContain('87.5%')
    expect(rows[1]).toContain('<5')
    expect(rows[2]).toContain('全国中央値')
    const option = JSON.parse(wrapper.find('[data-test="chart"]').attributes('data-option') ?? '{}')
    expect(option.series[0].data).toEqual([120, null])
  })
})

describe('region comparison', () => {
  it('shows the own figures beside the median and no other region until published', async () => {
    mockFetch((url) => {
      if (url.pathname.endsWith('/statistics/population')) return { agedSixtyFivePlus: 2000, asOf: null, version: 1 }
      return {
        fiscalYear: 2026, fiscalYearLabel: '令和8年度', published: false, suppressBelow: 5, regions: [], cells: [],
        lines: [{ metric: metrics[0], own: 42, median: 30, medianSuppressed: false }, { metric: metrics[1], own: 0.5, median: null, medianSuppressed: false }],
      }
    })
    const { wrapper } = await mountAt(RegionComparisonView, '/regions/yamato/statistics-comparison', regionAdmin)
    await flushPromises()
    const lines = wrapper.findAll('[data-test="comparison-line"]').map((r) => r.text())
    expect(lines[0]).toContain('42')
    expect(lines[0]).toContain('30')
    expect(lines[1]).toContain('50.0%')
    expect(wrapper.find('[data-test="comparison-published"]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('大田区')
  })
})
