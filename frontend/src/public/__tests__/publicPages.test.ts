import { describe, expect, it } from 'vitest'
import { isPublicPath, publicRoutes } from '../publicPages'

describe('public pages', () => {
  it('opens the application, its links and the invitation without a login', () => {
    expect(isPublicPath('/apply')).toBe(true)
    expect(isPublicPath('/apply/verify')).toBe(true)
    expect(isPublicPath('/apply/edit')).toBe(true)
    expect(isPublicPath('/invitation')).toBe(true)
    expect(isPublicPath('/p/ota/events')).toBe(true)
  })

  it('keeps every other page behind the login', () => {
    expect(isPublicPath('/')).toBe(false)
    expect(isPublicPath('/applyx')).toBe(false)
    expect(isPublicPath('/invitations')).toBe(false)
    expect(isPublicPath('/regions/yamato/launch-checklist')).toBe(false)
    expect(isPublicPath('/hq/region-applications')).toBe(false)
  })

  it('has a route for every public path', () => {
    for (const route of publicRoutes) expect(isPublicPath(route.path)).toBe(true)
  })
})
