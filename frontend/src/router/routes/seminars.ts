import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES, READ_SPONSOR_ROLES } from '@/stores/auth'

/** Seminars and courses: centre staff take applications and attendance; the region admin plans. */
export const seminarRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/seminars',
    name: 'seminars',
    component: () => import('@/views/seminars/SeminarListView.vue'),
    meta: { titleKey: 'seminars.list.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/seminars/new',
    name: 'seminar-new',
    component: () => import('@/views/seminars/SeminarFormView.vue'),
    meta: { titleKey: 'seminars.form.createTitle', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/seminars/:id(\\d+)',
    name: 'seminar',
    component: () => import('@/views/seminars/SeminarDetailView.vue'),
    meta: { titleKey: 'seminars.list.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/seminars/:id(\\d+)/edit',
    name: 'seminar-edit',
    component: () => import('@/views/seminars/SeminarFormView.vue'),
    meta: { titleKey: 'seminars.form.editTitle', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/seminars/:id(\\d+)/sessions/:sessionId(\\d+)/registrations',
    name: 'seminar-registrations',
    component: () => import('@/views/seminars/SessionRegistrationsView.vue'),
    meta: { titleKey: 'seminars.registrations.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/seminars/:id(\\d+)/sessions/:sessionId(\\d+)/attendance',
    name: 'seminar-attendance',
    component: () => import('@/views/seminars/SessionAttendanceView.vue'),
    meta: { titleKey: 'seminars.attendance.title', roles: READ_SPONSOR_ROLES },
  },
  {
    path: '/regions/:region/seminar-venues',
    name: 'seminar-venues',
    component: () => import('@/views/seminars/SeminarVenuesView.vue'),
    meta: { titleKey: 'seminars.venues.title', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/seminar-statistics',
    name: 'seminar-statistics',
    component: () => import('@/views/seminars/SeminarStatisticsView.vue'),
    meta: { titleKey: 'seminars.statistics.title', roles: READ_SPONSOR_ROLES },
  },
]
