import type { TemplateKind, TemplateVersion } from '@/api/documentTemplates'

/** The renewal request as the server describes it, cut down to three placeholders. */
export const requestKind: TemplateKind = {
  key: 'renewal-request',
  nameJa: '協賛継続のお願い（依頼）',
  nameEn: 'Renewal request',
  hasSubject: true,
  placeholders: [
    { name: 'sponsorName', labelJa: '協賛先の名称', labelEn: 'Sponsor name', sample: '大森中央病院' },
    { name: 'fee', labelJa: '前年度の協賛金', labelEn: 'Last year’s fee', sample: '20,000円' },
    { name: 'dueDate', labelJa: '回答期限', labelEn: 'Answer due date', sample: '令和8年5月29日' },
  ],
}

export const version = (number: number, body: string, subject = '{sponsorName} 様 協賛継続のお願い'): TemplateVersion => ({
  key: 'renewal-request',
  version: number,
  subject,
  body,
  note: `第${number}版のメモ`,
  publishedBy: number === 1 ? 'system' : 'hq.tanaka',
  publishedAt: '2026-04-01T01:00:00Z',
})

export function problem(status: number, type: string, errors: { field: string; message: string }[] = []) {
  return new Response(JSON.stringify({ type: `https://noren.mimamo.jp/problems/${type}`, title: 'x', status, detail: 'x', errors }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}
