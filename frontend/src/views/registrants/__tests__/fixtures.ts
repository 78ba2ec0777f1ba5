import type { Me } from '@/api/me'
import type { RegistrantView } from '@/api/registrants'

export const centreStaff: Me = {
  username: 'ota-centre',
  displayName: '小林 恵子',
  email: 'ota-centre@example.jp',
  roles: ['centre-staff'],
  regions: [{ code: 'ota', name: '大田区', nameEn: 'Ota' }],
  headOffice: false,
}

export const otaAdmin: Me = { ...centreStaff, username: 'ota-admin', displayName: '佐藤 花子', roles: ['region-admin'] }

export const centres = [
  { id: 1, name: '大森地域包括支援センター', nameKana: null, postalCode: null, address: '大田区大森北', phone: '03-5764-0601', openingHours: '平日',
    afterHoursContact: '夜間窓口', afterHoursPhone: '03-5764-0699', email: null, staff: 1, registrants: 10, mine: true, version: 0,
    createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z' },
  { id: 2, name: '入新井地域包括支援センター', nameKana: null, postalCode: null, address: null, phone: '03-5762-0702', openingHours: null,
    afterHoursContact: null, afterHoursPhone: null, email: null, staff: 0, registrants: 10, mine: false, version: 0,
    createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-01T00:00:00Z' },
]

export function fullRegistrant(overrides: Partial<RegistrantView> = {}): RegistrantView {
  return {
    id: 5, view: 'full', centreId: 1, centreName: '大森地域包括支援センター', name: '山田 ハナ', nameKana: 'ヤマダ ハナ',
    birthDate: '1940-03-02', birthDateJapanese: '昭和15年3月2日', age: 86, sex: 'female', postalCode: '143-0016',
    address: '東京都大田区大森北1-2-3', phone: '03-3761-1234', livingSituation: 'alone', livingNotes: null, careLevel: 'support-1',
    medical: { conditions: '高血圧', medication: '降圧剤', allergies: 'ペニシリン', familyDoctor: null, familyDoctorPhone: null, hospital: null, notes: null },
    consent: { formVersion: '2024年4月版', consentedOn: '2025-06-01', discloseTo: ['hospital', 'police'] },
    connections: [{ priority: 1, kind: 'family', name: '山田 一郎', relation: '長男', phone: '090-1234-5678', notes: null }],
    status: 'active', statusSince: '2025-06-01',
    statusHistory: [{ at: '2025-06-01T00:00:00Z', actor: 'ota-centre', fromStatus: null, toStatus: 'active', effectiveOn: '2025-06-01', reason: '新規登録' }],
    keychains: [{ number: 'OTA123456789', issuedAt: '2025-06-01T01:00:00Z', issuedBy: 'ota-centre', revokedAt: null, revokedBy: null, revokeReason: null, replacedBy: null }],
    erased: false, mayEdit: true, accessPurpose: null, version: 0, createdAt: '2025-06-01T00:00:00Z', updatedAt: '2025-06-01T00:00:00Z',
    ...overrides,
  }
}

export function limitedRegistrant(): RegistrantView {
  return fullRegistrant({
    view: 'limited', centreId: 2, centreName: '入新井地域包括支援センター', birthDate: null, birthDateJapanese: null, age: null, sex: null,
    postalCode: null, address: null, phone: null, livingSituation: null, careLevel: null, medical: null, connections: null,
    statusHistory: null, mayEdit: false,
  })
}

export function problem(status: number, type: string, detail = 'x') {
  return new Response(JSON.stringify({ type: `https://noren.mimamo.jp/problems/${type}`, title: 'x', status, detail, errors: [] }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  })
}
