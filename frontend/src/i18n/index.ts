import { computed } from 'vue'
import { createI18n } from 'vue-i18n'
import type { UiLocale } from '@/format'

export const SUPPORTED_LOCALES: readonly UiLocale[] = ['ja', 'en']
const STORAGE_KEY = 'noren.locale'

interface Messages {
  [key: string]: string | Messages
}

/** Every `locales/<lang>/<feature>.json` becomes the `<feature>.` namespace of that language. */
function collectMessages(): Record<UiLocale, Messages> {
  const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' })
  const result: Record<UiLocale, Messages> = { ja: {}, en: {} }
  for (const [path, content] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path)
    if (!match) continue
    const [, locale = '', feature = ''] = match
    if ((SUPPORTED_LOCALES as readonly string[]).includes(locale)) result[locale as UiLocale][feature] = content
  }
  return result
}

export const messages = collectMessages()

function storedLocale(): UiLocale {
  try {
    const value = localStorage.getItem(STORAGE_KEY)
    if (value && (SUPPORTED_LOCALES as readonly string[]).includes(value)) return value as UiLocale
  } catch {
    // storage unavailable (private mode): fall back to Japanese
  }
  return 'ja'
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'ja',
  messages,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

/** Plain-typed translation for code outside components (rules, helpers). */
export const translate = i18n.global.t as (key: string, params?: Record<string, unknown>) => string
export const hasTranslation = i18n.global.te as (key: string) => boolean

export function currentLocale(): UiLocale {
  return i18n.global.locale.value as UiLocale
}

export function setLocale(locale: UiLocale): void {
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  try {
    localStorage.setItem(STORAGE_KEY, locale)
  } catch {
    // not persisted; the choice still holds for this page
  }
}

export interface Named {
  nameJa?: string
  nameEn?: string
  name?: string
}

/** A shared record's label in the UI language: nameJa/nameEn (categories) or name/nameEn (regions). */
export function localizedName(item: Named | null | undefined, locale: UiLocale = currentLocale()): string {
  if (!item) return ''
  const ja = item.nameJa ?? item.name ?? ''
  return locale === 'en' ? item.nameEn || ja : ja
}

export function useLocale() {
  const locale = computed(() => i18n.global.locale.value as UiLocale)
  return {
    locale,
    name: (item: Named | null | undefined) => localizedName(item, locale.value),
  }
}
