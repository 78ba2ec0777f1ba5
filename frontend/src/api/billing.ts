import { http, seg } from './client'
import type { PaymentMethod } from './renewals'

/** An issued 請求書; issuing again returns the same one. */
export interface InvoiceView {
  sponsorId: number
  fiscalYear: number
  /** `I2026-0001`: per region and fiscal year, without gaps. */
  number: string
  issuedOn: string
  amount: number
  issuedBy: string
  issuedAt: string
}

/** An issued 領収書 for the payment recorded when it was issued. */
export interface ReceiptView {
  sponsorId: number
  fiscalYear: number
  /** `R2026-0001`: per region and fiscal year, without gaps. */
  number: string
  issuedOn: string
  amount: number
  paidOn: string
  paymentMethod: PaymentMethod
  /** PDFs made so far: the first is the original, every later one says 再発行. */
  prints: number
  issuedBy: string
  issuedAt: string
}

export interface SponsorBilling {
  invoices: InvoiceView[]
  receipts: ReceiptView[]
}

/** The region's 印影; all but `uploaded` are null when there is none. */
export interface SealView {
  uploaded: boolean
  mediaType: 'image/png' | 'image/jpeg' | null
  width: number | null
  height: number | null
  /** Bytes. */
  size: number | null
  uploadedBy: string | null
  uploadedAt: string | null
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`
const year = (region: string, sponsorId: number | string, fiscalYear: number) =>
  `${base(region)}/sponsors/${seg(sponsorId)}/sponsorships/${seg(fiscalYear)}`

/** Newest year first. */
export const sponsorBilling = (region: string, sponsorId: number | string) =>
  http.get<SponsorBilling>(`${base(region)}/sponsors/${seg(sponsorId)}/billing`)

/** Only a year answered 継続 or 新規; the same invoice again when it was issued before. */
export const issueInvoice = (region: string, sponsorId: number | string, fiscalYear: number) =>
  http.post<InvoiceView>(`${year(region, sponsorId, fiscalYear)}/invoice`)

export const invoicePdf = (region: string, sponsorId: number | string, fiscalYear: number) =>
  http.download(`${year(region, sponsorId, fiscalYear)}/invoice.pdf`)

/** Only once the payment is recorded; the same receipt again when it was issued before. */
export const issueReceipt = (region: string, sponsorId: number | string, fiscalYear: number) =>
  http.post<ReceiptView>(`${year(region, sponsorId, fiscalYear)}/receipt`)

/** Counts a print: the first PDF is the original, later ones are marked 再発行. */
export const printReceipt = (region: string, sponsorId: number | string, fiscalYear: number) =>
  http.downloadPosted(`${year(region, sponsorId, fiscalYear)}/receipt/print`)

export const getSeal = (region: string) => http.get<SealView>(`${base(region)}/seal`)

export const sealImage = (region: string) => http.download(`${base(region)}/seal/image`, undefined, 'image/png, image/jpeg')

/** PNG or JPEG up to 1 MB; replaces the current seal (documents issued before keep theirs). */
export const uploadSeal = (region: string, file: Blob) =>
  http.upload<SealView>(`${base(region)}/seal`, file, undefined, file.type === 'image/png' || file.type === 'image/jpeg' ? file.type : 'application/octet-stream')

export const removeSeal = (region: string) => http.delete<void>(`${base(region)}/seal`)
