import type { RouteLocation, RouteLocationRaw, RouteRecordRaw } from 'vue-router'
import { ADMIN_ROLES, REGISTRY_ROLES, RESPONDER_ROLES, useAuthStore } from '@/stores/auth'

/** Where a keychain card's QR code lands: a responder's look-up page with the number filled in. */
function fromCard(to: RouteLocation): RouteLocationRaw {
  const auth = useAuthStore()
  const number = String(to.params.number)
  const region = auth.regions[0]?.code
  if (!region) return { name: 'no-region' }
  if (auth.hasAnyRole(RESPONDER_ROLES)) return { name: 'lookup', params: { region }, query: { number } }
  if (auth.hasAnyRole(REGISTRY_ROLES)) return { name: 'registrants', params: { region }, query: { q: number } }
  return { name: 'forbidden' }
}

/** The emergency look-up (緊急照会), the centre's notices and the admin's organisations and review queue. */
export const lookupRoutes: RouteRecordRaw[] = [
  { path: '/k/:number', name: 'card-number', redirect: fromCard },
  {
    path: '/regions/:region/lookup',
    name: 'lookup',
    component: () => import('@/views/lookups/LookupView.vue'),
    meta: { titleKey: 'lookups.title', roles: RESPONDER_ROLES },
  },
  {
    path: '/regions/:region/lookup-notices',
    name: 'lookup-notices',
    component: () => import('@/views/lookups/LookupNoticesView.vue'),
    meta: { titleKey: 'lookups.notices.title', roles: REGISTRY_ROLES },
  },
  {
    path: '/regions/:region/responder-organisations',
    name: 'responder-organisations',
    component: () => import('@/views/lookups/ResponderOrganisationsView.vue'),
    meta: { titleKey: 'lookups.organisations.title', roles: ADMIN_ROLES },
  },
  {
    path: '/regions/:region/emergency-disclosures',
    name: 'emergency-disclosures',
    component: () => import('@/views/lookups/EmergencyDisclosuresView.vue'),
    meta: { titleKey: 'lookups.disclosures.title', roles: ADMIN_ROLES },
  },
]
