import Keycloak from 'keycloak-js'
import type { PublicConfig } from '@/api/config'

/** The Keycloak session: one instance for the page's life. */
let keycloak: Keycloak | null = null

const DEFAULT_SCOPE = 'openid organization'

export async function startSession(config: PublicConfig, locale: string): Promise<void> {
  keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId })
  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    checkLoginIframe: false,
    scope: config.scope ?? DEFAULT_SCOPE,
    locale,
  })
}

/** A token valid for at least 30 more seconds; starts a new login when the session is gone. */
export async function freshToken(): Promise<string | undefined> {
  if (!keycloak) return undefined
  try {
    await keycloak.updateToken(30)
  } catch {
    await keycloak.login({ locale: document.documentElement.lang || 'ja' })
    return undefined
  }
  return keycloak.token
}

export function relogin(locale: string): void {
  void keycloak?.login({ locale })
}

export function logout(): Promise<void> {
  return keycloak ? keycloak.logout({ redirectUri: `${window.location.origin}/` }) : Promise.resolve()
}
