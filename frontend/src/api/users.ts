import { http, seg } from './client'

export const ASSIGNABLE_ROLES = ['region-admin', 'centre-staff', 'responder', 'sponsor-contact'] as const
export type RegionRole = (typeof ASSIGNABLE_ROLES)[number]

export interface RegionUser {
  id: string
  username: string
  email: string
  firstName: string
  lastName: string
  enabled: boolean
  roles: string[]
}

export interface Invitation {
  email: string
  lastName: string
  firstName: string
  role: RegionRole
}

const base = (region: string) => `/api/v1/regions/${seg(region)}/users`

export const listUsers = (region: string) => http.get<RegionUser[]>(base(region))

export const inviteUser = (region: string, invitation: Invitation) => http.post<RegionUser>(base(region), invitation)

export const updateUserRoles = (region: string, userId: string, roles: string[]) =>
  http.put<RegionUser>(`${base(region)}/${seg(userId)}/roles`, { roles })

export const disableUser = (region: string, userId: string) =>
  http.post<RegionUser>(`${base(region)}/${seg(userId)}/disable`)

export const enableUser = (region: string, userId: string) =>
  http.post<RegionUser>(`${base(region)}/${seg(userId)}/enable`)
