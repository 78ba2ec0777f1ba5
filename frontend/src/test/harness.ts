import { flushPromises, mount } from '@vue/test-utils'
import { elementPlus } from '@/elementPlus'
import { createPinia } from 'pinia'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { createMemoryHistory } from 'vue-router'
import { configureApiClient } from '@/api/client'
import type { Me } from '@/api/me'
import { i18n, setLocale } from '@/i18n'
import { createAppRouter } from '@/router'
import { useAuthStore } from '@/stores/auth'

export const regionAdmin: Me = {
  username: 'admin.yamato',
  displayName: '大和 花子',
  email: 'admin@example.jp',
  roles: ['region-admin'],
  regions: [{ code: 'yamato', name: '大和市', nameEn: 'Yamato' }],
  headOffice: false,
}

type Responder = (url: URL, init: RequestInit) => unknown

/** Replaces only the network: every fetch is answered by `respond` (status 200 JSON, or its Response; may be a promise) and recorded. */
export function mockFetch(respond: Responder) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost')
    const body = await respond(url, init)
    if (body instanceof Response) return body
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return {
    fetchMock,
    urls: () => fetchMock.mock.calls.map(([input]) => String(input)),
  }
}

/** A component missing from src/elementPlus.ts renders as an unknown tag; make that a test failure. */
function failOnUnresolvedComponent(message: string) {
  if (message.startsWith('Failed to resolve component')) throw new Error(message)
}

/** Mounts a view at `path` with the real router, stores, i18n and Element Plus. */
export async function mountAt(component: Component, path: string, me: Me = regionAdmin) {
  setLocale('ja')
  configureApiClient({ token: async () => 'test-token', language: () => 'ja' })
  const pinia = createPinia()
  useAuthStore(pinia).signedIn(me)
  const router = createAppRouter(createMemoryHistory())
  await router.push(path)
  await router.isReady()
  const wrapper = mount(component, {
    global: {
      plugins: [pinia, router, i18n, elementPlus],
      stubs: { transition: false, 'transition-group': false },
      config: { warnHandler: failOnUnresolvedComponent },
    },
    attachTo: document.body,
  })
  return { wrapper, router }
}

/** Waits out Element Plus's debounced form-item error state (100 ms) and pending promises. */
export async function settle(ms = 150) {
  await new Promise((resolve) => setTimeout(resolve, ms))
  await flushPromises()
}
