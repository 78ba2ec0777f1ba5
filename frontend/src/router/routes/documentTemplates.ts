import type { RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES } from '@/stores/auth'

export const documentTemplateRoutes: RouteRecordRaw[] = [
  {
    path: '/regions/:region/document-templates',
    name: 'document-templates',
    component: () => import('@/views/documentTemplates/DocumentTemplatesView.vue'),
    meta: { titleKey: 'documentTemplates.region.title', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/document-templates/:key',
    name: 'document-template',
    component: () => import('@/views/documentTemplates/DocumentTemplateView.vue'),
    meta: { titleKey: 'documentTemplates.region.title', roles: ADMIN_ROLES },
  },
]
