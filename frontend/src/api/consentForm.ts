import { http, seg } from './client'

/** The consent form in force; `formVersion` (第3版, 第3版・地域改訂2) is what a registration records. */
export interface ConsentFormView {
  formVersion: string
  version: number
  regionRevision: number | null
  title: string
  text: string
}

export const getConsentForm = (region: string) => http.get<ConsentFormView>(`/api/v1/regions/${seg(region)}/consent-form`)

export const consentFormPdfPath = (region: string) => `/api/v1/regions/${seg(region)}/consent-form/pdf`
