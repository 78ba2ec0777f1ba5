import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

export const renewalRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/renewals',
    name: 'renewals',
    component: () => import('@/views/renewals/RenewalDashboardView.vue'),
    meta: { titleKey: 'renewals.dashboard.title', roles: ADMIN_ROLES },
  },
]
