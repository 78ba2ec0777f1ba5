import { http, request, seg } from './client'

/** One partner organisation of a new region and its role code (medical, care, business, …). */
export interface Partner {
  name: string
  role: string
}

export interface ApplicationForm {
  regionName: string
  code: string
  municipality: string
  organiserName: string
  organiserEmail: string
  organisation: string
  partners: Partner[]
  expectedCentres: number | null
  message: string
  agreedToTerms: boolean
  formToken?: string
  /** Never shown to people: a bot fills it in. */
  website?: string
}

export interface FormStart {
  formToken: string
  partnerRoles: { code: string; label: string }[]
  reservedCodes: string[]
}

export interface ProvisioningStep {
  step: 'region' | 'keychain-prefix' | 'organization' | 'invitation'
  state: 'pending' | 'done' | 'failed'
  error: string | null
  attempts: number
  updatedAt: string
}

export interface RegionApplication {
  id: number
  code: string
  regionName: string
  municipality: string
  organiserName: string
  organiserEmail: string
  organisation: string
  partners: Partner[]
  expectedCentres: number
  message: string | null
  status: 'unverified' | 'submitted' | 'changes-requested' | 'approved' | 'rejected'
  reviewMessage: string | null
  submittedAt: string | null
  createdAt: string
  version: number
  regionStatus: 'active' | 'suspended' | null
  steps: ProvisioningStep[]
  invitationSentAt: string | null
  invitationAcceptedAt: string | null
}

export interface Invitation {
  regionCode: string
  regionName: string
  email: string
  organiserName: string
  accepted: boolean
}

export interface LaunchItem {
  key: 'partners' | 'centre' | 'sponsors' | 'consentForm' | 'seminar'
  done: boolean
  automatic: boolean
  detail: string | null
}

export interface LaunchPartner {
  id: number
  name: string
  role: string
  roleLabel: string
  agreementSignedAt: string | null
  version: number
}

export interface LaunchChecklist {
  items: LaunchItem[]
  done: number
  total: number
  partners: LaunchPartner[]
  consentFormReviewedAt: string | null
}

const PUBLIC = '/api/v1/public/onboarding'
const anonymous = { authenticated: false } as const

export const startApplication = () => request<FormStart>('GET', `${PUBLIC}/form`, anonymous)
export const sendApplication = (form: ApplicationForm) =>
  request<{ status: string }>('POST', `${PUBLIC}/applications`, { ...anonymous, body: form })
export const verifyEmail = (token: string) => request<RegionApplication>('POST', `${PUBLIC}/verify`, { ...anonymous, body: { token } })
export const editableApplication = (token: string) =>
  request<RegionApplication>('GET', `${PUBLIC}/applications/edit`, { ...anonymous, query: { token } })
export const resubmitApplication = (token: string, form: ApplicationForm) =>
  request<RegionApplication>('PUT', `${PUBLIC}/applications/edit`, { ...anonymous, query: { token }, body: form })
export const showInvitation = (token: string) => request<Invitation>('GET', `${PUBLIC}/invitations`, { ...anonymous, query: { token } })
export const acceptInvitation = (token: string, password: string) =>
  request<Invitation>('POST', `${PUBLIC}/invitations/accept`, { ...anonymous, body: { token, password } })

const QUEUE = '/api/v1/hq/region-applications'
export const listApplications = () => http.get<RegionApplication[]>(QUEUE)
export const approveApplication = (id: number, version: number) => http.post<RegionApplication>(`${QUEUE}/${seg(id)}/approve`, { version })
export const retryProvisioning = (id: number) => http.post<RegionApplication>(`${QUEUE}/${seg(id)}/retry`, {})
export const requestChanges = (id: number, message: string, version: number) =>
  http.post<RegionApplication>(`${QUEUE}/${seg(id)}/request-changes`, { message, version })
export const rejectApplication = (id: number, message: string, version: number) =>
  http.post<RegionApplication>(`${QUEUE}/${seg(id)}/reject`, { message, version })
export const suspendRegion = (code: string) => http.post<void>(`/api/v1/hq/regions/${seg(code)}/suspend`, {})
export const reactivateRegion = (code: string) => http.post<void>(`/api/v1/hq/regions/${seg(code)}/reactivate`, {})
export const exportRegion = (code: string) => http.download(`/api/v1/hq/regions/${seg(code)}/export`, undefined, 'application/zip')

const checklist = (region: string) => `/api/v1/regions/${seg(region)}/launch-checklist`
export const getLaunchChecklist = (region: string) => http.get<LaunchChecklist>(checklist(region))
export const tickPartner = (region: string, id: number, done: boolean, version: number) =>
  http.put<LaunchChecklist>(`${checklist(region)}/partners/${seg(id)}`, { done, version })
export const tickConsentForm = (region: string, done: boolean) => http.put<LaunchChecklist>(`${checklist(region)}/consent-form`, { done })
