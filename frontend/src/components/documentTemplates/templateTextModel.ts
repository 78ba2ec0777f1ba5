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

/** A run of unchanged lines folded away, or a line to show. */
export type ShownLine = DiffLine | { op: 'folded'; count: number }

/**
 * The lines worth reading: every change with `context` unchanged lines around it; longer unchanged runs fold into
 * one marker; a run of one or two lines stays shown.
 */
export function withContext(lines: DiffLine[], context = 2): ShownLine[] {
  const keep = lines.map((line, i) =>
    line.op !== 'same' || lines.slice(Math.max(0, i - context), i + context + 1).some((near) => near.op !== 'same'))
  const shown: ShownLine[] = []
  for (let i = 0; i < lines.length; ) {
    if (keep[i]) {
      shown.push(lines[i] as DiffLine)
      i++
      continue
    }
    let end = i
    while (end < lines.length && !keep[end]) end++
    if (end - i > 2) shown.push({ op: 'folded', count: end - i })
    else shown.push(...lines.slice(i, end))
    i = end
  }
  return shown
}
