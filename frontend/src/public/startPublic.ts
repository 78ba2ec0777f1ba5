import { createApp } from 'vue'
import { createRouter, createWebHistory } from 'vue-router'
import { configureApiClient } from '@/api/client'
import { i18n } from '@/i18n'
import PublicApp from './PublicApp.vue'

/** Pages anyone may open without signing in (`/p/<region>/…`): no login, no side navigation, Japanese. */
export const publicRoutes = [
  {
    path: '/p/:region/events',
    name: 'public-events',
    component: () => import('@/views/public/PublicEventsView.vue'),
  },
]

export function startPublic(): void {
  i18n.global.locale.value = 'ja'
  configureApiClient({ token: async () => undefined, language: () => 'ja' })
  const router = createRouter({ history: createWebHistory(), routes: publicRoutes })
  createApp(PublicApp).use(i18n).use(router).mount('#app')
}
