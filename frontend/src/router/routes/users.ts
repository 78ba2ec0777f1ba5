import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

export const userRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/users',
    name: 'region-users',
    component: () => import('@/views/users/RegionUsersView.vue'),
    meta: { titleKey: 'users.title', roles: ADMIN_ROLES },
  },
]
