import { ProblemError } from '@/api/client'
import { translate as t } from './index'

/** The text to show a person for a failed request; the server's own text where it is meant for people. */
export function describeProblem(error: unknown): string {
  if (!(error instanceof ProblemError)) return t('errors.unknown')
  switch (error.kind) {
    case 'network':
      return t('errors.network')
    case 'internal':
    case 'unknown':
      return t('errors.internal')
    case 'unauthenticated':
      return t('errors.unauthenticated')
    case 'forbidden':
      return t('errors.forbidden')
    case 'not-found':
      return t('errors.notFound')
    case 'upstream-unavailable':
      return t('errors.upstreamUnavailable')
    case 'stale-version':
      return t('errors.staleVersion')
    case 'payload-too-large':
      return t('errors.payloadTooLarge')
    default:
      return error.detail || error.title || t('errors.unknown')
  }
}

/** Field errors of a validation problem keyed by field path, `contacts[0].email` → `contacts.0.email`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ProblemError)) return {}
  const result: Record<string, string> = {}
  for (const { field, message } of error.errors) {
    const key = field.replace(/\[(\d+)\]/g, '.$1')
    result[key] = result[key] ? `${result[key]} ${message}` : message
  }
  return result
}
