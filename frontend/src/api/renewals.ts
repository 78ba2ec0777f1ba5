import { http, seg } from './client'
import type { Page } from './sponsors'

/** 未回答 / 継続 / 辞退 / 新規. */
export type SponsorshipStatus = 'pending' | 'renewed' | 'declined' | 'new'
export const SPONSORSHIP_STATUSES: readonly SponsorshipStatus[] = ['pending', 'renewed', 'declined', 'new']

/** 振込 / 現金 / 口座振替. */
export type PaymentMethod = 'transfer' | 'cash' | 'debit'
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['transfer', 'cash', 'debit']

export type Proration = 'none' | 'monthly'

/** One sponsor's fiscal year (named by its start year: 2026 = 令和8年度). */
export interface SponsorshipView {
  sponsorId: number
  fiscalYear: number
  /** 令和8年度 in Japanese, FY2026 in English (the server follows Accept-Language). */
  fiscalYearLabel: string
  status: SponsorshipStatus
  units: number
  unitFee: number
  fee: number
  benefits: string[]
  answeredAt: string | null
  invoicedOn: string | null
  paidOn: string | null
  paymentMethod: PaymentMethod | null
  paidAmount: number | null
  notes: string | null
  version: number
}

/** An answer or a correction; `reason` is required for a decided or a past year, `version` is left out to create. */
export interface SponsorshipForm {
  status: SponsorshipStatus
  units: number
  benefits: string[]
  notes: string | null
  reason: string | null
  version?: number
}

export interface PaymentForm {
  paidOn: string
  method: PaymentMethod
  amount: number
  version: number
}

export type SponsorshipAction = 'opened' | 'created' | 'answered' | 'changed' | 'invoiced' | 'paid' | 'receipted'
export const SPONSORSHIP_ACTIONS: readonly SponsorshipAction[] = ['opened', 'created', 'answered', 'changed', 'invoiced', 'paid', 'receipted']

export interface SponsorshipHistoryEntry {
  at: string
  actor: string
  action: SponsorshipAction
  reason: string | null
  /** Values arrive as text (benefits joined with 、); null when a field was empty. */
  changes: { field: string; from: string | null; to: string | null }[]
}

export interface OpenedCampaign {
  fiscalYear: number
  fiscalYearLabel: string
  created: number
  alreadyOpen: number
}

/** Counts of sponsors by answer, and fees pledged (継続 + 新規) and received, in yen. */
export interface Tally {
  sponsors: number
  answered: number
  pending: number
  renewed: number
  declined: number
  newcomers: number
  feesExpected: number
  feesReceived: number
}

export interface CampaignSummary {
  fiscalYear: number
  fiscalYearLabel: string
  total: Tally
  byCategory: { categoryCode: string; tally: Tally }[]
}

export interface OutstandingSponsor {
  sponsorId: number
  name: string
  nameKana: string
  categoryCode: string
  phone: string | null
  email: string | null
  units: number
  fee: number
  version: number
}

/** 依頼 / 催促1回目 / 催促2回目: each is sent to a sponsor at most once. */
export type RenewalStep = 'request' | 'reminder-1' | 'reminder-2'
export const RENEWAL_STEPS: readonly RenewalStep[] = ['request', 'reminder-1', 'reminder-2']

/** メール / 郵送 (no email address: the letter is printed). */
export type SendChannel = 'email' | 'post'
/** 送信中 / 送信済み / 失敗 / 郵送待ち. */
export type SendStatus = 'sending' | 'sent' | 'failed' | 'to-print'
export const SEND_STATUSES: readonly SendStatus[] = ['sending', 'sent', 'failed', 'to-print']

export interface SendForm {
  step: RenewalStep
  /** `YYYY-MM-DD`, today or later; printed in the letter as the answer deadline. */
  dueDate: string
}

/** What one send run did: mailed, failed (sent again when the step is run again), to print (no address), skipped (already done). */
export interface SendReport {
  step: RenewalStep
  sent: number
  failed: number
  toPrint: number
  skipped: number
}

/** One step sent (or to be printed) to one sponsor, newest first. */
export interface SendRecord {
  sponsorId: number
  sponsorName: string
  step: RenewalStep
  channel: SendChannel
  status: SendStatus
  /** The email address; null for a letter by post. */
  address: string | null
  /** The mail server's answer when the send failed. */
  error: string | null
  attempts: number
  actor: string
  at: string
  /** The template the text came from (null for sends made before the template library). */
  templateKey: string | null
  /** The head-office version the text is, or is based on. */
  templateVersion: number | null
  /** The region's revision of its own text; null when head office's text was used. */
  templateRegionRevision: number | null
}

export interface LettersOptions {
  /** Only the sponsors without an email address (郵送分), or every sponsor still 未回答. */
  postOnly: boolean
  dueDate: string
  /** Which text to print: the request (the default), or the reminder for either reminder step. */
  step?: RenewalStep
}

export interface RenewalSettings {
  unitFee: number
  proration: Proration
  invoiceRegistrationNumber: string | null
  /** Printed on every invoice: where and how to pay (振込先 …), up to 500 characters. */
  paymentNote: string | null
  /** null until the region saves its settings for the first time (the defaults are shown until then). */
  version: number | null
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`
const years = (region: string, sponsorId: number | string) => `${base(region)}/sponsors/${seg(sponsorId)}/sponsorships`

/** Newest year first. */
export const listSponsorships = (region: string, sponsorId: number | string) => http.get<SponsorshipView[]>(years(region, sponsorId))

export const decideSponsorship = (region: string, sponsorId: number | string, year: number, form: SponsorshipForm) =>
  http.put<SponsorshipView>(`${years(region, sponsorId)}/${seg(year)}`, form)

export const recordPayment = (region: string, sponsorId: number | string, year: number, form: PaymentForm) =>
  http.post<SponsorshipView>(`${years(region, sponsorId)}/${seg(year)}/payment`, form)

/** Newest first. */
export const sponsorshipHistory = (region: string, sponsorId: number | string, year: number) =>
  http.get<SponsorshipHistoryEntry[]>(`${years(region, sponsorId)}/${seg(year)}/history`)

/** Only this fiscal year or the next; running it again creates nothing. */
export const openCampaign = (region: string, year: number) => http.post<OpenedCampaign>(`${base(region)}/renewals/${seg(year)}/open`)

export const campaignSummary = (region: string, year: number) => http.get<CampaignSummary>(`${base(region)}/renewals/${seg(year)}`)

export const outstandingSponsors = (region: string, year: number, page: number, size: number) =>
  http.get<Page<OutstandingSponsor>>(`${base(region)}/renewals/${seg(year)}/outstanding`, { page, size })

/** Emails the step to every 未回答 sponsor with an address and marks the rest for printing; never sends a step twice. */
export const sendRenewals = (region: string, year: number, form: SendForm) =>
  http.post<SendReport>(`${base(region)}/renewals/${seg(year)}/sends`, form)

/** Newest first. */
export const renewalSends = (region: string, year: number) => http.get<SendRecord[]>(`${base(region)}/renewals/${seg(year)}/sends`)

/** The letters to print as one PDF, a page per sponsor still 未回答. */
export const renewalLetters = (region: string, year: number, options: LettersOptions) =>
  http.download(`${base(region)}/renewals/${seg(year)}/letters.pdf`, { postOnly: options.postOnly, dueDate: options.dueDate, step: options.step })

/** The sponsor's 協賛活動報告書 for a year it pledged (継続 or 新規). */
export const activityReport = (region: string, sponsorId: number | string, year: number) =>
  http.download(`${years(region, sponsorId)}/${seg(year)}/activity-report.pdf`)

/** Every pledging sponsor's report for the year, a page each, for posting with the renewal letters. */
export const activityReports = (region: string, year: number) => http.download(`${base(region)}/renewals/${seg(year)}/activity-reports.pdf`)

export const getRenewalSettings = (region: string) => http.get<RenewalSettings>(`${base(region)}/renewal-settings`)

export const saveRenewalSettings = (region: string, settings: RenewalSettings) => {
  const { version, ...rest } = settings
  return http.put<RenewalSettings>(`${base(region)}/renewal-settings`, version === null ? rest : { ...rest, version })
}
