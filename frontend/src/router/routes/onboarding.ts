import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

export const onboardingRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/launch-checklist',
    name: 'launch-checklist',
    component: () => import('@/views/onboarding/LaunchChecklistView.vue'),
    props: (route) => ({ region: String(route.params.region) }),
    meta: { titleKey: 'onboarding.checklist.title', roles: ADMIN_ROLES },
  },
  {
    path: '/hq/region-applications',
    name: 'hq-region-applications',
    component: () => import('@/views/hq/HqRegionApplicationsView.vue'),
    meta: { titleKey: 'onboarding.hq.title', headOffice: true },
  },
]
