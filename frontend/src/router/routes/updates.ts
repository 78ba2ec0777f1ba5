import type { RouteRecordRaw } from 'vue-router'
import { CENTRE_ROLES, REGISTRY_ROLES } from '@/stores/auth'

/** The birth-month update: a centre's monthly list, and the progress by centre and month. */
export const updateRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/birth-month-updates',
    name: 'birth-month-updates',
    component: () => import('@/views/updates/BirthMonthWorklistView.vue'),
    meta: { titleKey: 'updates.worklist.title', roles: CENTRE_ROLES },
  },
  {
    path: '/regions/:region/update-progress',
    name: 'update-progress',
    component: () => import('@/views/updates/UpdateProgressView.vue'),
    meta: { titleKey: 'updates.progress.title', roles: REGISTRY_ROLES },
  },
]
