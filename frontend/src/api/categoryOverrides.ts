import { http, seg } from './client'

/** A shared sponsor category as one region uses it: hidden from its choices, or under its own label. */
export interface CategoryOverride {
  code: string
  hqNameJa: string
  hqNameEn: string
  sortOrder: number
  hidden: boolean
  /** The region's own label; null uses head office's. */
  nameJa: string | null
  nameEn: string | null
  /** null while the region has no override. */
  version: number | null
  /** Head office changed the category after the region set its override. */
  upstreamChanged: boolean
}

export interface CategoryOverrideForm {
  hidden: boolean
  nameJa: string | null
  nameEn: string | null
  version: number | null
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/sponsor-categories`

export const listCategoryOverrides = (region: string) => http.get<CategoryOverride[]>(`${base(region)}/overrides`)

export const saveCategoryOverride = (region: string, code: string, form: CategoryOverrideForm) =>
  http.put<CategoryOverride>(`${base(region)}/${seg(code)}/override`, form)

export const revertCategoryOverride = (region: string, code: string, version: number) =>
  http.delete<CategoryOverride>(`${base(region)}/${seg(code)}/override?version=${seg(version)}`)
