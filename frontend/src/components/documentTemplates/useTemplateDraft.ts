import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { ProblemError } from '@/api/client'
import type { TemplateText } from '@/api/documentTemplates'
import { describeProblem } from '@/i18n/problem'
import { copyText, problemsByField } from './templateTextModel'

/**
 * A text being edited: its problems from the server, a preview with sample values, and what happens when someone
 * saved first (409): the editor may reload the latest and then bring back what they had typed.
 */
export function useTemplateDraft(preview: (text: TemplateText) => Promise<TemplateText>) {
  const text = ref<TemplateText>({ subject: null, body: '' })
  const problems = ref<Record<string, string[]>>({})
  const rendered = ref<TemplateText | null>(null)
  const previewing = ref(false)
  const stale = ref(false)
  const draft = ref<TemplateText | null>(null)
  const reloading = ref(false)

  function start(from: TemplateText) {
    text.value = copyText(from)
    problems.value = {}
    rendered.value = null
  }

  /** Shows a failed save or preview: stale, a list of mistakes, or a message. */
  function failed(error: unknown) {
    if (error instanceof ProblemError && error.is('stale-version')) {
      stale.value = true
      draft.value = null
      return
    }
    problems.value = problemsByField(error)
    if (!Object.keys(problems.value).length) ElMessage.error({ message: describeProblem(error), duration: 6000 })
  }

  async function showPreview() {
    previewing.value = true
    try {
      rendered.value = await preview(text.value)
      problems.value = {}
    } catch (e) {
      rendered.value = null
      failed(e)
    } finally {
      previewing.value = false
    }
  }

  /** After a 409: loads the latest (which replaces the text) and keeps what was typed to bring back. */
  async function reloadKeepingDraft(load: () => Promise<void>) {
    reloading.value = true
    const typed = copyText(text.value)
    try {
      await load()
      draft.value = typed
    } finally {
      reloading.value = false
    }
  }

  function restoreDraft() {
    if (draft.value) text.value = copyText(draft.value)
    draft.value = null
    stale.value = false
  }

  function settled() {
    problems.value = {}
    stale.value = false
    draft.value = null
  }

  return { text, problems, rendered, previewing, stale, draft, reloading, start, failed, showPreview, reloadKeepingDraft, restoreDraft, settled }
}
