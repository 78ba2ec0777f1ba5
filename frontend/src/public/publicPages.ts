import { createApp } from 'vue'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { configureApiClient } from '@/api/client'
import { elementPlus } from '@/elementPlus'
import { currentLocale, i18n, setLocale } from '@/i18n'
import PublicApp from './PublicApp.vue'

/**
 * The pages a person opens without an account: a region's seminar calendar (`/p/<region>/…`), applying for a new
 * region and accepting its invitation. No login, no side navigation.
 */
export const publicRoutes: RouteRecordRaw[] = [
  {
    path: '/p/:region/events',
    name: 'public-events',
    component: () => import('@/views/public/PublicEventsView.vue'),
    meta: { titleKey: 'public.title' },
  },
  { path: '/apply', name: 'apply', component: () => import('@/views/onboarding/ApplyView.vue'), meta: { titleKey: 'onboarding.apply.title' } },
  {
    path: '/apply/verify',
    name: 'apply-verify',
    component: () => import('@/views/onboarding/VerifyEmailView.vue'),
    meta: { titleKey: 'onboarding.verify.title' },
  },
  {
    path: '/apply/edit',
    name: 'apply-edit',
    component: () => import('@/views/onboarding/ApplyView.vue'),
    props: { editing: true },
    meta: { titleKey: 'onboarding.edit.title' },
  },
  {
    path: '/invitation',
    name: 'invitation',
    component: () => import('@/views/onboarding/InvitationView.vue'),
    meta: { titleKey: 'onboarding.invitation.title' },
  },
]

export function isPublicPath(path: string): boolean {
  return path.startsWith('/p/') || path === '/apply' || path.startsWith('/apply/') || path === '/invitation'
}

export function startPublicPages(): void {
  setLocale(currentLocale())
  configureApiClient({ token: async () => undefined, language: currentLocale })
  const router = createRouter({ history: createWebHistory(), routes: publicRoutes })
  createApp(PublicApp).use(i18n).use(elementPlus).use(router).mount('#app')
}
