import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Me } from '@/api/me'
import { logout as endSession } from '@/auth/session'

export const READ_SPONSOR_ROLES = ['region-admin', 'centre-staff']
export const ADMIN_ROLES = ['region-admin']
export const CENTRE_ROLES = ['centre-staff']
/** Who opens the keychain registry: centre staff see their own centre's records in full, everyone else less. */
export const REGISTRY_ROLES = ['region-admin', 'centre-staff']
/** Hospitals, police and fire departments: the emergency look-up and nothing else. */
export const RESPONDER_ROLES = ['responder']

export const useAuthStore = defineStore('auth', () => {
  const me = ref<Me | null>(null)

  const displayName = computed(() => me.value?.displayName || me.value?.username || '')
  const isHeadOffice = computed(() => me.value?.headOffice === true)
  const regions = computed(() => me.value?.regions ?? [])

  const hasRole = (role: string) => me.value?.roles.includes(role) ?? false
  const hasAnyRole = (roles: readonly string[]) => roles.some(hasRole)
  const belongsTo = (region: string) => regions.value.some((r) => r.code === region)

  function signedIn(who: Me) {
    me.value = who
  }

  async function logout() {
    await endSession()
  }

  return { me, displayName, isHeadOffice, regions, hasRole, hasAnyRole, belongsTo, signedIn, logout }
})
