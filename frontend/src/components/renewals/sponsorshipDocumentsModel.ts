import type { InvoiceView, ReceiptView, SponsorBilling } from '@/api/billing'
import type { Download } from '@/api/client'
import type { SponsorshipView } from '@/api/renewals'
import { pledgesAFee } from './sponsorshipModel'

/** What has been issued for one year. */
export interface YearDocuments {
  invoice: InvoiceView | null
  receipt: ReceiptView | null
}

export const NO_DOCUMENTS: YearDocuments = { invoice: null, receipt: null }

/** The issued invoice and receipt of each year, by fiscal year. */
export function documentsByYear(billing: SponsorBilling | null): Map<number, YearDocuments> {
  const years = new Map<number, YearDocuments>()
  const entry = (year: number) => years.get(year) ?? { ...NO_DOCUMENTS }
  for (const invoice of billing?.invoices ?? []) years.set(invoice.fiscalYear, { ...entry(invoice.fiscalYear), invoice })
  for (const receipt of billing?.receipts ?? []) years.set(receipt.fiscalYear, { ...entry(receipt.fiscalYear), receipt })
  return years
}

/** An invoice is for a year answered 継続 or 新規 with a fee; the server refuses the rest. */
export const canInvoice = (row: SponsorshipView) => pledgesAFee(row.status) && row.fee > 0

/** A receipt is for money received. */
export const canReceipt = (row: SponsorshipView) => row.paidOn !== null && (row.paidAmount ?? 0) > 0

/** The activity report covers a year the sponsor pledged. */
export const hasActivityReport = (row: SponsorshipView) => pledgesAFee(row.status)

/** The file name the server gave, else the one made here. */
export const fileNameOf = (download: Download, fallback: string) => download.fileName ?? fallback
