import { ProblemError } from '@/api/client'
import { describeProblem } from '@/i18n/problem'

/** The server refuses a seal larger than this (and anything that is not a PNG or JPEG once decoded). */
export const SEAL_MAX_BYTES = 1024 * 1024

export type SealRefusal = 'type' | 'size' | null

/** A first check before sending: PNG or JPEG by type or name, at most 1 MB. The server decodes the file to be sure. */
export function refuseSeal(file: { name: string; type: string; size: number }): SealRefusal {
  const typed = file.type === 'image/png' || file.type === 'image/jpeg'
  const named = /\.(png|jpe?g)$/i.test(file.name)
  if (!typed && !named) return 'type'
  return file.size > SEAL_MAX_BYTES ? 'size' : null
}

/** The server's own words for a refused image (too large, not PNG/JPEG, unreadable), else the general text. */
export function sealProblem(error: unknown, tooLarge: string): string {
  if (error instanceof ProblemError && error.is('payload-too-large')) return error.detail || tooLarge
  if (error instanceof ProblemError && (error.is('unsupported-media-type') || error.is('validation')) && error.detail) return error.detail
  return describeProblem(error)
}
