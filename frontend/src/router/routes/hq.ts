import type { RouteRecordRaw } from 'vue-router'

export const hqRoutes: RouteRecordRaw[] = [
  { path: '/hq', name: 'hq', redirect: { name: 'hq-figures' } },
  {
    path: '/hq/figures',
    name: 'hq-figures',
    component: () => import('@/views/hq/HqFiguresView.vue'),
    meta: { titleKey: 'statistics.hq.title', headOffice: true },
  },
  {
    path: '/hq/sponsor-counts',
    name: 'hq-sponsor-counts',
    component: () => import('@/views/hq/HqSponsorCountsView.vue'),
    meta: { titleKey: 'hq.counts.title', headOffice: true },
  },
  {
    path: '/hq/categories',
    name: 'hq-categories',
    component: () => import('@/views/hq/HqCategoriesView.vue'),
    meta: { titleKey: 'hq.categories.title', headOffice: true },
  },
  {
    path: '/hq/document-templates',
    name: 'hq-document-templates',
    component: () => import('@/views/hq/HqDocumentTemplatesView.vue'),
    meta: { titleKey: 'documentTemplates.hq.title', headOffice: true },
  },
  {
    path: '/hq/document-templates/:key',
    name: 'hq-document-template',
    component: () => import('@/views/hq/HqDocumentTemplateView.vue'),
    meta: { titleKey: 'documentTemplates.hq.title', headOffice: true },
  },
]
