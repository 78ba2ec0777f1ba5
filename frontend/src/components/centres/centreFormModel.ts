import type { FormItemRule } from 'element-plus'
import type { Centre, CentreForm } from '@/api/centres'
import { isKatakana, isPhone, isPostalCode } from '@/format/text'
import { translate } from '@/i18n'

export function emptyCentreForm(): CentreForm {
  return { name: '', nameKana: '', postalCode: '', address: '', phone: '', openingHours: '', afterHoursContact: '', afterHoursPhone: '', email: '' }
}

export function centreFormFrom(centre: Centre): CentreForm {
  const text = (v: string | null) => v ?? ''
  return {
    name: centre.name,
    nameKana: text(centre.nameKana),
    postalCode: text(centre.postalCode),
    address: text(centre.address),
    phone: centre.phone,
    openingHours: text(centre.openingHours),
    afterHoursContact: text(centre.afterHoursContact),
    afterHoursPhone: text(centre.afterHoursPhone),
    email: text(centre.email),
  }
}

function rule(messageKey: string, check: (value: string) => boolean, params: () => Record<string, unknown> = () => ({})): FormItemRule {
  return {
    trigger: 'blur',
    validator: (_rule, value: unknown, callback) => {
      if (check(typeof value === 'string' ? value : '')) callback()
      else callback(new Error(translate(messageKey, params())))
    },
  }
}

const optional = (check: (v: string) => boolean) => (v: string) => v.trim() === '' || check(v.trim())

/** Client-side checks mirroring the API's; the server remains the judge. */
export const centreRules: Partial<Record<keyof CentreForm, FormItemRule[]>> = {
  name: [rule('centres.rules.required', (v) => v.trim() !== '', () => ({ field: translate('centres.fields.name') }))],
  nameKana: [rule('centres.rules.kana', optional(isKatakana))],
  phone: [rule('centres.rules.phone', (v) => isPhone(v.trim()))],
  postalCode: [rule('centres.rules.postalCode', optional(isPostalCode))],
  afterHoursPhone: [rule('centres.rules.phone', optional(isPhone))],
}
