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

export interface SponsorCountMatrix {
  regions: RegionRef[]
  categories: { code: string; nameJa: string; nameEn: string }[]
  counts: { regionCode: string; categoryCode: string; count: number }[]
}

export const listHqRegions = () => http.get<RegionRef[]>('/api/v1/hq/regions')

export const listHqCategories = () => http.get<HqCategory[]>('/api/v1/hq/sponsor-categories')

export const createHqCategory = (category: NewCategory) =>
  http.post<HqCategory>('/api/v1/hq/sponsor-categories', category)

export const updateHqCategory = (code: string, update: CategoryUpdate) =>
  http.put<HqCategory>(`/api/v1/hq/sponsor-categories/${seg(code)}`, update)

export const getHqSponsorCounts = () => http.get<SponsorCountMatrix>('/api/v1/hq/statistics/sponsor-counts')
