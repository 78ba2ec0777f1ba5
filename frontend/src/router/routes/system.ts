import type { RouteRecordRaw } from 'vue-router'

export const systemRoutes: RouteRecordRaw[] = [
  {
    path: '/forbidden',
    name: 'forbidden',
    component: () => import('@/views/system/ForbiddenView.vue'),
    meta: { titleKey: 'system.forbidden.title' },
  },
  {
    path: '/no-region',
    name: 'no-region',
    component: () => import('@/views/system/ForbiddenView.vue'),
    props: { reason: 'no-region' },
    meta: { titleKey: 'system.noRegion.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/system/NotFoundView.vue'),
    meta: { titleKey: 'system.notFound.title' },
  },
]
