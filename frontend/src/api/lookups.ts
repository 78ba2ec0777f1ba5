import { http, request, seg } from './client'

export type LookupReason = 'transport' | 'protection' | 'wandering' | 'other'
export const LOOKUP_REASONS: readonly LookupReason[] = ['transport', 'protection', 'wandering', 'other']
export type OrganisationKind = 'hospital' | 'police' | 'fire' | 'other'
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['hospital', 'police', 'fire', 'other']

export interface LookupRequest {
  number: string
  reason: LookupReason
  reasonText?: string | null
  emergencyReason?: string | null
}

export interface LookupResult {
  number: string
  display: string
  /** shown: the person; revoked: the keychain is no longer in use; ended: the registration has ended. */
  result: 'shown' | 'revoked' | 'ended'
  emergency: boolean
  regionName: string
  person: { name: string; nameKana: string; birthDate: string | null; photo: string | null } | null
  centre: { name: string; phone: string; afterHoursContact: string | null; afterHoursPhone: string | null }
  connections: { priority: number; name: string; relation: string | null; phone: string | null }[]
  medical: {
    conditions: string | null
    medication: string | null
    allergies: string | null
    familyDoctor: string | null
    familyDoctorPhone: string | null
    hospital: string | null
    notes: string | null
  } | null
  medicalWithheld: boolean
  shownFields: string[]
  at: string
}

export interface ResponderProfile {
  username: string
  organisationId: number | null
  organisationName: string | null
  organisationKind: OrganisationKind | null
  approved: boolean
}

export interface LookupNotice {
  id: number
  at: string
  centreId: number
  registrantId: number
  number: string
  result: 'shown' | 'revoked' | 'ended' | 'refused'
  emergency: boolean
  responderRegion: string
  responderUsername: string
  responderName: string | null
  organisationName: string | null
  organisationKind: OrganisationKind | null
  reason: LookupReason
  reasonText: string | null
  mailStatus: 'pending' | 'sent' | 'failed' | 'no-address'
  readAt: string | null
  readBy: string | null
}

export interface ResponderOrganisation {
  id: number
  name: string
  kind: OrganisationKind
  phone: string
  approved: boolean
  approvedBy: string | null
  approvedAt: string | null
  members: number
  version: number
}

export interface OrganisationForm {
  name: string
  kind: OrganisationKind
  phone: string
  approved: boolean
}

export interface ResponderMember {
  username: string
  organisationId: number
  assignedBy: string
  assignedAt: string
}

export interface EmergencyDisclosure {
  id: number
  at: string
  username: string
  displayName: string | null
  organisationName: string | null
  number: string
  homeRegion: string | null
  result: string
  reason: LookupReason
  reasonText: string | null
  justification: string
  reviewedAt: string | null
  reviewedBy: string | null
  reviewNote: string | null
  version: number
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`
const organisations = (region: string) => `${base(region)}/responder-organisations`

export const lookUp = (region: string, body: LookupRequest) => http.post<LookupResult>(`${base(region)}/lookups`, body)
export const getResponderProfile = (region: string) => http.get<ResponderProfile>(`${base(region)}/responder-profile`)

export const getLookupNotices = (region: string) =>
  http.get<{ unread: number; notices: LookupNotice[] }>(`${base(region)}/lookup-notices`)
export const markNoticeRead = (region: string, id: number) =>
  http.post<LookupNotice>(`${base(region)}/lookup-notices/${seg(id)}/read`, {})

export const listDisclosures = (region: string, pending: boolean) =>
  request<EmergencyDisclosure[]>('GET', `${base(region)}/emergency-disclosures`, { query: { pending } })
export const reviewDisclosure = (region: string, id: number, note: string, version: number) =>
  http.post<EmergencyDisclosure>(`${base(region)}/emergency-disclosures/${seg(id)}/review`, { note, version })

export const listOrganisations = (region: string) => http.get<ResponderOrganisation[]>(organisations(region))
export const createOrganisation = (region: string, form: OrganisationForm) =>
  http.post<ResponderOrganisation>(organisations(region), form)
export const updateOrganisation = (region: string, id: number, form: OrganisationForm, version: number) =>
  http.put<ResponderOrganisation>(`${organisations(region)}/${seg(id)}`, { ...form, version })
export const deleteOrganisation = (region: string, id: number, version: number) =>
  request<void>('DELETE', `${organisations(region)}/${seg(id)}`, { query: { version } })
export const listMembers = (region: string, id: number) =>
  http.get<ResponderMember[]>(`${organisations(region)}/${seg(id)}/members`)
export const assignMember = (region: string, id: number, username: string) =>
  http.put<ResponderMember>(`${organisations(region)}/${seg(id)}/members/${seg(username)}`, {})
export const removeMember = (region: string, id: number, username: string) =>
  request<void>('DELETE', `${organisations(region)}/${seg(id)}/members/${seg(username)}`)
