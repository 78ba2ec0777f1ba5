import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useAuthStore } from './auth'

/** The region the user is working in; set by the router from `/regions/:region`. */
export const useRegionStore = defineStore('region', () => {
  const auth = useAuthStore()
  const code = ref<string | null>(null)

  const current = computed(() => auth.regions.find((r) => r.code === code.value) ?? null)
  const switchable = computed(() => auth.regions.length > 1)

  function select(region: string | null) {
    code.value = region
  }

  return { code, current, switchable, select }
})
