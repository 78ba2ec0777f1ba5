import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { CampaignSummary, SendRecord, SendReport, Tally } from '@/api/renewals'
import { setLocale } from '@/i18n'
import { mockFetch, mountAt } from '@/test/harness'
import RenewalDashboardView from '../RenewalDashboardView.vue'

vi.mock('vue-echarts', () => ({
  default: defineComponent({ setup: () => () => h('div', { 'data-test': 'chart' }) }),
}))

const tally = (t: Partial<Tally>): Tally => ({
  sponsors: 0, answered: 0, pending: 0, renewed: 0, declined: 0, newcomers: 0, feesExpected: 0, feesReceived: 0, ...t,
})

const summary = (pending = 10): CampaignSummary => ({
  fiscalYear: 2026,
  fiscalYearLabel: '令和8年度',
  total: tally({ sponsors: 12, answered: 12 - pending, pending, renewed: 12 - pending }),
  byCategory: [],
})

const records: SendRecord[] = [
  { sponsorId: 7, sponsorName: '大森中央病院', step: 'request', channel: 'email', status: 'sent', address: 'info@omori.example.jp', error: null, attempts: 1, actor: 'admin.yamato', at: '2026-06-15T03:00:00Z', templateKey: 'renewal-request', templateVersion: 2, templateRegionRevision: null },
  { sponsorId: 8, sponsorName: '山王クリニック', step: 'reminder-1', channel: 'email', status: 'failed', address: 'desk@sanno.example.jp', error: '550 5.1.1 mailbox unavailable', attempts: 2, actor: 'admin.yamato', at: '2026-06-15T02:30:00Z', templateKey: 'renewal-reminder', templateVersion: 1, templateRegionRevision: 3 },
  { sponsorId: 9, sponsorName: '山王薬局', step: 'request', channel: 'post', status: 'to-print', address: null, error: null, attempts: 1, actor: 'staff.yamato', at: '2026-06-14T23:10:00Z', templateKey: null, templateVersion: null, templateRegionRevision: null },
  { sponsorId: 10, sponsorName: '馬込商店', step: 'reminder-2', channel: 'email', status: 'sending', address: 'shop@magome.example.jp', error: null, attempts: 1, actor: 'admin.yamato', at: '2026-06-14T01:00:00Z', templateKey: 'renewal-reminder', templateVersion: 1, templateRegionRevision: null },
]

const PDF_NAME = "attachment; filename=\"renewal-letters-2026.pdf\"; filename*=UTF-8''2026%E5%B9%B4%E5%BA%A6_%E5%8D%94%E8%B3%9B%E7%B6%99%E7%B6%9A%E3%81%AE%E3%81%8A%E9%A1%98%E3%81%84.pdf"

let pending: number
let report: SendReport
let sends: SendRecord[]
let pdf: () => Promise<Response>
let network: ReturnType<typeof mockFetch>

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T03:00:00Z') })
  pending = 10
  report = { step: 'reminder-1', sent: 3, failed: 1, toPrint: 2, skipped: 4 }
  sends = []
  pdf = async () => new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': PDF_NAME } })
  network = mockFetch((url, init) => {
    const path = url.pathname
    const method = init.method ?? 'GET'
    if (path.endsWith('/sponsor-categories')) return []
    if (path.endsWith('/renewal-settings')) return { unitFee: 10000, proration: 'none', invoiceRegistrationNumber: null, paymentNote: null, version: 1 }
    if (path.endsWith('/seal')) return { uploaded: false, mediaType: null, width: null, height: null, size: null, uploadedBy: null, uploadedAt: null }
    if (path.endsWith('/renewals/2026')) return summary(pending)
    if (path.endsWith('/renewals/2026/outstanding')) return { items: [], total: 0, page: 0, size: 20 }
    if (path.endsWith('/renewals/2026/sends') && method === 'POST') {
      sends = records
      return report
    }
    if (path.endsWith('/renewals/2026/sends')) return sends
    if (path.endsWith('/renewals/2026/letters.pdf')) return pdf()
    throw new Error(`unexpected ${method} ${path}`)
  })
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
  setLocale('ja')
})

async function showDashboard() {
  const mounted = await mountAt(RenewalDashboardView, '/regions/yamato/renewals')
  await flushPromises()
  return mounted
}

const calls = (method: string, pathEnd: string) =>
  network.fetchMock.mock.calls.filter(
    ([input, init]) => (init?.method ?? 'GET') === method && new URL(String(input), 'http://localhost').pathname.endsWith(pathEnd),
  )

/** Answers the confirmation box that guards the mass mailing. */
async function confirm(accept = true) {
  const selector = accept ? '.el-message-box__btns .el-button--primary' : '.el-message-box__btns .el-button:not(.el-button--primary)'
  await vi.waitFor(() => expect(document.querySelector(selector)).not.toBeNull())
  const box = document.querySelector('.el-message-box')?.textContent ?? ''
  document.querySelector<HTMLElement>(selector)?.click()
  await flushPromises()
  await vi.waitFor(() => expect(network.fetchMock.mock.calls.length).toBeGreaterThan(0))
  return box
}

/** Stands in for the browser's download: records what the hidden link would save. */
function captureDownloads() {
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:http://localhost/letters')
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
  const saved: { href: string; download: string }[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ href: this.href, download: this.download })
  })
  return { createObjectURL, saved }
}

describe('依頼状・催促', { timeout: 20000 }, () => {
  it('offers a due date 30 days ahead, shown with its era year, and the request step', async () => {
    const { wrapper } = await showDashboard()
    expect(wrapper.get<HTMLInputElement>('input[data-test="renewal-send-due"]').element.value).toBe('2026-07-15')
    expect(wrapper.get('[data-test="renewal-send-due-era"]').text()).toBe('(令和8年)')
    const steps = wrapper.get('[data-test="renewal-send-step"]')
    expect(steps.text()).toBe('依頼催促1回目催促2回目')
    expect(steps.get<HTMLInputElement>('[data-test="renewal-send-step-request"] input').element.checked).toBe(true)
  })

  it('sends the chosen step with the due date, reports the counts and refreshes the record', async () => {
    const { wrapper } = await showDashboard()
    expect(calls('GET', '/renewals/2026/sends')).toHaveLength(1)
    expect(wrapper.find('[data-test="renewal-send-row"]').exists()).toBe(false)

    const due = wrapper.get('input[data-test="renewal-send-due"]')
    await due.setValue('2026-08-31')
    await due.trigger('change')
    await wrapper.get('[data-test="renewal-send-step-reminder-1"] input').setValue(true)
    await wrapper.get('[data-test="renewal-send"]').trigger('click')
    const box = await confirm()
    expect(box).toContain('未回答の協賛先 10 件に「催促1回目」を送ります（回答期限 2026-08-31 (令和8年)）')
    await flushPromises()

    const posts = calls('POST', '/api/v1/regions/yamato/renewals/2026/sends').map(([, init]) => JSON.parse(String(init?.body)))
    expect(posts).toEqual([{ step: 'reminder-1', dueDate: '2026-08-31' }])
    const shown = wrapper.get('[data-test="renewal-send-report"]')
    expect(shown.text()).toContain('催促1回目：送信 3 件・失敗 1 件・郵送 2 件・送信済みのため省略 4 件')
    expect(shown.classes()).toContain('el-alert--warning')
    expect(shown.get('[data-test="renewal-send-retry-hint"]').text()).toContain('失敗した分だけを送り直します')
    expect(shown.text()).toContain('二重に送ることはありません')
    expect(shown.text()).toContain('「印刷用PDF（郵送分）」')

    expect(calls('GET', '/renewals/2026/sends')).toHaveLength(2)
    expect(wrapper.findAll('[data-test="renewal-send-row"]')).toHaveLength(4)
  })

  it('reports a clean run as a success, without the retry hint', async () => {
    report = { step: 'request', sent: 5, failed: 0, toPrint: 0, skipped: 0 }
    const { wrapper } = await showDashboard()
    await wrapper.get('[data-test="renewal-send"]').trigger('click')
    await confirm()
    const posts = calls('POST', '/renewals/2026/sends').map(([, init]) => JSON.parse(String(init?.body)))
    expect(posts).toEqual([{ step: 'request', dueDate: '2026-07-15' }])
    const shown = wrapper.get('[data-test="renewal-send-report"]')
    expect(shown.text()).toContain('依頼：送信 5 件・失敗 0 件・郵送 0 件・送信済みのため省略 0 件')
    expect(shown.classes()).toContain('el-alert--success')
    expect(shown.find('[data-test="renewal-send-retry-hint"]').exists()).toBe(false)
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    const { wrapper } = await showDashboard()
    await wrapper.get('[data-test="renewal-send"]').trigger('click')
    await confirm(false)
    expect(calls('POST', '/renewals/2026/sends')).toHaveLength(0)
    expect(wrapper.find('[data-test="renewal-send-report"]').exists()).toBe(false)
  })

  it('lists the send record with coloured statuses, the failure, attempts, user and time', async () => {
    sends = records
    const { wrapper } = await showDashboard()
    const rows = wrapper.findAll('[data-test="renewal-send-row"]')
    expect(rows.map((r) => r.get('[data-test="renewal-send-status"]').text())).toEqual(['送信済み', '失敗', '郵送待ち', '送信中'])
    expect(rows.map((r) => r.get('[data-test="renewal-send-status"]').classes().find((c) => /^el-tag--(success|danger|warning|primary|info)$/.test(c))))
      .toEqual(['el-tag--success', 'el-tag--danger', 'el-tag--warning', 'el-tag--primary'])

    const cells = (i: number) => rows[i]?.findAll('td').map((c) => c.text()) ?? []
    expect(cells(0)).toEqual(['大森中央病院', '依頼', 'メール', '送信済み', 'info@omori.example.jp', '1', 'admin.yamato', '2026年6月15日 12:00', '本部 第2版'])
    expect(cells(1)[8]).toBe('地域独自 改訂3（本部 第1版ベース）')
    expect(cells(2)[8]).toBe('—')
    expect(cells(1).slice(0, 3)).toEqual(['山王クリニック', '催促1回目', 'メール'])
    expect(cells(1)[5]).toBe('2')
    expect(rows[1]?.get('[data-test="renewal-send-error"]').text()).toBe('エラー：550 5.1.1 mailbox unavailable')
    expect(cells(2).slice(1, 5)).toEqual(['依頼', '郵送', '郵送待ち', '—'])
    expect(cells(2)[6]).toBe('staff.yamato')
    expect(cells(3)[1]).toBe('催促2回目')
    expect(wrapper.findAll('[data-test="renewal-send-error"]')).toHaveLength(1)
  })

  it('downloads the letters by post as a PDF with the token, named in Japanese', async () => {
    const { createObjectURL, saved } = captureDownloads()
    let answer: (r: Response) => void = () => undefined
    pdf = () => new Promise<Response>((resolve) => (answer = resolve))
    const { wrapper } = await showDashboard()

    await wrapper.get('[data-test="renewal-letters-post"]').trigger('click')
    await flushPromises()
    const [input, init] = calls('GET', '/letters.pdf')[0] ?? []
    expect(String(input)).toBe('/api/v1/regions/yamato/renewals/2026/letters.pdf?postOnly=true&dueDate=2026-07-15&step=request')
    const headers = init?.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer test-token')
    expect(headers.Accept).toContain('application/pdf')
    expect(wrapper.get('[data-test="renewal-letters-post"]').classes()).toContain('is-loading')
    expect(wrapper.get('[data-test="renewal-letters-generating"]').text()).toBe('PDFを作成しています…')
    expect(wrapper.get('[data-test="renewal-letters-all"]').attributes('disabled')).toBeDefined()

    answer(new Response(new Blob(['%PDF-1.7'], { type: 'application/pdf' }), { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': PDF_NAME } }))
    await flushPromises()
    expect(createObjectURL).toHaveBeenCalledOnce()
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob
    expect(await blob.text()).toBe('%PDF-1.7')
    expect(saved).toEqual([{ href: 'blob:http://localhost/letters', download: '令和8年度_協賛継続のお願い.pdf' }])
    expect(wrapper.get('[data-test="renewal-letters-post"]').classes()).not.toContain('is-loading')
    expect(wrapper.find('[data-test="renewal-letters-generating"]').exists()).toBe(false)
  })

  it('prints every sponsor yet to answer with postOnly=false, in the text of the chosen step', async () => {
    const { saved } = captureDownloads()
    const { wrapper } = await showDashboard()
    await wrapper.get('[data-test="renewal-send-step-reminder-1"] input').setValue(true)
    await wrapper.get('[data-test="renewal-letters-all"]').trigger('click')
    await flushPromises()
    expect(calls('GET', '/letters.pdf').map(([input]) => String(input))).toEqual([
      '/api/v1/regions/yamato/renewals/2026/letters.pdf?postOnly=false&dueDate=2026-07-15&step=reminder-1',
    ])
    expect(saved.map((s) => s.download)).toEqual(['令和8年度_協賛継続のお願い.pdf'])
  })

  it('shows the server’s reason when the PDF cannot be made, and saves nothing', async () => {
    const { saved } = captureDownloads()
    pdf = async () =>
      new Response(
        JSON.stringify({ type: 'https://noren.mimamo.jp/problems/validation', title: '入力内容に誤りがあります', status: 400, errors: [{ field: 'dueDate', message: '日付の範囲が正しくありません' }] }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      )
    const { wrapper } = await showDashboard()
    await wrapper.get('[data-test="renewal-letters-post"]').trigger('click')
    await flushPromises()
    expect(saved).toEqual([])
    await vi.waitFor(() => expect(document.body.textContent).toContain('日付の範囲が正しくありません'))
  })

  it('has nothing to send or print when everyone has answered', async () => {
    pending = 0
    const { wrapper } = await showDashboard()
    expect(wrapper.get('[data-test="renewal-send-nothing"]').text()).toContain('未回答の協賛先はありません')
    for (const hook of ['renewal-send', 'renewal-letters-post', 'renewal-letters-all']) {
      expect(wrapper.get(`[data-test="${hook}"]`).attributes('disabled')).toBeDefined()
    }
  })

  it('speaks English', async () => {
    sends = records
    const { wrapper } = await showDashboard()
    setLocale('en')
    await flushPromises()
    expect(wrapper.get('[data-test="renewal-send"]').text()).toBe('Send by email')
    expect(wrapper.get('[data-test="renewal-send-step"]').text()).toBe('Request1st reminder2nd reminder')
    expect(wrapper.get('[data-test="renewal-send-due-era"]').text()).toBe('(Reiwa 8)')
    expect(wrapper.findAll('[data-test="renewal-send-status"]').map((s) => s.text())).toEqual(['Sent', 'Failed', 'To print', 'Sending'])
  })
})
