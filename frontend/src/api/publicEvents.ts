import { request, seg } from './client'

/** Seats: `open`, `few` (残りわずか) or `full` (満席: an application goes to the waitlist). */
export type Availability = 'open' | 'few' | 'full'

export interface PublicEvent {
  sessionId: number
  seminarId: number
  title: string
  description: string | null
  kind: 'single' | 'series'
  venueName: string | null
  venueAddress: string | null
  startsAt: string
  endsAt: string
  /** 令和8年12月3日（水） */
  dateLabel: string
  /** 14:00〜16:00 */
  timeLabel: string
  fee: number
  seatsLeft: number
  availability: Availability
  questions: string[]
}

export interface PublicCalendar {
  regionCode: string
  regionName: string
  events: PublicEvent[]
}

export interface PublicApplication {
  name: string
  nameKana: string
  phone: string
  email: string
  answers: Record<string, string>
  consent: boolean
  formToken: string
  /** Never shown to people; a program that fills every field fills this one too. */
  website: string
}

export interface Receipt {
  status: 'registered' | 'waitlisted'
  waitlistPosition: number | null
  title: string
  startsAt: string
  endsAt: string
  venueName: string | null
  emailed: boolean
}

const base = (region: string) => `/api/v1/public/regions/${seg(region)}`

export const getPublicCalendar = (region: string) => request<PublicCalendar>('GET', `${base(region)}/events`, { authenticated: false })
export const getApplicationForm = (region: string) =>
  request<{ formToken: string }>('GET', `${base(region)}/application-form`, { authenticated: false })
export const applyOnline = (region: string, sessionId: number, form: PublicApplication) =>
  request<Receipt>('POST', `${base(region)}/events/${seg(sessionId)}/applications`, { body: form, authenticated: false })
