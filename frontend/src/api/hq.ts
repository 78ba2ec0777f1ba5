import { http, seg } from './client'
import type { RegionRef } from './me'

export interface HqCategory {
  code: string
  nameJa: string
  nameEn: string
  sortOrder: number
  archived: boolean
  version: number
}

export interface NewCategory {
  code: string
  nameJa: string
  nameEn: string
  sortOrder: number
}

export interface CategoryUpdate {
  nameJa: string
  nameEn: string
  sortOrder: number
  archived: boolean
  version: number
}

/** A count of 1 to suppressBelow − 1 comes as null with suppressed true, and is shown as "<suppressBelow". */
export interface SuppressedCount {
  count: number | null
  suppressed: boolean
}

export interface SponsorCountMatrix {
  suppressBelow: number
  regions: RegionRef[]
  categories: { code: string; nameJa: string; nameEn: string }[]
  counts: ({ regionCode: string; categoryCode: string } & SuppressedCount)[]
  regionTotals: ({ code: string } & SuppressedCount)[]
  categoryTotals: ({ code: string } & SuppressedCount)[]
  grandTotal: SuppressedCount
}

export const listHqRegions = () => http.get<RegionRef[]>('/api/v1/hq/regions')

export const listHqCategories = () => http.get<HqCategory[]>('/api/v1/hq/sponsor-categories')

export const createHqCategory = (category: NewCategory) =>
  http.post<HqCategory>('/api/v1/hq/sponsor-categories', category)

export const updateHqCategory = (code: string, update: CategoryUpdate) =>
  http.put<HqCategory>(`/api/v1/hq/sponsor-categories/${seg(code)}`, update)

export const getHqSponsorCounts = () => http.get<SponsorCountMatrix>('/api/v1/hq/statistics/sponsor-counts')
