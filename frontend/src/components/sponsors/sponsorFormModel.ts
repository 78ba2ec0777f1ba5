import type { FormItemRule } from 'element-plus'
import type { SponsorContact, SponsorForm, SponsorView } from '@/api/sponsors'
import { isEmail, isKatakana, isPhone, isPostalCode } from '@/format/text'
import { translate } from '@/i18n'

export const MAX_CONTACTS = 20

export function emptyContact(): SponsorContact {
  return { name: '', nameKana: '', title: '', phone: '', email: '' }
}

export function emptyForm(): SponsorForm {
  return {
    name: '',
    nameKana: '',
    categoryCode: '',
    postalCode: '',
    address: '',
    phone: '',
    email: '',
    joinedOn: null,
    notes: '',
    contacts: [],
  }
}

/** The editable part of a sponsor, with nulls from the server turned into empty inputs. */
export function formFromView(view: SponsorView): SponsorForm {
  const text = (v: string | null | undefined) => v ?? ''
  return {
    name: text(view.name),
    nameKana: text(view.nameKana),
    categoryCode: text(view.categoryCode),
    postalCode: text(view.postalCode),
    address: text(view.address),
    phone: text(view.phone),
    email: text(view.email),
    joinedOn: view.joinedOn || null,
    notes: text(view.notes),
    contacts: (view.contacts ?? []).map((c) => ({
      name: text(c.name),
      nameKana: text(c.nameKana),
      title: text(c.title),
      phone: text(c.phone),
      email: text(c.email),
    })),
  }
}

export function cloneForm(form: SponsorForm): SponsorForm {
  return { ...form, contacts: form.contacts.map((c) => ({ ...c })) }
}

type Check = (value: string) => boolean

/** A blur-time check whose message is looked up when it fails, so it follows the current language. */
function rule(messageKey: string, check: Check, params: () => Record<string, unknown> = () => ({})): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: unknown, callback) => {
      const text = typeof value === 'string' ? value : value == null ? '' : String(value)
      if (check(text)) callback()
      else callback(new Error(translate(messageKey, params())))
    },
  }
}

const label = (fieldKey: string) => () => ({ field: translate(fieldKey) })
const required = (fieldKey: string) => rule('sponsors.rules.required', (v) => v.trim() !== '', label(fieldKey))
const maxLength = (fieldKey: string, max: number) =>
  rule('sponsors.rules.maxLength', (v) => v.length <= max, () => ({ field: translate(fieldKey), max }))
const optional = (check: Check): Check => (v) => v === '' || check(v)

/** Client-side checks mirroring the API's rules; the server remains the judge. */
export const sponsorRules: Record<string, FormItemRule[]> = {
  name: [required('sponsors.fields.name'), maxLength('sponsors.fields.name', 200)],
  nameKana: [
    required('sponsors.fields.nameKana'),
    maxLength('sponsors.fields.nameKana', 200),
    rule('sponsors.rules.kana', optional(isKatakana)),
  ],
  categoryCode: [
    {
      ...rule('sponsors.rules.requiredSelect', (v) => v !== '', label('sponsors.fields.categoryCode')),
      trigger: 'change',
    },
  ],
  postalCode: [rule('sponsors.rules.postalCode', optional(isPostalCode))],
  phone: [rule('sponsors.rules.phone', optional(isPhone))],
  email: [rule('sponsors.rules.email', optional(isEmail))],
  notes: [maxLength('sponsors.fields.notes', 4000)],
}

export const contactRules: Record<keyof SponsorContact, FormItemRule[]> = {
  name: [required('sponsors.contact.name'), maxLength('sponsors.contact.name', 200)],
  nameKana: [rule('sponsors.rules.kana', optional(isKatakana))],
  title: [maxLength('sponsors.contact.title', 100)],
  phone: [rule('sponsors.rules.phone', optional(isPhone))],
  email: [rule('sponsors.rules.email', optional(isEmail))],
}
