import { http, request, seg } from './client'

export interface CentreForm {
  name: string
  nameKana: string
  postalCode: string
  address: string
  phone: string
  openingHours: string
  afterHoursContact: string
  afterHoursPhone: string
  /** Where the notices of look-ups of the centre's registrants are mailed. */
  email: string
}

export interface Centre {
  id: number
  name: string
  nameKana: string | null
  postalCode: string | null
  address: string | null
  phone: string
  openingHours: string | null
  afterHoursContact: string | null
  afterHoursPhone: string | null
  email: string | null
  /** Staff assigned to the centre. */
  staff: number
  /** Registrants the centre looks after (withdrawals not counted). */
  registrants: number
  /** The centre the signed-in user works at. */
  mine: boolean
  version: number
  createdAt: string
  updatedAt: string
}

export interface StaffMember {
  username: string
  centreId: number
  assignedBy: string
  assignedAt: string
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/centres`
const blankToNull = (value: string) => (value.trim() === '' ? null : value.trim())

export function centrePayload(form: CentreForm) {
  return {
    name: form.name.trim(),
    nameKana: blankToNull(form.nameKana),
    postalCode: blankToNull(form.postalCode),
    address: blankToNull(form.address),
    phone: form.phone.trim(),
    openingHours: blankToNull(form.openingHours),
    afterHoursContact: blankToNull(form.afterHoursContact),
    afterHoursPhone: blankToNull(form.afterHoursPhone),
    email: blankToNull(form.email),
  }
}

export const listCentres = (region: string) => http.get<Centre[]>(base(region))

export const createCentre = (region: string, form: CentreForm) => http.post<Centre>(base(region), centrePayload(form))

export const updateCentre = (region: string, id: number, form: CentreForm, version: number) =>
  http.put<Centre>(`${base(region)}/${seg(id)}`, { ...centrePayload(form), version })

export const deleteCentre = (region: string, id: number, version: number) =>
  request<void>('DELETE', `${base(region)}/${seg(id)}`, { query: { version } })

export const listCentreStaff = (region: string, id: number) => http.get<StaffMember[]>(`${base(region)}/${seg(id)}/staff`)

export const assignStaff = (region: string, id: number, username: string) =>
  http.put<StaffMember>(`${base(region)}/${seg(id)}/staff/${seg(username)}`, {})

export const unassignStaff = (region: string, id: number, username: string) =>
  request<void>('DELETE', `${base(region)}/${seg(id)}/staff/${seg(username)}`)
