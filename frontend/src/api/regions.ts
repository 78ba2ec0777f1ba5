import { http, seg } from './client'
import type { RegionRef } from './me'

export const getRegion = (region: string) => http.get<RegionRef>(`/api/v1/regions/${seg(region)}`)
