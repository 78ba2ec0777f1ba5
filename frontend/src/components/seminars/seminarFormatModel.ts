import type { SeminarForm } from '@/api/seminars'
import type { SeminarFormat } from '@/api/seminarFormats'

/** `2026-05-10T14:00` plus minutes, in the same local form; empty stays empty. */
export function addMinutes(local: string, minutes: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local)
  if (!match) return ''
  const [, y, mo, d, h, mi] = match.map(Number)
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi! + minutes))
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
}

/** Fills a new seminar from a format: title, description and capacity, and each session's end from its start. */
export function applyFormat(form: SeminarForm, format: SeminarFormat): SeminarForm {
  return {
    ...form,
    title: format.name,
    description: format.description,
    capacity: format.capacity,
    sessions: form.sessions?.map((s) => (s.startsAt ? { ...s, endsAt: addMinutes(s.startsAt, format.durationMinutes) } : s)),
  }
}
