import { describe, expect, it } from 'vitest'
import { registrantPayload } from '@/api/registrants'
import { emptyConnection, emptyRegistrantForm, moveConnection } from '../registrantFormModel'

describe('the registration form model', () => {
  it('moves a connection up and down the calling order and stops at the ends', () => {
    const a = { ...emptyConnection(), name: 'A' }
    const b = { ...emptyConnection(), name: 'B' }
    const c = { ...emptyConnection(), name: 'C' }
    expect(moveConnection([a, b, c], 2, -1).map((x) => x.name)).toEqual(['A', 'C', 'B'])
    expect(moveConnection([a, b, c], 0, 1).map((x) => x.name)).toEqual(['B', 'A', 'C'])
    expect(moveConnection([a, b, c], 0, -1).map((x) => x.name)).toEqual(['A', 'B', 'C'])
    expect(moveConnection([a, b, c], 2, 1).map((x) => x.name)).toEqual(['A', 'B', 'C'])
  })

  it('sends blanks as null and numbers the connections in the order shown', () => {
    const form = emptyRegistrantForm()
    form.name = ' 山田 ハナ '
    form.medical.allergies = '  '
    form.connections = [
      { kind: 'family', name: '長男', relation: '', phone: '090-1234-5678', notes: '' },
      { kind: 'place', name: '喫茶 山王', relation: '毎朝', phone: '', notes: '' },
    ]
    const payload = registrantPayload(form)
    expect(payload.name).toBe('山田 ハナ')
    expect(payload.medical.allergies).toBeNull()
    expect(payload.postalCode).toBeNull()
    expect(payload.consent.discloseTo).toEqual(['hospital', 'police', 'fire'])
    expect(payload.connections.map((c) => [c.priority, c.name, c.relation, c.phone])).toEqual([
      [1, '長男', null, '090-1234-5678'],
      [2, '喫茶 山王', '毎朝', null],
    ])
  })
})
