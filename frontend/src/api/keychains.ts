import { http, seg, type Download } from './client'
import type { RevokeReason } from './registrants'

export interface KeychainRecord {
  number: string
  display: string
  registrantId: number
  issuedAt: string
  issuedBy: string
  revokedAt: string | null
  revokedBy: string | null
  revokeReason: string | null
  replacedBy: string | null
}

export interface KeychainChange {
  revoked: KeychainRecord | null
  issued: KeychainRecord | null
}

export interface NumberCheck {
  number: string
  display: string
  state: 'active' | 'revoked'
  registrantId: number
  centreId: number
  centreName: string
  registrationStatus: string
  issuedAt: string
  revokedAt: string | null
  revokeReason: string | null
  replacedBy: string | null
}

const base = (region: string) => `/api/v1/regions/${seg(region)}`

export const issueKeychain = (region: string, registrantId: number) =>
  http.post<KeychainChange>(`${base(region)}/registrants/${seg(registrantId)}/keychains`, {})

export const revokeKeychain = (region: string, registrantId: number, number: string, reason: RevokeReason, reissue: boolean) =>
  http.post<KeychainChange>(`${base(region)}/registrants/${seg(registrantId)}/keychains/${seg(number)}/revoke`, { reason, reissue })

export const checkNumber = (region: string, number: string) => http.get<NumberCheck>(`${base(region)}/keychains/${seg(number)}`)

export const downloadCards = (region: string, registrantIds: number[]): Promise<Download> =>
  http.download(`${base(region)}/keychain-cards.pdf`, { registrants: registrantIds.join(',') })
