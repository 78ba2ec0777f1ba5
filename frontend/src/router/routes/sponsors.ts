import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES, READ_SPONSOR_ROLES } from '@/stores/auth'

export const sponsorRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/sponsors',
    name: 'sponsors',
    component: () => import('@/views/sponsors/SponsorListView.vue'),
    meta: { titleKey: 'sponsors.list.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/sponsors/new',
    name: 'sponsor-new',
    component: () => import('@/views/sponsors/SponsorFormView.vue'),
    meta: { titleKey: 'sponsors.form.createTitle', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/sponsors/:id(\\d+)',
    name: 'sponsor',
    component: () => import('@/views/sponsors/SponsorDetailView.vue'),
    meta: { titleKey: 'sponsors.detail.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/sponsors/:id(\\d+)/edit',
    name: 'sponsor-edit',
    component: () => import('@/views/sponsors/SponsorFormView.vue'),
    meta: { titleKey: 'sponsors.form.editTitle', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/sponsor-counts',
    name: 'sponsor-counts',
    component: () => import('@/views/sponsors/SponsorCountsView.vue'),
    meta: { titleKey: 'sponsors.counts.title', roles: READ_SPONSOR_ROLES },
  },
]
