import { http, seg, type Download } from './client'
import type { Page } from './sponsors'

export const SEXES = ['female', 'male', 'other', 'unanswered'] as const
export const LIVING_SITUATIONS = ['alone', 'elderly-only', 'with-family', 'other'] as const
export const CARE_LEVELS = ['none', 'applying', 'support-1', 'support-2', 'care-1', 'care-2', 'care-3', 'care-4', 'care-5'] as const
export const DISCLOSURE_RECIPIENTS = ['hospital', 'police', 'fire'] as const
export const CONNECTION_KINDS = ['family', 'neighbour', 'friend', 'care-manager', 'doctor', 'place', 'other'] as const
export const STATUSES = ['active', 'in-hospital', 'in-facility', 'moved', 'deceased', 'withdrawn'] as const
export const STATUS_GROUPS = ['current', 'ended', 'all'] as const
export const REVOKE_REASONS = ['lost', 'damaged', 'returned', 'other'] as const

export type RegistrantStatus = (typeof STATUSES)[number]
export type StatusFilter = (typeof STATUS_GROUPS)[number] | RegistrantStatus
export type RevokeReason = (typeof REVOKE_REASONS)[number]

export interface MedicalNotes {
  conditions: string | null
  medication: string | null
  allergies: string | null
  familyDoctor: string | null
  familyDoctorPhone: string | null
  hospital: string | null
  notes: string | null
}

export interface Consent {
  formVersion: string | null
  consentedOn: string | null
  discloseTo: string[]
}

export interface Connection {
  priority: number | null
  kind: string
  name: string
  relation: string | null
  phone: string | null
  notes: string | null
}

export interface StatusChange {
  at: string
  actor: string
  fromStatus: string | null
  toStatus: string
  effectiveOn: string
  reason: string
}

export interface KeychainEntry {
  number: string
  issuedAt: string
  issuedBy: string
  revokedAt: string | null
  revokedBy: string | null
  revokeReason: string | null
  replacedBy: string | null
}

/** A registrant's page; in the `limited` view every field beyond name, consent, status and keychains is null. */
export interface RegistrantView {
  id: number
  view: 'full' | 'limited'
  centreId: number
  centreName: string
  name: string | null
  nameKana: string | null
  birthDate: string | null
  birthDateJapanese: string | null
  age: number | null
  sex: string | null
  postalCode: string | null
  address: string | null
  phone: string | null
  livingSituation: string | null
  livingNotes: string | null
  careLevel: string | null
  medical: MedicalNotes | null
  consent: Consent
  connections: Connection[] | null
  status: RegistrantStatus
  statusSince: string
  statusHistory: StatusChange[] | null
  keychains: KeychainEntry[]
  erased: boolean
  mayEdit: boolean
  accessPurpose: string | null
  version: number
  createdAt: string
  updatedAt: string
}

export interface RegistrantSummary {
  id: number
  name: string | null
  nameKana: string | null
  centreId: number
  centreName: string
  status: RegistrantStatus
  statusSince: string
  number: string | null
  erased: boolean
  version: number
}

export interface RegistrantQuery {
  q?: string
  centre?: number
  status?: StatusFilter
  page?: number
  size?: number
}

/** What the form edits; dates are `YYYY-MM-DD` or null, optional texts empty strings. */
export interface RegistrantForm {
  centreId: number | null
  name: string
  nameKana: string
  birthDate: string | null
  sex: string
  postalCode: string
  address: string
  phone: string
  livingSituation: string
  livingNotes: string
  careLevel: string
  medical: Record<keyof MedicalNotes, string>
  consent: { formVersion: string; consentedOn: string | null; discloseTo: string[] }
  connections: { kind: string; name: string; relation: string; phone: string; notes: string }[]
}

export interface AccessRecord {
  id: number
  at: string
  username: string
  displayName: string | null
  roles: string[]
  centreName: string | null
  action: string
  sections: string[]
  access: 'full' | 'limited' | 'none'
  purpose: string | null
  outcome: string
}

export interface RegistrySettings {
  withdrawalRetentionDays: number
  version: number
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim())

/** What the server receives: blanks as null, connections numbered in the order shown. */
export function registrantPayload(form: RegistrantForm) {
  const medical = Object.fromEntries(Object.entries(form.medical).map(([k, v]) => [k, blankToNull(v)]))
  return {
    centreId: form.centreId,
    name: form.name.trim(),
    nameKana: form.nameKana.trim(),
    birthDate: form.birthDate || null,
    sex: form.sex || null,
    postalCode: blankToNull(form.postalCode),
    address: form.address.trim(),
    phone: blankToNull(form.phone),
    livingSituation: form.livingSituation || null,
    livingNotes: blankToNull(form.livingNotes),
    careLevel: form.careLevel || null,
    medical,
    consent: { formVersion: form.consent.formVersion.trim(), consentedOn: form.consent.consentedOn || null, discloseTo: form.consent.discloseTo },
    connections: form.connections.map((c, i) => ({
      priority: i + 1,
      kind: c.kind,
      name: c.name.trim(),
      relation: blankToNull(c.relation),
      phone: blankToNull(c.phone),
      notes: blankToNull(c.notes),
    })),
  }
}

export const searchRegistrants = (region: string, query: RegistrantQuery, signal?: AbortSignal) =>
  http.get<Page<RegistrantSummary>>(`${base(region)}/registrants`, { ...query }, signal)

/** `reason`: why the full record of another centre's registrant is needed; it is kept in the access log. */
export const getRegistrant = (region: string, id: number | string, reason?: string) =>
  http.get<RegistrantView>(`${base(region)}/registrants/${seg(id)}`, { reason })

export const createRegistrant = (region: string, form: RegistrantForm) =>
  http.post<RegistrantView>(`${base(region)}/registrants`, registrantPayload(form))

export const updateRegistrant = (region: string, id: number | string, form: RegistrantForm, version: number) =>
  http.put<RegistrantView>(`${base(region)}/registrants/${seg(id)}`, { ...registrantPayload(form), version })

export const changeRegistrantStatus = (region: string, id: number, status: string, effectiveOn: string, reason: string, version: number) =>
  http.post<RegistrantView>(`${base(region)}/registrants/${seg(id)}/status`, { status, effectiveOn, reason, version })

export const getAccessLog = (region: string, id: number | string) =>
  http.get<AccessRecord[]>(`${base(region)}/registrants/${seg(id)}/access-log`)

export const getRegistrySettings = (region: string) => http.get<RegistrySettings>(`${base(region)}/registry-settings`)

export const saveRegistrySettings = (region: string, settings: RegistrySettings) =>
  http.put<RegistrySettings>(`${base(region)}/registry-settings`, settings)

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export function exportAccessLog(region: string, from: string, to: string, format: 'xlsx' | 'csv'): Promise<Download> {
  return http.download(`${base(region)}/access-log/export`, { from, to, format }, format === 'xlsx' ? XLSX_TYPE : 'text/csv')
}

/** A registrant's photo as the page shows it (the picture itself comes from `getRegistrantPhoto`). */
export interface RegistrantPhotoInfo {
  present: boolean
  mediaType: string | null
  width: number | null
  height: number | null
  updatedAt: string | null
}

/** The server refuses larger photos; it scales them to 800 px and removes their metadata. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

const photoPath = (region: string, id: number | string) => `/api/v1/regions/${seg(region)}/registrants/${seg(id)}/photo`

/** The photo as a Blob (each showing is written to the access log); a 404 problem when there is none. */
export function getRegistrantPhoto(region: string, id: number | string, reason?: string): Promise<Download> {
  return http.download(photoPath(region, id), { reason }, 'image/jpeg, image/png')
}

export function uploadRegistrantPhoto(region: string, id: number | string, file: File): Promise<RegistrantPhotoInfo> {
  return http.uploadPut<RegistrantPhotoInfo>(photoPath(region, id), file, file.type || 'application/octet-stream')
}

export function deleteRegistrantPhoto(region: string, id: number | string): Promise<void> {
  return http.delete<void>(photoPath(region, id))
}
