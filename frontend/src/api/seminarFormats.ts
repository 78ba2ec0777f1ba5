import { http, seg } from './client'

/** A named seminar format from the template library: what a new seminar of this kind starts with. */
export interface SeminarFormat {
  name: string
  durationMinutes: number
  capacity: number
  description: string
}

export interface SeminarFormats {
  /** The version of the list in force, e.g. 第2版 or 第2版・地域改訂1. */
  version: string
  formats: SeminarFormat[]
}

export const listSeminarFormats = (region: string) => http.get<SeminarFormats>(`/api/v1/regions/${seg(region)}/seminar-formats`)
