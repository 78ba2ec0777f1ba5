import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

export const rosterFileRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/roster-files',
    name: 'roster-files',
    component: () => import('@/views/rosterFiles/RosterFilesView.vue'),
    meta: { titleKey: 'rosterFiles.title', roles: ADMIN_ROLES },
  },
]
