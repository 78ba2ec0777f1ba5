import { http, seg, type Download } from './client'

export const CONTACT_METHODS = ['visit', 'phone', 'centre', 'letter'] as const
export const CONTACT_OUTCOMES = ['updated', 'no-change', 'unreachable'] as const
/** The parts of the record an update may change: the registrant form's field names. */
export const CHANGEABLE_FIELDS = ['name', 'nameKana', 'birthDate', 'sex', 'postalCode', 'address', 'phone', 'livingSituation', 'livingNotes',
  'careLevel', 'medical', 'consent', 'connections'] as const
export const POSTCARD_FORMATS = ['postcard', 'letter'] as const

export type ContactMethod = (typeof CONTACT_METHODS)[number]
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number]
export type PostcardFormat = (typeof POSTCARD_FORMATS)[number]

export interface LastContact {
  contactedOn: string
  method: ContactMethod
  outcome: ContactOutcome
  followUp: boolean
}

/** One registrant on the month's list; `monthsOverdue` > 0 marks one carried over (持ち越し). */
export interface WorklistItem {
  registrantId: number
  version: number
  name: string
  nameKana: string
  birthDate: string
  age: number
  postalCode: string | null
  address: string
  phone: string | null
  livingSituation: string | null
  careLevel: string | null
  cycleYear: number
  cycleMonth: number
  monthsOverdue: number
  lastUpdatedOn: string
  neverUpdated: boolean
  attempts: number
  lastContact: LastContact | null
  firstContactName: string | null
  firstContactRelation: string | null
  firstContactPhone: string | null
}

export interface Worklist {
  year: number
  month: number
  centreId: number
  centreName: string
  dueThisMonth: number
  carriedOver: number
  items: WorklistItem[]
}

export interface ContactForm {
  registrantId: number
  registrantVersion: number
  contactedOn: string | null
  method: ContactMethod | ''
  outcome: ContactOutcome | ''
  changedFields: string[]
  concern: string
  followUp: boolean
}

export interface ContactView {
  id: number
  registrantId: number
  cycleYear: number
  cycleMonth: number
  contactedOn: string
  method: ContactMethod
  outcome: ContactOutcome
  changedFields: string[]
  concern: string | null
  followUp: boolean
  username: string
  displayName: string | null
  recordedAt: string
  completed: boolean
}

/** month 0 is the whole year; percent is null when nothing was due. */
export interface MonthProgress {
  month: number
  due: number
  done: number
  overdue: number
  percent: number | null
}

export interface CentreProgress {
  centreId: number
  centreName: string
  months: MonthProgress[]
  total: MonthProgress
}

export interface Progress {
  year: number
  currentMonth: number
  centres: CentreProgress[]
  totals: MonthProgress[]
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/updates`

export const getWorklist = (region: string, year: number, month: number) =>
  http.get<Worklist>(`${base(region)}/worklist`, { year, month })

export const downloadPostcards = (region: string, year: number, month: number, format: PostcardFormat, registrantIds: number[]): Promise<Download> =>
  http.download(`${base(region)}/postcards.pdf`, { year, month, format, ids: registrantIds.join(',') })

export const recordContact = (region: string, form: ContactForm) =>
  http.post<ContactView>(`${base(region)}/contacts`, {
    ...form,
    method: form.method || null,
    outcome: form.outcome || null,
    concern: form.concern.trim() === '' ? null : form.concern.trim(),
    changedFields: form.outcome === 'updated' ? form.changedFields : [],
  })

export const getContacts = (region: string, registrantId: number) =>
  http.get<ContactView[]>(`${base(region)}/registrants/${seg(registrantId)}/contacts`)

export const getProgress = (region: string, year: number) => http.get<Progress>(`${base(region)}/progress`, { year })
