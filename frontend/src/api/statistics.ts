import { http, seg, type Download } from './client'
import type { RegionRef } from './me'

export type MetricKind = 'count' | 'rate' | 'money' | 'per-thousand'

export interface FigureCell {
  regionCode: string | null
  fiscalYear: number
  metric: string
  value: number | null
  suppressed: boolean
}

export interface FiguresReport {
  suppressBelow: number
  years: { year: number; label: string; published: boolean }[]
  metrics: { code: string; kind: MetricKind; title: string }[]
  regions: RegionRef[]
  cells: FigureCell[]
  medians: FigureCell[]
}

export interface RegionComparison {
  fiscalYear: number
  fiscalYearLabel: string
  published: boolean
  suppressBelow: number
  lines: { metric: FiguresReport['metrics'][number]; own: number | null; median: number | null; medianSuppressed: boolean }[]
  regions: RegionRef[]
  cells: FigureCell[]
}

export interface PopulationSetting {
  agedSixtyFivePlus: number | null
  asOf: string | null
  version: number
}

export type FiguresExportChoice = 'xlsx' | 'csv-utf8' | 'csv-cp932'
export const FIGURES_EXPORT_CHOICES: FiguresExportChoice[] = ['xlsx', 'csv-utf8', 'csv-cp932']
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export interface FiguresQuery {
  from: number
  to: number
  metrics: string[]
}

const query = (q: FiguresQuery) => ({ from: q.from, to: q.to, metrics: q.metrics.join(',') || undefined })

export const getHqFigures = (q: FiguresQuery) => http.get<FiguresReport>('/api/v1/hq/statistics/figures', query(q))

export function exportHqFigures(q: FiguresQuery, choice: FiguresExportChoice): Promise<Download> {
  const format =
    choice === 'xlsx' ? { format: 'xlsx' } : { format: 'csv', encoding: choice === 'csv-cp932' ? 'cp932' : 'utf-8-bom' }
  return http.download('/api/v1/hq/statistics/figures/export', { ...query(q), ...format }, choice === 'xlsx' ? XLSX_TYPE : 'text/csv')
}

export const setPublication = (year: number, published: boolean) =>
  http.put<{ published: boolean }>(`/api/v1/hq/statistics/publications/${seg(year)}`, { published })

export const getRegionComparison = (region: string, year: number) =>
  http.get<RegionComparison>(`/api/v1/regions/${seg(region)}/statistics/comparison`, { year })

export const getPopulation = (region: string) => http.get<PopulationSetting>(`/api/v1/regions/${seg(region)}/statistics/population`)

export const savePopulation = (region: string, setting: PopulationSetting) =>
  http.put<PopulationSetting>(`/api/v1/regions/${seg(region)}/statistics/population`, setting)
