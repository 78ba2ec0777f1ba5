import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES, CENTRE_ROLES, REGISTRY_ROLES } from '@/stores/auth'

/** The watch-over keychain registry: centres, registrants and the admin's retention and access-log page. */
export const registryRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/centres',
    name: 'centres',
    component: () => import('@/views/centres/CentreListView.vue'),
    meta: { titleKey: 'centres.title', roles: REGISTRY_ROLES },
  },
  {
    path: '/regions/:region/registrants',
    name: 'registrants',
    component: () => import('@/views/registrants/RegistrantListView.vue'),
    meta: { titleKey: 'registrants.list.title', roles: REGISTRY_ROLES },
  },
  {
    path: '/regions/:region/registrants/new',
    name: 'registrant-new',
    component: () => import('@/views/registrants/RegistrantFormView.vue'),
    meta: { titleKey: 'registrants.form.createTitle', roles: CENTRE_ROLES },
  },
  {
    path: '/regions/:region/registrants/:id(\\d+)',
    name: 'registrant',
    component: () => import('@/views/registrants/RegistrantDetailView.vue'),
    meta: { titleKey: 'registrants.detail.title', roles: REGISTRY_ROLES },
  },
  {
    path: '/regions/:region/registrants/:id(\\d+)/edit',
    name: 'registrant-edit',
    component: () => import('@/views/registrants/RegistrantFormView.vue'),
    meta: { titleKey: 'registrants.form.editTitle', roles: CENTRE_ROLES },
  },
  {
    path: '/regions/:region/registry-files',
    name: 'registry-files',
    component: () => import('@/views/registryFiles/RegistryFilesView.vue'),
    meta: { titleKey: 'registryFiles.title', roles: REGISTRY_ROLES },
  },
  {
    path: '/regions/:region/registry-admin',
    name: 'registry-admin',
    component: () => import('@/views/registrants/RegistryAdminView.vue'),
    meta: { titleKey: 'registrants.admin.title', roles: ADMIN_ROLES },
  },
]
