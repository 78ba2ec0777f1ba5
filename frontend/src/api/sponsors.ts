import { http, seg } from './client'

export interface SponsorCategory {
  code: string
  nameJa: string
  nameEn: string
  sortOrder: number
  /** Hidden by the region: not offered for new choices; sponsors filed under it keep it. */
  hidden?: boolean
}

export type SponsorStatus = 'active' | 'archived' | 'all'
export type SponsorSort = 'kana' | 'name' | 'joinedOn' | 'category' | 'updatedAt'
export type SortDir = 'asc' | 'desc'

export interface SponsorQuery {
  q?: string
  category?: string
  status?: SponsorStatus
  sort?: SponsorSort
  dir?: SortDir
  page?: number
  size?: number
}

export interface SponsorSummary {
  id: number
  name: string
  nameKana: string
  categoryCode: string
  phone: string | null
  email: string | null
  joinedOn: string | null
  archived: boolean
  version: number
  /** Not in docs/api.md's SponsorSummary; shown when the server sends it (the list sorts by it). */
  updatedAt?: string | null
}

export interface Page<T> {
  items: T[]
  total: number
  page: number
  size: number
}

export interface SponsorContact {
  name: string
  nameKana: string
  title: string
  phone: string
  email: string
}

export interface SponsorForm {
  name: string
  nameKana: string
  categoryCode: string
  postalCode: string
  address: string
  phone: string
  email: string
  joinedOn: string | null
  notes: string
  contacts: SponsorContact[]
}

export interface SponsorView extends SponsorForm {
  id: number
  archived: boolean
  archivedAt: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface SponsorCount {
  categoryCode: string
  count: number
}

export type HistoryAction = 'created' | 'updated' | 'archived' | 'restored'

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface SponsorHistoryEntry {
  at: string
  actor: string
  action: HistoryAction
  changes: FieldChange[]
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`

const blankToNull = (value: string | null) => (value === null || value.trim() === '' ? null : value.trim())

/** What the server receives: optional fields left blank are sent as null, not as empty strings. */
export function sponsorPayload(form: SponsorForm) {
  return {
    name: form.name.trim(),
    nameKana: form.nameKana.trim(),
    categoryCode: form.categoryCode,
    postalCode: blankToNull(form.postalCode),
    address: blankToNull(form.address),
    phone: blankToNull(form.phone),
    email: blankToNull(form.email),
    joinedOn: form.joinedOn || null,
    notes: blankToNull(form.notes),
    contacts: form.contacts.map((c) => ({
      name: c.name.trim(),
      nameKana: blankToNull(c.nameKana),
      title: blankToNull(c.title),
      phone: blankToNull(c.phone),
      email: blankToNull(c.email),
    })),
  }
}

export const listSponsorCategories = (region: string) =>
  http.get<SponsorCategory[]>(`${base(region)}/sponsor-categories`)

export const listSponsors = (region: string, query: SponsorQuery, signal?: AbortSignal) =>
  http.get<Page<SponsorSummary>>(`${base(region)}/sponsors`, { ...query }, signal)

export const getSponsorCounts = (region: string) => http.get<SponsorCount[]>(`${base(region)}/sponsors/counts`)

export const getSponsor = (region: string, id: number | string) =>
  http.get<SponsorView>(`${base(region)}/sponsors/${seg(id)}`)

export const createSponsor = (region: string, form: SponsorForm) =>
  http.post<SponsorView>(`${base(region)}/sponsors`, sponsorPayload(form))

export const updateSponsor = (region: string, id: number | string, form: SponsorForm, version: number) =>
  http.put<SponsorView>(`${base(region)}/sponsors/${seg(id)}`, { ...sponsorPayload(form), version })

export const archiveSponsor = (region: string, id: number | string, version: number) =>
  http.post<SponsorView>(`${base(region)}/sponsors/${seg(id)}/archive`, { version })

export const restoreSponsor = (region: string, id: number | string, version: number) =>
  http.post<SponsorView>(`${base(region)}/sponsors/${seg(id)}/restore`, { version })

export const getSponsorHistory = (region: string, id: number | string) =>
  http.get<SponsorHistoryEntry[]>(`${base(region)}/sponsors/${seg(id)}/history`)
