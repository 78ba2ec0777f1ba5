import { request } from './client'

export interface PublicConfig {
  keycloakUrl: string
  realm: string
  clientId: string
  /** Not in docs/api.md: optional override of the OIDC scope the SPA asks for. */
  scope?: string
}

export const getPublicConfig = () =>
  request<PublicConfig>('GET', '/api/v1/public/config', { authenticated: false })
