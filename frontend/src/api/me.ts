import { http } from './client'

export interface RegionRef {
  code: string
  name: string
  nameEn: string
}

export interface Me {
  username: string
  displayName: string
  email: string
  roles: string[]
  regions: RegionRef[]
  headOffice: boolean
}

export const getMe = () => http.get<Me>('/api/v1/me')
