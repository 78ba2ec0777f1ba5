import type { FormItemRule } from 'element-plus'
import type { RegistrantForm, RegistrantView } from '@/api/registrants'
import { isKatakana, isPhone, isPostalCode } from '@/format/text'
import { translate } from '@/i18n'

export const MAX_CONNECTIONS = 20

export type ConnectionForm = RegistrantForm['connections'][number]

export function emptyConnection(): ConnectionForm {
  return { kind: 'family', name: '', relation: '', phone: '', notes: '' }
}

export function emptyRegistrantForm(): RegistrantForm {
  return {
    centreId: null,
    name: '',
    nameKana: '',
    birthDate: null,
    sex: '',
    postalCode: '',
    address: '',
    phone: '',
    livingSituation: '',
    livingNotes: '',
    careLevel: '',
    medical: { conditions: '', medication: '', allergies: '', familyDoctor: '', familyDoctorPhone: '', hospital: '', notes: '' },
    consent: { formVersion: '', consentedOn: null, discloseTo: ['hospital', 'police', 'fire'] },
    connections: [],
  }
}

/** The editable part of a full record, nulls turned into empty inputs. */
export function registrantFormFrom(view: RegistrantView): RegistrantForm {
  const text = (v: string | null | undefined) => v ?? ''
  const m = view.medical
  return {
    centreId: view.centreId,
    name: text(view.name),
    nameKana: text(view.nameKana),
    birthDate: view.birthDate,
    sex: text(view.sex),
    postalCode: text(view.postalCode),
    address: text(view.address),
    phone: text(view.phone),
    livingSituation: text(view.livingSituation),
    livingNotes: text(view.livingNotes),
    careLevel: text(view.careLevel),
    medical: {
      conditions: text(m?.conditions),
      medication: text(m?.medication),
      allergies: text(m?.allergies),
      familyDoctor: text(m?.familyDoctor),
      familyDoctorPhone: text(m?.familyDoctorPhone),
      hospital: text(m?.hospital),
      notes: text(m?.notes),
    },
    consent: { formVersion: text(view.consent.formVersion), consentedOn: view.consent.consentedOn, discloseTo: [...view.consent.discloseTo] },
    connections: (view.connections ?? []).map((c) => ({
      kind: c.kind,
      name: c.name,
      relation: text(c.relation),
      phone: text(c.phone),
      notes: text(c.notes),
    })),
  }
}

export function cloneRegistrantForm(form: RegistrantForm): RegistrantForm {
  return {
    ...form,
    medical: { ...form.medical },
    consent: { ...form.consent, discloseTo: [...form.consent.discloseTo] },
    connections: form.connections.map((c) => ({ ...c })),
  }
}

/** Moves the connection at `index` one place up (-1) or down (+1): the order is the order to call. */
export function moveConnection(connections: ConnectionForm[], index: number, step: -1 | 1): ConnectionForm[] {
  const target = index + step
  if (target < 0 || target >= connections.length) return connections
  const next = [...connections]
  const [moved] = next.splice(index, 1)
  next.splice(target, 0, moved!)
  return next
}

function rule(messageKey: string, check: (value: string) => boolean, params: () => Record<string, unknown> = () => ({}), trigger = 'blur'): FormItemRule {
  return {
    trigger,
    validator: (_rule, value: unknown, callback) => {
      const text = typeof value === 'string' ? value : value == null ? '' : String(value)
      if (check(text)) callback()
      else callback(new Error(translate(messageKey, params())))
    },
  }
}

const field = (key: string) => () => ({ field: translate(key) })
const required = (key: string) => rule('registrants.rules.required', (v) => v.trim() !== '', field(key))
const chosen = (key: string) => rule('registrants.rules.requiredSelect', (v) => v !== '', field(key), 'change')
const optional = (check: (v: string) => boolean) => (v: string) => v.trim() === '' || check(v.trim())
const max = (key: string, limit: number) => rule('registrants.rules.maxLength', (v) => v.length <= limit, () => ({ field: translate(key), max: limit }))

/** Client-side checks mirroring the API's rules; the server remains the judge. */
export const registrantRules: Record<string, FormItemRule[]> = {
  name: [required('registrants.fields.name'), max('registrants.fields.name', 100)],
  nameKana: [required('registrants.fields.nameKana'), rule('registrants.rules.kana', optional(isKatakana))],
  birthDate: [chosen('registrants.fields.birthDate')],
  sex: [chosen('registrants.fields.sex')],
  postalCode: [rule('registrants.rules.postalCode', optional(isPostalCode))],
  address: [required('registrants.fields.address'), max('registrants.fields.address', 200)],
  phone: [rule('registrants.rules.phone', optional(isPhone))],
  livingSituation: [chosen('registrants.fields.livingSituation')],
  'medical.familyDoctorPhone': [rule('registrants.rules.phone', optional(isPhone))],
  'consent.formVersion': [required('registrants.consent.formVersion')],
  'consent.consentedOn': [chosen('registrants.consent.consentedOn')],
}

export const connectionRules: Record<string, FormItemRule[]> = {
  name: [required('registrants.connections.name'), max('registrants.connections.name', 100)],
  phone: [rule('registrants.rules.phone', optional(isPhone))],
}
