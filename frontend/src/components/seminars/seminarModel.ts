import type { Organiser, OrganiserRole, ParticipantForm, RegistrationStatus, SeminarForm, SessionSlot } from '@/api/seminars'
import { addDays, formatDate, type UiLocale } from '@/format'

export const REQUIRED_ROLES = 3

/** The rule of three as the server applies it: three different roles among the organisers ("other" is one role). */
export function ruleOfThree(organisers: Pick<Organiser, 'role'>[]): { met: boolean; roles: OrganiserRole[]; missing: number } {
  const roles = [...new Set(organisers.map((o) => o.role))]
  return { met: roles.length >= REQUIRED_ROLES, roles, missing: Math.max(0, REQUIRED_ROLES - roles.length) }
}

/** `count` sessions a week apart from `first` (`YYYY-MM-DDTHH:mm`), each `minutes` long. */
export function weeklySlots(first: string, minutes: number, count: number): SessionSlot[] {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(first)
  if (!match || count < 1 || minutes < 1) return []
  const [, day = '', hh = '0', mm = '0'] = match
  const slots: SessionSlot[] = []
  for (let i = 0; i < count; i++) {
    const date = addDays(day, i * 7)
    slots.push({ startsAt: `${date}T${hh}:${mm}`, endsAt: endOf(date, Number(hh) * 60 + Number(mm) + minutes) })
  }
  return slots
}

function endOf(date: string, minutesFromMidnight: number): string {
  const days = Math.floor(minutesFromMidnight / (24 * 60))
  const rest = minutesFromMidnight % (24 * 60)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${addDays(date, days)}T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}`
}

/** `2026-05-10 (令和8年) 14:00〜16:00`, the date through the one date formatter. */
export function formatSession(startsAt: string, endsAt: string | null, locale: UiLocale = 'ja'): string {
  const day = startsAt.slice(0, 10)
  const time = (value: string) => value.slice(11, 16)
  const end = endsAt ? `${locale === 'ja' ? '〜' : '–'}${time(endsAt)}` : ''
  return `${formatDate(day, locale)} ${time(startsAt)}${end}`
}

/** Element Plus tag colours for a registration's status. */
export function statusTagType(status: RegistrationStatus): 'success' | 'warning' | 'info' | 'danger' | 'primary' {
  switch (status) {
    case 'attended':
      return 'success'
    case 'waitlisted':
      return 'warning'
    case 'no-show':
      return 'danger'
    case 'cancelled':
      return 'info'
    default:
      return 'primary'
  }
}

export function emptyParticipant(): ParticipantForm {
  return { name: '', nameKana: '', phone: '', email: '' }
}

export function emptySeminar(): SeminarForm {
  return {
    kind: 'single',
    title: '',
    description: '',
    venueId: null,
    capacity: 30,
    fee: 0,
    audience: 'open',
    questions: [],
    organisers: [],
    sessions: [],
  }
}

/** Whether a session (local Japan time) has begun at `now`. */
export function hasBegun(startsAt: string, now: Date = new Date()): boolean {
  const japan = new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString().slice(0, 16)
  return startsAt.slice(0, 16) <= japan
}
