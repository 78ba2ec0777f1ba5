import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

/** 本部の集計と比べる: a region admin's figures beside the franchise median, and the region's population figure. */
export const statisticsRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/statistics-comparison',
    name: 'statistics-comparison',
    component: () => import('@/views/statistics/RegionComparisonView.vue'),
    meta: { titleKey: 'statistics.region.title', roles: ADMIN_ROLES },
  },
]
