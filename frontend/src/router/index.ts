import { createRouter, createWebHistory, type RouteLocationNormalized, type RouteRecordRaw, type RouterHistory } from 'vue-router'
import { useAuthStore } from '@/stores/auth'
import { useRegionStore } from '@/stores/region'
import { documentTemplateRoutes } from './routes/documentTemplates'
import { hqRoutes } from './routes/hq'
import { onboardingRoutes } from './routes/onboarding'
import { lookupRoutes } from './routes/lookups'
import { registryRoutes } from './routes/registry'
import { renewalRoutes } from './routes/renewals'
import { rosterFileRoutes } from './routes/rosterFiles'
import { seminarRoutes } from './routes/seminars'
import { sponsorRoutes } from './routes/sponsors'
import { statisticsRoutes } from './routes/statistics'
import { systemRoutes } from './routes/system'
import { updateRoutes } from './routes/updates'
import { userRoutes } from './routes/users'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    titleKey?: string
    /** Any one of these roles may open the page. */
    roles?: readonly string[]
    headOffice?: boolean
  }
}

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    name: 'home',
    redirect: () => {
      const auth = useAuthStore()
      if (auth.isHeadOffice) return { name: 'hq' }
      const first = auth.regions[0]
      if (first && auth.hasRole('responder') && !auth.hasAnyRole(['region-admin', 'centre-staff'])) {
        return { name: 'lookup', params: { region: first.code } }
      }
      return first ? { name: 'sponsors', params: { region: first.code } } : { name: 'no-region' }
    },
  },
  {
    path: '/regions/:region',
    redirect: (to) => ({ name: 'sponsors', params: { region: String(to.params.region) } }),
  },
  ...sponsorRoutes,
  ...renewalRoutes,
  ...rosterFileRoutes,
  ...documentTemplateRoutes,
  ...seminarRoutes,
  ...userRoutes,
  ...registryRoutes,
  ...updateRoutes,
  ...lookupRoutes,
  ...hqRoutes,
  ...statisticsRoutes,
  ...onboardingRoutes,
  ...systemRoutes,
]

/** Keeps people to the regions and pages their roles allow; the server checks again. */
export function guard(to: RouteLocationNormalized) {
  const auth = useAuthStore()
  const region = useRegionStore()
  const code = typeof to.params.region === 'string' ? to.params.region : null

  if (code && !auth.belongsTo(code)) return { name: 'forbidden' }
  if (to.meta.headOffice && !auth.isHeadOffice) return { name: 'forbidden' }
  if (to.meta.roles && !auth.hasAnyRole(to.meta.roles)) return { name: 'forbidden' }
  if (code) region.select(code)
  else if (to.meta.headOffice) region.select(null)
  return true
}

export function createAppRouter(history: RouterHistory = createWebHistory()) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  })
  router.beforeEach(guard)
  return router
}
