import { hasTranslation, translate } from '@/i18n'

/** `region-admin` → the `users.roleNames.regionAdmin` label; unknown roles are shown as they are. */
export function roleLabel(role: string): string {
  const key = `users.roleNames.${role.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`
  return hasTranslation(key) ? translate(key) : role
}
