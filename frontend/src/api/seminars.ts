import { http, seg } from './client'

export type SeminarKind = 'single' | 'series'
export type Audience = 'open' | 'members' | 'invited'
export type OrganiserPart = 'host' | 'lecture' | 'support'
export const ORGANISER_ROLES = [
  'medical',
  'care',
  'welfare',
  'business',
  'shopping-street',
  'government',
  'residents',
  'education',
  'other',
] as const
export type OrganiserRole = (typeof ORGANISER_ROLES)[number]
export type RegistrationStatus = 'registered' | 'waitlisted' | 'cancelled' | 'attended' | 'no-show'
export type Channel = 'online' | 'phone' | 'paper' | 'walk-in'

export interface Venue {
  id: number
  name: string
  address: string | null
  capacity: number | null
  notes: string | null
  archived: boolean
  version: number
}

export interface VenueForm {
  name: string
  address: string
  capacity: number | null
  notes: string
  archived?: boolean
}

export interface Organiser {
  sponsorId: number | null
  name: string | null
  role: OrganiserRole
  part: OrganiserPart
}

export interface OrganiserView extends Organiser {
  roleLabel: string
}

export interface RuleOfThree {
  met: boolean
  organisations: number
  roles: OrganiserRole[]
  missingRoles: number
}

/** Local date-times in Japan time: `2026-05-10T14:00`. */
export interface SessionSlot {
  startsAt: string
  endsAt: string
}

export interface Session extends SessionSlot {
  id: number
  seminarId: number
  cancelled: boolean
  capacity: number
  registered: number
  waitlisted: number
  attended: number
  version: number
}

export interface SeminarForm {
  kind: SeminarKind
  title: string
  description: string
  venueId: number | null
  capacity: number | null
  fee: number | null
  audience: Audience
  questions: string[]
  organisers: Organiser[]
  sessions?: SessionSlot[]
}

export interface Seminar {
  id: number
  kind: SeminarKind
  title: string
  description: string | null
  venueId: number | null
  venueName: string | null
  capacity: number
  fee: number
  audience: Audience
  questions: string[]
  organisers: OrganiserView[]
  ruleOfThree: RuleOfThree
  sessions: Session[]
  version: number
}

export interface SeminarSummary {
  id: number
  kind: SeminarKind
  title: string
  venueName: string | null
  audience: Audience
  capacity: number
  fee: number
  sessions: number
  firstStartsAt: string | null
  lastStartsAt: string | null
  nextStartsAt: string | null
  ruleOfThree: boolean
  organisations: number
}

export interface CalendarEntry {
  sessionId: number
  seminarId: number
  title: string
  kind: SeminarKind
  venueName: string | null
  startsAt: string
  endsAt: string
  cancelled: boolean
  capacity: number
  registered: number
  waitlisted: number
}

export interface ParticipantForm {
  name: string
  nameKana: string
  phone: string
  email: string
}

export interface Participant {
  id: number
  name: string
  nameKana: string
  phone: string | null
  email: string | null
  checkInCode: string
}

export interface Registration {
  id: number
  sessionId: number
  sessionStartsAt: string
  participantId: number
  name: string
  nameKana: string
  phone: string | null
  email: string | null
  channel: Channel
  status: RegistrationStatus
  waitlistPosition: number | null
  answers: Record<string, string>
  attendedAt: string | null
  createdAt: string
  checkInCode: string
  version: number
}

export interface RegistrationForm {
  participantId?: number
  participant?: ParticipantForm
  sessionIds?: number[]
  channel: 'phone' | 'paper'
  answers: Record<string, string>
}

export interface NoticeReport {
  emailed: number
  failed: number
  toCall: { name: string; phone: string | null }[]
}

export interface Cancellation {
  registration: Registration
  promoted: Registration[]
  notices: NoticeReport
}

export interface SessionChange {
  session: Session
  notices: NoticeReport
}

export interface CheckIn {
  registration: Registration
  walkIn: boolean
}

export interface SessionLine {
  sessionId: number
  startsAt: string
  cancelled: boolean
  held: boolean
  capacity: number
  registered: number
  waitlisted: number
  cancelledRegistrations: number
  attended: number
  noShows: number
  walkIns: number
}

export interface ParticipationReport {
  seminarId: number
  title: string
  sessions: SessionLine[]
  totalAttendances: number
  uniqueParticipants: number
  firstTimers: number
  returning: number
  noShows: number
  walkIns: number
}

export interface YearReport {
  fiscalYear: number
  fiscalYearLabel: string
  sessionsHeld: number
  attendances: number
  uniqueParticipants: number
  firstTimers: number
  returning: number
  noShows: number
  walkIns: number
  seminars: number
  seminarsMeetingRuleOfThree: number
  sessionsMeetingRuleOfThree: number
  ruleOfThreePercent: number
  months: { year: number; month: number; sessions: number; attendances: number }[]
  bySeminar: {
    seminarId: number
    title: string
    kind: SeminarKind
    sessions: number
    attendances: number
    uniqueParticipants: number
    noShows: number
    walkIns: number
    ruleOfThree: boolean
  }[]
}

export interface LapsedParticipant {
  participantId: number
  name: string
  nameKana: string
  phone: string | null
  email: string | null
  attendances: number
  lastAttendedOn: string
  lastSeminarTitle: string
  weeksAway: number
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`

export const listVenues = (region: string) => http.get<Venue[]>(`${base(region)}/seminar-venues`)
export const createVenue = (region: string, form: VenueForm) => http.post<Venue>(`${base(region)}/seminar-venues`, form)
export const updateVenue = (region: string, id: number, form: VenueForm, version: number) =>
  http.put<Venue>(`${base(region)}/seminar-venues/${seg(id)}`, { ...form, version })

export const listSeminars = (region: string, q?: string) => http.get<SeminarSummary[]>(`${base(region)}/seminars`, { q })
export const getCalendar = (region: string, from: string, to: string) =>
  http.get<CalendarEntry[]>(`${base(region)}/seminar-calendar`, { from, to })
export const getSeminar = (region: string, id: number) => http.get<Seminar>(`${base(region)}/seminars/${seg(id)}`)
export const createSeminar = (region: string, form: SeminarForm) => http.post<Seminar>(`${base(region)}/seminars`, form)
export const updateSeminar = (region: string, id: number, form: SeminarForm, version: number) =>
  http.put<Seminar>(`${base(region)}/seminars/${seg(id)}`, { ...form, sessions: undefined, version })
export const addSession = (region: string, seminarId: number, slot: SessionSlot) =>
  http.post<Session>(`${base(region)}/seminars/${seg(seminarId)}/sessions`, slot)
export const moveSession = (region: string, sessionId: number, slot: SessionSlot, version: number) =>
  http.put<SessionChange>(`${base(region)}/seminar-sessions/${seg(sessionId)}`, { ...slot, version })
export const getParticipation = (region: string, seminarId: number) =>
  http.get<ParticipationReport>(`${base(region)}/seminars/${seg(seminarId)}/participation`)

export const searchParticipants = (region: string, q: string) => http.get<Participant[]>(`${base(region)}/seminar-participants`, { q })
export const register = (region: string, seminarId: number, form: RegistrationForm) =>
  http.post<Registration[]>(`${base(region)}/seminars/${seg(seminarId)}/registrations`, form)
export const listRegistrations = (region: string, sessionId: number) =>
  http.get<Registration[]>(`${base(region)}/seminar-sessions/${seg(sessionId)}/registrations`)
/** Calls a session off before it starts: everyone holding or waiting for a seat is told and their places cancelled. */
export const cancelSession = (region: string, sessionId: number) =>
  http.post<SessionChange>(`${base(region)}/seminar-sessions/${seg(sessionId)}/cancel`, {})
export const cancelRegistration = (region: string, id: number) =>
  http.post<Cancellation>(`${base(region)}/seminar-registrations/${seg(id)}/cancel`, {})
export const markAttendance = (region: string, id: number, attended: boolean) =>
  http.post<Registration>(`${base(region)}/seminar-registrations/${seg(id)}/attendance`, { attended })
export const checkIn = (region: string, sessionId: number, code: string) =>
  http.post<CheckIn>(`${base(region)}/seminar-sessions/${seg(sessionId)}/check-ins`, { code })
export const walkIn = (region: string, sessionId: number, participant: ParticipantForm) =>
  http.post<CheckIn>(`${base(region)}/seminar-sessions/${seg(sessionId)}/walk-ins`, { participant })
export const downloadDoorList = (region: string, sessionId: number) =>
  http.download(`${base(region)}/seminar-sessions/${seg(sessionId)}/door-list.pdf`)
export const downloadTicket = (region: string, registrationId: number) =>
  http.download(`${base(region)}/seminar-registrations/${seg(registrationId)}/ticket.pdf`)

export const getYearReport = (region: string, year: number) => http.get<YearReport>(`${base(region)}/seminar-statistics/years/${seg(year)}`)
export const listLapsed = (region: string, weeks: number) => http.get<LapsedParticipant[]>(`${base(region)}/seminar-statistics/lapsed`, { weeks })
