import { ProblemError } from '@/api/client'
import type { DiffLine, Placeholder, TemplateText } from '@/api/documentTemplates'
import type { UiLocale } from '@/format'

/** Every message of a validation problem, by field: a text can have several mistakes, each shown on its own line. */
export function problemsByField(error: unknown): Record<string, string[]> {
  if (!(error instanceof ProblemError)) return {}
  const result: Record<string, string[]> = {}
  for (const { field, message } of error.errors) (result[field] ??= []).push(message)
  return result
}

/** How a placeholder is written in a text. */
export const token = (name: string) => `{${name}}`

/** The text with a placeholder put in place of the selection, and where the cursor goes after it. */
export function insertPlaceholder(text: string, name: string, start: number, end = start): { text: string; caret: number } {
  const at = Math.max(0, Math.min(start, text.length))
  const to = Math.max(at, Math.min(end, text.length))
  const inserted = token(name)
  return { text: text.slice(0, at) + inserted + text.slice(to), caret: at + inserted.length }
}

export const placeholderLabel = (placeholder: Placeholder, locale: UiLocale) =>
  locale === 'en' ? placeholder.labelEn : placeholder.labelJa

export const copyText = (text: TemplateText): TemplateText => ({ subject: text.subject, body: text.body })

export const sameText = (a: TemplateText, b: TemplateText) => (a.subject ?? '') === (b.subject ?? '') && a.body === b.body

export const hasChanges = (lines: DiffLine[]) => lines.some((line) => line.op !== 'same')
